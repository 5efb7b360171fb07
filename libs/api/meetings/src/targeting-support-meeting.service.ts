import { AuditEntry, Refusal, Scope, enqueueNotification, inTransaction, writeAudit } from '@rollcall/api-core';
import { loadSchoolCalendar } from '@rollcall/api-pupils';
import { LocalDate, academicYearLabel, academicYearOf, halfTermOf, isLocalDate } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import {
  CompleteMeetingActionInput,
  MeetingActionStatus,
  RecordMeetingInput,
  ScheduleMeetingInput,
  TERMS,
  TargetingSupportMeetingRecord,
} from './targeting-support-meeting-record';
import { MEETING_ACTION_COLUMNS, MEETING_COLUMNS, MeetingActionRow, MeetingRow, toMeetingAction, toMeetingSummary } from './targeting-support-meeting-row';

const ID = /^\d{1,19}$/;

function requireDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) throw new Refusal('INVALID_DATE', `${field} must be a date in the form YYYY-MM-DD.`, { field });
  return value;
}

function requireText(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Refusal('INVALID_INPUT', `Enter ${what}.`, { field });
  return value.trim();
}

/** LA officers run the meetings; the school's own staff may record them and their actions too. */
function mayAct(scope: Scope, laCode: string, urn: number, schoolMay: boolean): void {
  if (scope.role === 'SYSTEM') return;
  if (scope.laCode === laCode) {
    if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') return;
    if (schoolMay && scope.role === 'SCHOOL_STAFF' && scope.urns?.includes(urn)) return;
  }
  throw new Refusal('NOT_PERMITTED', schoolMay ? `Only LA ${laCode}'s officers or school ${urn}'s staff can do this.` : `Only LA ${laCode}'s officers can do this.`, {
    laCode,
    urn,
  });
}

/**
 * Targeting Support Meetings (domain §12): the LA's termly meeting with each school, using attendance data to agree
 * actions for pupils and cohorts at risk. One meeting per school per term; each write is one transaction.
 */
export class TargetingSupportMeetingService {
  constructor(private readonly dataSource: DataSource) {}

