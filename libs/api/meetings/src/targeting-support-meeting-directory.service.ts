import { Page, Scope, inTransaction, pageOf } from '@rollcall/api-core';
import { KeysetColumn, PageRequest, RecordKey, SqlParams, groupBy, keyArrays, keysetAfter, keysetOrder, recordKey } from '@rollcall/api-plans';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { MeetingActionStatus, TargetingSupportMeetingAction, TargetingSupportMeetingRecord, Term } from './targeting-support-meeting-record';

/** A meeting without its actions (a page of meetings loads them in one statement). */
export type TargetingSupportMeetingSummary = Omit<TargetingSupportMeetingRecord, 'actions'>;

/** An agreed action, with the meeting's tenant (for the pupil it names). */
export interface MeetingActionRow extends TargetingSupportMeetingAction {
  readonly laCode: string;
}

export interface TargetingSupportMeetingFilter {
  readonly urn?: number;
  /** 2025 for 2025/26. */
  readonly academicYear?: number;
  readonly term?: Term;
  /** True: recorded as held; false: still to be held. */
  readonly held?: boolean;
}

const ID = /^\d{1,19}$/;

const KEY: readonly KeysetColumn[] = [
  { expr: 'm.scheduled_for', type: 'date' },
  { expr: 'm.la_code', type: 'text' },
  { expr: 'm.id', type: 'bigint' },
];

const COLUMNS = `m.la_code, m.id::text AS id, m.urn, m.academic_year, m.term, m.scheduled_for, m.held_on, m.attendees, m.minutes`;

interface MeetingRow {
  la_code: string;
  id: string;
  urn: number;
  academic_year: number;
  term: Term;
  scheduled_for: LocalDate;
  held_on: LocalDate | null;
  attendees: string | null;
  minutes: string | null;
}

function toSummary(m: MeetingRow): TargetingSupportMeetingSummary {
  return {
    laCode: m.la_code,
    id: m.id,
    urn: m.urn,
    academicYear: m.academic_year,
    term: m.term,
    scheduledFor: m.scheduled_for,
    heldOn: m.held_on,
    attendees: m.attendees ? m.attendees.split('\n') : [],
    minutes: m.minutes,
  };
}

/** Meetings are between the LA and one school (domain §12): the school's staff see theirs, the LA's officers all of its. */
function meetingVisibleTo(scope: Scope, sql: SqlParams): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') return `m.la_code = ${sql.add(scope.laCode)}`;
  if (scope.role === 'SCHOOL_STAFF') return `m.la_code = ${sql.add(scope.laCode)} AND m.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[])`;
  return 'false';
}

/** Reading Targeting Support Meetings as the caller may see them, latest first, with their actions a page at a time. */
export class TargetingSupportMeetingDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: TargetingSupportMeetingFilter, page: PageRequest): Promise<Page<TargetingSupportMeetingSummary>> {
    const sql = new SqlParams();
    const conditions = [meetingVisibleTo(scope, sql)];
    if (filter.urn !== undefined) conditions.push(`m.urn = ${sql.add(filter.urn)}::int`);
    if (filter.academicYear !== undefined) conditions.push(`m.academic_year = ${sql.add(filter.academicYear)}::int`);
    if (filter.term !== undefined) conditions.push(`m.term = ${sql.add(filter.term)}`);
    if (filter.held !== undefined) conditions.push(filter.held ? 'm.held_on IS NOT NULL' : 'm.held_on IS NULL');
    const where = conditions.join(' AND ');
    const countParams = [...sql.values];
    const after = keysetAfter(KEY, page.after, sql);
    const { rows, total } = await inTransaction(this.dataSource, scope, async (tx) => ({
      rows: (await tx.query(
        `SELECT ${COLUMNS} FROM targeting_support_meeting m WHERE ${where} AND ${after} ORDER BY ${keysetOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`,
        sql.values,
      )) as MeetingRow[],
      total: ((await tx.query(`SELECT count(*)::int AS n FROM targeting_support_meeting m WHERE ${where}`, countParams)) as { n: number }[])[0].n,
    }));
    return pageOf(rows.map(toSummary), page.first, total, (m) => [m.scheduledFor, m.laCode, m.id]);
  }

  async byId(scope: Scope, laCode: string, id: string): Promise<TargetingSupportMeetingSummary | undefined> {
    if (!ID.test(id)) return undefined;
    const sql = new SqlParams();
    const visible = meetingVisibleTo(scope, sql);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT ${COLUMNS} FROM targeting_support_meeting m WHERE m.la_code = ${sql.add(laCode)} AND m.id = ${sql.add(id)}::bigint AND ${visible}`, sql.values),
    )) as MeetingRow[];
    return rows.length === 0 ? undefined : toSummary(rows[0]);
  }

  /** The actions agreed at each meeting, oldest first (a DataLoader batch). */
  async actionsFor(scope: Scope, meetings: readonly RecordKey[]): Promise<MeetingActionRow[][]> {
    const [laCodes, ids] = keyArrays(meetings);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT a.la_code, a.meeting_id::text AS meeting_id, a.id::text AS id, a.pupil_id::text AS pupil_id, a.description, a.owner, a.due_on, a.status
           FROM targeting_support_meeting_action a JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON a.la_code = k.la_code AND a.meeting_id = k.id
          ORDER BY a.id`,
        [laCodes, ids],
      ),
    )) as { la_code: string; meeting_id: string; id: string; pupil_id: string | null; description: string; owner: string; due_on: LocalDate | null; status: MeetingActionStatus }[];
    return groupBy(meetings, rows, (r) => recordKey(r.la_code, r.meeting_id), (r) => ({
      laCode: r.la_code,
      id: r.id,
      pupilId: r.pupil_id,
      description: r.description,
      owner: r.owner,
      dueOn: r.due_on,
      status: r.status,
    }));
  }
}