  // domain §12; DfE Working together (2024), LA duty 2: a termly Targeting Support Meeting with every school
  async schedule(scope: Scope, input: ScheduleMeetingInput): Promise<TargetingSupportMeetingRecord> {
    const { laCode, urn, academicYear, term } = input;
    const scheduledFor = requireDate(input.scheduledFor, 'scheduledFor');
    if (!TERMS.includes(term)) throw new Refusal('INVALID_INPUT', `The term must be one of ${TERMS.join(', ')}.`, { field: 'term' });
    if (!Number.isInteger(academicYear) || academicYearOf(scheduledFor) !== academicYear) {
      throw new Refusal('DATE_OUTSIDE_ACADEMIC_YEAR', `${scheduledFor} is not in the ${academicYearLabel(academicYear)} school year.`, { field: 'scheduledFor' });
    }
    mayAct(scope, laCode, urn, false);
    return inTransaction(this.dataSource, scope, async (tx) => {
      await requireSchool(tx, laCode, urn);
      const halfTerm = halfTermOf(await loadSchoolCalendar(tx, urn), scheduledFor);
      if (halfTerm && !halfTerm.name.startsWith(term)) {
        throw new Refusal('DATE_OUTSIDE_TERM', `${scheduledFor} is in the ${halfTerm.name.split('_')[0].toLowerCase()} term at school ${urn}.`, { field: 'scheduledFor' });
      }
      // Two officers scheduling the same school's term at once must not both succeed.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`targeting-support-meeting:${urn}:${academicYear}:${term}`]);
      const existing = (await tx.query(
        `SELECT id::text AS id, scheduled_for FROM targeting_support_meeting WHERE la_code = $1 AND urn = $2 AND academic_year = $3 AND term = $4`,
        [laCode, urn, academicYear, term],
      )) as { id: string; scheduled_for: LocalDate }[];
      if (existing.length > 0) {
        throw new Refusal(
          'ALREADY_SCHEDULED',
          `School ${urn} already has its ${term.toLowerCase()} ${academicYearLabel(academicYear)} meeting, on ${existing[0].scheduled_for}.`,
          { meetingId: existing[0].id, scheduledFor: existing[0].scheduled_for },
        );
      }
      const rows = (await tx.query(
        `INSERT INTO targeting_support_meeting (la_code, urn, academic_year, term, scheduled_for) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
        [laCode, urn, academicYear, term, scheduledFor],
      )) as { id: string }[];
      const meeting = await this.reload(tx, laCode, rows[0].id);
      await auditMeeting(tx, scope, 'CREATE', meeting);
      await enqueueNotification(tx, {
        laCode,
        kind: 'TARGETING_SUPPORT_MEETING_SCHEDULED',
        to: [{ school: urn }],
        title: `Your ${term.toLowerCase()} term Targeting Support Meeting with the LA is on ${scheduledFor}`,
        entity: 'TargetingSupportMeeting',
        entityId: meeting.id,
      });
      return meeting;
    });
  }

  /** Records what happened at the meeting, once: who came, the minutes and the actions agreed. */
  async recordMeeting(scope: Scope, input: RecordMeetingInput): Promise<TargetingSupportMeetingRecord> {
    const { laCode } = input;
    const heldOn = requireDate(input.heldOn, 'heldOn');
    if (!Array.isArray(input.attendees) || input.attendees.length === 0 || input.attendees.some((a) => typeof a !== 'string' || a.trim() === '')) {
      throw new Refusal('INVALID_INPUT', 'List who attended the meeting.', { field: 'attendees' });
    }
    const minutes = requireText(input.minutes, 'minutes', 'the minutes of the meeting');
    const actions = (input.actions ?? []).map((a, i) => ({
      pupilId: a.pupilId ?? null,
      description: requireText(a.description, `actions[${i}].description`, 'what the action is'),
      owner: requireText(a.owner, `actions[${i}].owner`, 'who owns the action'),
      dueOn: a.dueOn === undefined ? null : requireDate(a.dueOn, `actions[${i}].dueOn`),
    }));
    return inTransaction(this.dataSource, scope, async (tx) => {
      const meeting = await lockMeeting(tx, laCode, input.meetingId);
      mayAct(scope, laCode, meeting.urn, true);
      if (meeting.heldOn !== null) {
        throw new Refusal('ALREADY_RECORDED', `This meeting was already recorded as held on ${meeting.heldOn}.`, { heldOn: meeting.heldOn });
      }
      for (const [i, a] of actions.entries()) {
        if (a.pupilId !== null) await requirePupilAtSchool(tx, laCode, a.pupilId, meeting.urn, `actions[${i}].pupilId`);
      }
      await tx.query(`UPDATE targeting_support_meeting SET held_on = $3, attendees = $4, minutes = $5 WHERE la_code = $1 AND id = $2`, [
        laCode,
        meeting.id,
        heldOn,
        input.attendees.map((a) => a.trim()).join('\n'),
        minutes,
      ]);
      if (actions.length > 0) {
        await tx.query(
          `INSERT INTO targeting_support_meeting_action (la_code, meeting_id, pupil_id, description, owner, due_on)
           SELECT $1, $2, (a.value->>'pupil_id')::bigint, a.value->>'description', a.value->>'owner', (a.value->>'due_on')::date
             FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS a(value, n)
            ORDER BY a.n`,
          [laCode, meeting.id, JSON.stringify(actions.map((a) => ({ pupil_id: a.pupilId, description: a.description, owner: a.owner, due_on: a.dueOn })))],
        );
      }
      const held = await this.reload(tx, laCode, meeting.id);
      await auditMeeting(tx, scope, 'UPDATE', held);
      return held;
    });
  }

  async completeAction(scope: Scope, input: CompleteMeetingActionInput): Promise<TargetingSupportMeetingRecord> {
    const status = input.status ?? 'DONE';
    if (status !== 'DONE' && status !== 'DROPPED') throw new Refusal('INVALID_INPUT', 'An action is either done or dropped.', { field: 'status' });
    return inTransaction(this.dataSource, scope, async (tx) => {
      const rows = ID.test(input.actionId)
        ? ((await tx.query(
            `SELECT a.meeting_id::text AS meeting_id, a.status, m.urn FROM targeting_support_meeting_action a
               JOIN targeting_support_meeting m ON m.la_code = a.la_code AND m.id = a.meeting_id
              WHERE a.la_code = $1 AND a.id = $2 FOR UPDATE OF a`,
            [input.laCode, input.actionId],
          )) as { meeting_id: string; status: MeetingActionStatus; urn: number }[])
        : [];
      if (rows.length === 0) throw new Refusal('UNKNOWN_ACTION', `LA ${input.laCode} holds no meeting action with id ${input.actionId}.`, { actionId: input.actionId });
      mayAct(scope, input.laCode, rows[0].urn, true);
      if (rows[0].status !== 'OPEN') throw new Refusal('ACTION_NOT_OPEN', `The action is already ${rows[0].status.toLowerCase()}.`, { status: rows[0].status });
      await tx.query(`UPDATE targeting_support_meeting_action SET status = $3 WHERE la_code = $1 AND id = $2`, [input.laCode, input.actionId, status]);
      const meeting = await this.reload(tx, input.laCode, rows[0].meeting_id);
      const action = meeting.actions.find((a) => a.id === input.actionId);
      await writeAudit(tx, scope, [
        { laCode: input.laCode, action: 'UPDATE', entity: 'TargetingSupportMeetingAction', entityId: input.actionId, ...(action?.pupilId ? { pupilId: action.pupilId } : {}) },
      ]);
      return meeting;
    });
  }

  /** The school's meetings, earliest first; one academic year's when given. */
  async meetingsForSchool(tx: EntityManager, laCode: string, urn: number, academicYear?: number): Promise<TargetingSupportMeetingRecord[]> {
    return academicYear === undefined
      ? readMeetings(tx, laCode, 'm.urn = $2', [urn])
      : readMeetings(tx, laCode, 'm.urn = $2 AND m.academic_year = $3', [urn, academicYear]);
  }

  private async reload(tx: EntityManager, laCode: string, id: string): Promise<TargetingSupportMeetingRecord> {
    const [meeting] = await readMeetings(tx, laCode, 'm.id = $2', [id]);
    return meeting;
  }
}

/** Every change to a meeting is audited in its own transaction, with each child its actions name. */
async function auditMeeting(tx: EntityManager, scope: Scope, action: AuditEntry['action'], m: TargetingSupportMeetingRecord): Promise<void> {
  await writeAudit(tx, scope, [
    { laCode: m.laCode, action, entity: 'TargetingSupportMeeting', entityId: m.id },
    ...m.actions.flatMap((a) => (a.pupilId ? [{ laCode: m.laCode, action, entity: 'TargetingSupportMeetingAction', entityId: a.id, pupilId: a.pupilId }] : [])),
  ]);
}

async function requireSchool(tx: EntityManager, laCode: string, urn: number): Promise<void> {
  const rows = (await tx.query(`SELECT la_code FROM school WHERE urn = $1`, [urn])) as { la_code: string }[];
  if (rows.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { urn });
  if (rows[0].la_code !== laCode) throw new Refusal('SCHOOL_IN_ANOTHER_LA', `School ${urn} is in LA ${rows[0].la_code}, not LA ${laCode}.`, { urn });
}

async function requirePupilAtSchool(tx: EntityManager, laCode: string, pupilId: string, urn: number, field: string): Promise<void> {
  const rows = ID.test(pupilId)
    ? ((await tx.query(`SELECT 1 FROM enrolment WHERE la_code = $1 AND pupil_id = $2 AND urn = $3 LIMIT 1`, [laCode, pupilId, urn])) as unknown[])
    : [];
  if (rows.length === 0) throw new Refusal('PUPIL_NOT_AT_SCHOOL', `Pupil ${pupilId} has never been on the roll of school ${urn}.`, { field, pupilId });
}

async function lockMeeting(tx: EntityManager, laCode: string, meetingId: string): Promise<TargetingSupportMeetingRecord> {
  const [meeting] = ID.test(meetingId) ? await readMeetings(tx, laCode, 'm.id = $2', [meetingId], true) : [];
  if (!meeting) throw new Refusal('UNKNOWN_MEETING', `LA ${laCode} holds no Targeting Support Meeting with id ${meetingId}.`, { meetingId });
  return meeting;
}

async function readMeetings(
  tx: EntityManager,
  laCode: string,
  condition: string,
  params: readonly unknown[],
  lock = false,
): Promise<TargetingSupportMeetingRecord[]> {
  const meetings = (await tx.query(
    `SELECT ${MEETING_COLUMNS} FROM targeting_support_meeting m WHERE m.la_code = $1 AND ${condition} ORDER BY m.scheduled_for, m.id${lock ? ' FOR UPDATE' : ''}`,
    [laCode, ...params],
  )) as MeetingRow[];
  if (meetings.length === 0) return [];
  const actions = (await tx.query(
    `SELECT ${MEETING_ACTION_COLUMNS} FROM targeting_support_meeting_action a WHERE a.la_code = $1 AND a.meeting_id = ANY($2::bigint[]) ORDER BY a.id`,
    [laCode, meetings.map((m) => m.id)],
  )) as MeetingActionRow[];
  return meetings.map((m) => ({ ...toMeetingSummary(m), actions: actions.filter((a) => a.meeting_id === m.id).map(toMeetingAction) }));
}
