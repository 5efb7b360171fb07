import { AuditEntry, Refusal, Scope, enqueueNotification, inTransaction, laSettings, writeAudit } from '@rollcall/api-core';
import { loadSchoolCalendar } from '@rollcall/api-pupils';
import {
  DEFAULT_ATTENDANCE_RETURN_SETTINGS,
  DEFAULT_DELETION_RETURN_SETTINGS,
  DEFAULT_NEW_PUPIL_RETURN_SETTINGS,
  DEFAULT_SICKNESS_RETURN_SETTINGS,
  DELETION_GROUNDS,
  DeletionReturnParent,
  LocalDate,
  Mark,
  academicYearOf,
  academicYearStart,
  addDays,
  addYears,
  attendanceReturn,
  attendanceReturnPeriod,
  deletionGround,
  deletionReturnChecklist,
  deletionReturnDue,
  isLocalDate,
  minDate,
  newPupilReturnDue,
  sicknessReturnDue,
  twentyDayDeletionGround,
} from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { joinAddress, schoolRoll, toMark } from './school-roll';
import { RETURN_COLUMNS, ReturnRow, toReturnSummary } from './statutory-return-row';
import {
  AcknowledgeReturnInput,
  DeletionReturnInput,
  NewPupilReturnInput,
  PrepareReturnInput,
  PrepareSicknessReturnInput,
  StatutoryReturnKind,
  StatutoryReturnPupil,
  StatutoryReturnRecord,
  StatutoryReturnStatus,
  SubmitReturnInput,
} from './statutory-return-record';

const ID = /^\d{1,19}$/;

/** How far before the period marks are read, so a run of absence that began before it (over a summer holiday) is seen whole. */
const RUN_LOOK_BACK_DAYS = 70;

interface NewReturn {
  readonly laCode: string;
  readonly kind: StatutoryReturnKind;
  readonly urn: number;
  readonly periodStart: LocalDate;
  readonly periodEnd: LocalDate;
  readonly dueOn: LocalDate;
  readonly content: object;
  readonly pupils: readonly { readonly pupilId: string; readonly reason: string; readonly details: object }[];
}

function requireDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) throw new Refusal('INVALID_DATE', `${field} must be a date in the form YYYY-MM-DD.`, { field });
  return value;
}

function checkPeriod(input: PrepareReturnInput): { periodStart: LocalDate; periodEnd: LocalDate; asAt: LocalDate } {
  const periodStart = requireDate(input.periodStart, 'periodStart');
  const periodEnd = requireDate(input.periodEnd, 'periodEnd');
  const today = requireDate(input.today, 'today');
  if (periodEnd < periodStart) throw new Refusal('INVALID_PERIOD', 'The period must end on or after the day it starts.', { field: 'periodEnd' });
  if (periodStart > today) throw new Refusal('PERIOD_NOT_STARTED', `The period starts on ${periodStart}; there is nothing to return yet.`, { field: 'periodStart' });
  return { periodStart, periodEnd, asAt: minDate(periodEnd, today) };
}

/** School staff for their own school, and the LA's officers, prepare and send returns; only the LA acknowledges them. */
function mayAct(scope: Scope, laCode: string, urn: number, who: 'SCHOOL_OR_LA' | 'LA'): void {
  if (scope.role === 'SYSTEM') return;
  if (scope.laCode === laCode) {
    if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') return;
    if (who === 'SCHOOL_OR_LA' && scope.role === 'SCHOOL_STAFF' && scope.urns?.includes(urn)) return;
  }
  throw new Refusal('NOT_PERMITTED', who === 'LA' ? `Only LA ${laCode}'s officers can do this.` : `Only school ${urn}'s staff or LA ${laCode}'s officers can do this.`, {
    laCode,
    urn,
  });
}

/** Runs a calendar-based rule, turning "the calendar does not reach that far" into a refusal the school can act on. */
function withCalendar<T>(urn: number, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof RangeError) throw new Refusal('SCHOOL_CALENDAR_INCOMPLETE', `School ${urn}'s term dates do not reach far enough: ${e.message}.`, { urn });
    throw e;
  }
}

/**
 * The statutory returns a school makes to its LA (domain §3, §2): the attendance return, the sickness return, and
 * the new-pupil and deletion returns. Each is prepared as a DRAFT from the register by the rules library, submitted
 * once (a retry with the same idempotency key changes nothing) and acknowledged by the LA.
 */
export class StatutoryReturnService {
  constructor(private readonly dataSource: DataSource) {}

  // domain §3; SI 2024/208 reg 13: pupils absent without leave for 10 continuous school days, or failing to attend regularly, for the interval agreed with the LA
  async prepareAttendanceReturn(scope: Scope, input: PrepareReturnInput): Promise<StatutoryReturnRecord> {
    const { laCode, urn } = input;
    const { periodStart, periodEnd, asAt } = checkPeriod(input);
    mayAct(scope, laCode, urn, 'SCHOOL_OR_LA');
    return inTransaction(this.dataSource, scope, async (tx) => {
      await requireSchool(tx, laCode, urn);
      const settings = await laSettings(tx, laCode, 'ATTENDANCE_RETURN', periodEnd, DEFAULT_ATTENDANCE_RETURN_SETTINGS);
      const agreed = attendanceReturnPeriod(periodStart, settings);
      if (agreed.from !== periodStart || agreed.to !== periodEnd) {
        throw new Refusal(
          'PERIOD_NOT_AGREED_INTERVAL',
          `LA ${laCode} takes ${settings.interval.toLowerCase()} attendance returns: the period containing ${periodStart} runs from ${agreed.from} to ${agreed.to}.`,
          { expected: { periodStart: agreed.from, periodEnd: agreed.to } },
        );
      }
      await this.replaceDraft(tx, laCode, 'ATTENDANCE', urn, periodStart, periodEnd);
      const calendar = await loadSchoolCalendar(tx, urn);
      const marksFrom = addDays(minDate(academicYearStart(academicYearOf(asAt)), periodStart), -RUN_LOOK_BACK_DAYS);
      const roll = await schoolRoll(tx, laCode, urn, periodStart, asAt, marksFrom);
      const entries = attendanceReturn(roll, calendar, { from: periodStart, to: asAt }, settings);
      return this.insertReturn(tx, scope, {
        laCode,
        kind: 'ATTENDANCE',
        urn,
        periodStart,
        periodEnd,
        dueOn: agreed.dueBy,
        content: { coversTo: asAt, pupilsConsidered: roll.length, pupilsListed: entries.length, settings },
        pupils: entries.map((e) => ({ pupilId: e.pupilId, reason: e.grounds[0], details: e })),
      });
    });
  }

  // domain §3; EA 1996 s19 (LA practice: Herts, Essex, Lincs): pupils whose sickness reaches, or is expected to reach, 15 school days in the year — once per continuous period
  async prepareSicknessReturn(scope: Scope, input: PrepareSicknessReturnInput): Promise<StatutoryReturnRecord> {
    const { laCode, urn } = input;
    const { periodStart, periodEnd, asAt } = checkPeriod(input);
    mayAct(scope, laCode, urn, 'SCHOOL_OR_LA');
    return inTransaction(this.dataSource, scope, async (tx) => {
      await requireSchool(tx, laCode, urn);
      const settings = await laSettings(tx, laCode, 'SICKNESS_RETURN', periodEnd, DEFAULT_SICKNESS_RETURN_SETTINGS);
      await this.replaceDraft(tx, laCode, 'SICKNESS', urn, periodStart, periodEnd);
      const calendar = await loadSchoolCalendar(tx, urn);
      const yearStart = academicYearStart(academicYearOf(asAt));
      const roll = await schoolRoll(tx, laCode, urn, periodStart, asAt, yearStart);
      const sent = (await tx.query(
        `SELECT p.pupil_id::text AS pupil_id, p.details->'period'->>'start' AS period_start
           FROM statutory_return r JOIN statutory_return_pupil p ON p.la_code = r.la_code AND p.return_id = r.id
          WHERE r.la_code = $1 AND r.urn = $2 AND r.kind = 'SICKNESS' AND r.status <> 'DRAFT' AND r.period_end >= $3`,
        [laCode, urn, yearStart],
      )) as { pupil_id: string; period_start: LocalDate | null }[];
      const pupils: NewReturn['pupils'][number][] = [];
      for (const pupil of roll) {
        const decision = sicknessReturnDue(
          {
            marks: pupil.marks,
            calendar,
            asAt,
            expectedFurtherSickDays: input.expectedFurtherSickDays?.[pupil.pupilId] ?? 0,
            previousReturns: sent.filter((s) => s.pupil_id === pupil.pupilId && s.period_start).map((s) => ({ periodStart: s.period_start as LocalDate })),
          },
          settings,
        );
        if (!decision.allowed) continue;
        const reached = decision.detail.thresholdReachedOn !== undefined;
        pupils.push({
          pupilId: pupil.pupilId,
          reason: reached ? 'SICKNESS_THRESHOLD_REACHED' : 'SICKNESS_THRESHOLD_EXPECTED',
          details: { fullName: pupil.fullName, address: pupil.address, dateOfBirth: pupil.dateOfBirth, ...decision.detail },
        });
      }
      return this.insertReturn(tx, scope, {
        laCode,
        kind: 'SICKNESS',
        urn,
        periodStart,
        periodEnd,
        dueOn: periodEnd,
        content: { coversTo: asAt, pupilsConsidered: roll.length, pupilsListed: pupils.length, settings },
        pupils,
      });
    });
  }

  // domain §2, §3; SI 2024/208 reg 13(1)–(3): a new-pupil return by the end of the 5th day after the pupil's name is entered
  async recordNewPupilReturn(scope: Scope, input: NewPupilReturnInput): Promise<StatutoryReturnRecord> {
    const { laCode, urn, pupilId } = input;
    mayAct(scope, laCode, urn, 'SCHOOL_OR_LA');
    return inTransaction(this.dataSource, scope, async (tx) => {
      await requireSchool(tx, laCode, urn);
      const enrolment = await latestEnrolment(tx, laCode, pupilId, urn);
      const enteredOn = enrolment.admittedOn;
      const settings = await laSettings(tx, laCode, 'NEW_PUPIL_RETURN', enteredOn, DEFAULT_NEW_PUPIL_RETURN_SETTINGS);
      const calendar = await loadSchoolCalendar(tx, urn);
      const decision = withCalendar(urn, () =>
        newPupilReturnDue({ enteredOn, ...(input.placedInMostJuniorClass ? { placedInMostJuniorClass: true } : {}) }, calendar, settings),
      );
      if (!decision.allowed) {
        throw new Refusal(decision.reason, 'No new-pupil return is needed for a pupil joining the most junior class on the first day of the school year.', decision.detail);
      }
      await this.refuseRepeat(tx, laCode, 'NEW_PUPIL', urn, pupilId, enteredOn);
      const pupil = await pupilDetails(tx, laCode, pupilId);
      return this.insertReturn(tx, scope, {
        laCode,
        kind: 'NEW_PUPIL',
        urn,
        periodStart: enteredOn,
        periodEnd: enteredOn,
        dueOn: decision.detail.dueBy as LocalDate,
        content: { enteredOn, ...(input.previousSchool ? { previousSchool: input.previousSchool } : {}), dayCounting: decision.detail.dayCounting },
        pupils: [{ pupilId, reason: 'NEW_ADMISSION', details: { ...pupil, enteredOn } }],
      });
    });
  }

  // domain §2; SI 2024/208 regs 9 and 13(4): a deletion return on one of the deletion grounds, with the 20-school-day ground's conditions checked from the register
  async recordDeletionReturn(scope: Scope, input: DeletionReturnInput): Promise<StatutoryReturnRecord> {
    const { laCode, urn, pupilId, ground } = input;
    const deletionDate = requireDate(input.deletionDate, 'deletionDate');
    const groundMetOn = input.groundMetOn === undefined ? undefined : requireDate(input.groundMetOn, 'groundMetOn');
    if (!DELETION_GROUNDS.some((g) => g.id === ground)) {
      throw new Refusal('UNKNOWN_DELETION_GROUND', `"${ground}" is not a ground for deleting a pupil's name.`, { field: 'ground' });
    }
    mayAct(scope, laCode, urn, 'SCHOOL_OR_LA');
    return inTransaction(this.dataSource, scope, async (tx) => {
      await requireSchool(tx, laCode, urn);
      const enrolment = await latestEnrolment(tx, laCode, pupilId, urn);
      if (enrolment.admittedOn > deletionDate || (enrolment.leftOn !== null && enrolment.leftOn < addDays(deletionDate, -1))) {
        throw new Refusal('PUPIL_NOT_ON_ROLL', `Pupil ${pupilId} was not on the roll of school ${urn} up to ${deletionDate}.`, { field: 'deletionDate' });
      }
      let evidence: object | undefined;
      if (ground === 'CONTINUOUS_ABSENCE_20_SCHOOL_DAYS') {
        const calendar = await loadSchoolCalendar(tx, urn);
        const marks = await enrolmentMarks(tx, laCode, enrolment.id, addYears(deletionDate, -1), deletionDate);
        const decision = twentyDayDeletionGround({
          marks,
          calendar,
          asAt: deletionDate,
          sicknessOrUnavoidableCauseBelieved: input.sicknessOrUnavoidableCauseBelieved ?? false,
          enquiries: input.enquiries ?? [],
        });
        if (!decision.allowed) throw new Refusal(decision.reason, twentyDayMessage(decision.detail.missing, decision.detail.continuousSchoolDays), decision.detail);
        evidence = { ...decision.detail, enquiries: input.enquiries };
      }
      const settings = await laSettings(tx, laCode, 'DELETION_RETURN', deletionDate, DEFAULT_DELETION_RETURN_SETTINGS);
      const due = deletionReturnDue({ ground, deletionDate, ...(groundMetOn ? { groundMetOn } : {}) }, settings);
      if (!due.allowed) {
        throw new Refusal(due.reason, 'The LA has not asked for deletion returns for pupils leaving at the end of compulsory school age or the school’s final year.', due.detail);
      }
      const pupil = await pupilDetails(tx, laCode, pupilId);
      const checklist = deletionReturnChecklist({ fullName: pupil.fullName, address: pupil.address, parents: pupil.parents, ground });
      if (!checklist.allowed) {
        const missing = checklist.detail.missing.map((m) => m.item);
        throw new Refusal(
          checklist.reason,
          `The deletion return needs the pupil's full name and address and, for each parent they live with, a name, address and emergency phone number; missing: ${[...new Set(missing)].join(', ')}.`,
          checklist.detail,
        );
      }
      await this.refuseRepeat(tx, laCode, 'DELETION', urn, pupilId, deletionDate);
      const { description, regulation } = deletionGround(ground);
      return this.insertReturn(tx, scope, {
        laCode,
        kind: 'DELETION',
        urn,
        periodStart: deletionDate,
        periodEnd: deletionDate,
        dueOn: due.detail.dueBy,
        content: { deletionDate, ground, groundDescription: description, regulation, ...(groundMetOn ? { groundMetOn } : {}) },
        pupils: [{ pupilId, reason: ground, details: { ...pupil, deletionDate, ...(evidence ? { evidence } : {}) } }],
      });
    });
  }

  /** Sends a draft to the LA. A retry with the same key returns the return as submitted; a second submission otherwise is refused. */
  async submit(scope: Scope, input: SubmitReturnInput): Promise<StatutoryReturnRecord> {
    const key = typeof input.idempotencyKey === 'string' ? input.idempotencyKey.trim() : '';
    if (key.length < 8 || key.length > 200) {
      throw new Refusal('INVALID_IDEMPOTENCY_KEY', 'The idempotency key must be 8 to 200 characters.', { field: 'idempotencyKey' });
    }
    return inTransaction(this.dataSource, scope, async (tx) => {
      const held = await lockReturn(tx, input.laCode, input.returnId);
      mayAct(scope, input.laCode, held.urn, 'SCHOOL_OR_LA');
      if (held.status !== 'DRAFT') {
        if (held.idempotencyKey === key) return held;
        throw new Refusal('ALREADY_SUBMITTED', `This return was already submitted on ${held.submittedAt?.toISOString().slice(0, 10)} by ${held.submittedBy}.`, {
          status: held.status,
          submittedAt: held.submittedAt,
        });
      }
      const clash = (await tx.query(`SELECT id::text AS id FROM statutory_return WHERE la_code = $1 AND idempotency_key = $2`, [input.laCode, key])) as {
        id: string;
      }[];
      if (clash.length > 0) {
        throw new Refusal('IDEMPOTENCY_KEY_IN_USE', `That idempotency key was used to submit another return (${clash[0].id}); use a new key.`, {
          returnId: clash[0].id,
        });
      }
      const incomplete = held.pupils.filter((p) => Array.isArray(p.details['missingDetails']) && (p.details['missingDetails'] as unknown[]).length > 0);
      if (incomplete.length > 0) {
        throw new Refusal('DETAILS_MISSING', `The return must give each pupil's full name and address; ${incomplete.length} pupil(s) lack them in their record.`, {
          pupils: incomplete.map((p) => ({ pupilId: p.pupilId, missing: p.details['missingDetails'] })),
        });
      }
      await tx.query(
        `UPDATE statutory_return SET status = 'SUBMITTED', idempotency_key = $3, submitted_at = now(), submitted_by = $4 WHERE la_code = $1 AND id = $2`,
        [input.laCode, held.id, key, scope.actor.label],
      );
      const submitted = await this.reload(tx, input.laCode, held.id);
      await auditReturn(tx, scope, 'SUBMIT', submitted);
      await enqueueNotification(tx, {
        laCode: submitted.laCode,
        kind: 'RETURN_SUBMITTED',
        to: [{ la: submitted.laCode }],
        title: `School ${submitted.urn} submitted its ${KIND_WORDS[submitted.kind]} (${submitted.pupils.length} pupil${submitted.pupils.length === 1 ? '' : 's'}), due ${submitted.dueOn}`,
        entity: 'StatutoryReturn',
        entityId: submitted.id,
      });
      return submitted;
    });
  }

  /** The LA confirms it has received a submitted return. */
  async acknowledge(scope: Scope, input: AcknowledgeReturnInput): Promise<StatutoryReturnRecord> {
    return inTransaction(this.dataSource, scope, async (tx) => {
      const held = await lockReturn(tx, input.laCode, input.returnId);
      mayAct(scope, input.laCode, held.urn, 'LA');
      if (held.status === 'DRAFT') throw new Refusal('NOT_SUBMITTED', 'The school has not submitted this return yet.', { status: held.status });
      if (held.status === 'ACKNOWLEDGED') {
        throw new Refusal('ALREADY_ACKNOWLEDGED', `This return was acknowledged by ${held.acknowledgedBy}.`, { acknowledgedAt: held.acknowledgedAt });
      }
      await tx.query(
        `UPDATE statutory_return SET status = 'ACKNOWLEDGED', acknowledged_at = now(), acknowledged_by = $3 WHERE la_code = $1 AND id = $2`,
        [input.laCode, held.id, scope.actor.label],
      );
      const acknowledged = await this.reload(tx, input.laCode, held.id);
      await auditReturn(tx, scope, 'UPDATE', acknowledged);
      await enqueueNotification(tx, {
        laCode: acknowledged.laCode,
        kind: 'RETURN_ACKNOWLEDGED',
        to: [{ school: acknowledged.urn }],
        title: `LA ${acknowledged.laCode} acknowledged your ${KIND_WORDS[acknowledged.kind]} for ${acknowledged.periodStart ?? ''} to ${acknowledged.periodEnd ?? ''}`,
        entity: 'StatutoryReturn',
        entityId: acknowledged.id,
      });
      return acknowledged;
    });
  }

  /** The school's returns, newest period first, optionally of one kind or status. */
  async returnsForSchool(
    tx: EntityManager,
    laCode: string,
    urn: number,
    filter: { readonly kind?: StatutoryReturnKind; readonly status?: StatutoryReturnStatus } = {},
  ): Promise<StatutoryReturnRecord[]> {
    return readReturns(tx, laCode, `r.urn = $2 AND ($3::text IS NULL OR r.kind = $3) AND ($4::text IS NULL OR r.status = $4)`, [
      urn,
      filter.kind ?? null,
      filter.status ?? null,
    ]);
  }

  async returnById(tx: EntityManager, laCode: string, returnId: string): Promise<StatutoryReturnRecord | undefined> {
    if (!ID.test(returnId)) return undefined;
    const [found] = await readReturns(tx, laCode, 'r.id = $2', [returnId]);
    return found;
  }

  /** Refuses when this period's return has been sent; otherwise removes its earlier draft, which the new one replaces. */
  private async replaceDraft(tx: EntityManager, laCode: string, kind: StatutoryReturnKind, urn: number, from: LocalDate, to: LocalDate): Promise<void> {
    // Two people preparing the same return at once must not both leave a draft.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`statutory-return:${laCode}:${urn}:${kind}:${from}:${to}`]);
    const held = (await tx.query(
      `SELECT id::text AS id, status FROM statutory_return WHERE la_code = $1 AND kind = $2 AND urn = $3 AND period_start = $4 AND period_end = $5`,
      [laCode, kind, urn, from, to],
    )) as { id: string; status: StatutoryReturnStatus }[];
    const sent = held.find((r) => r.status !== 'DRAFT');
    if (sent) {
      throw new Refusal('ALREADY_SUBMITTED', `The ${kind.toLowerCase()} return for ${from} to ${to} has already been submitted.`, { returnId: sent.id });
    }
    if (held.length > 0) {
      await tx.query(`DELETE FROM statutory_return WHERE la_code = $1 AND id = ANY($2::bigint[])`, [laCode, held.map((r) => r.id)]);
    }
  }

  /** A new-pupil or deletion return is made once for an admission or a deletion. */
  private async refuseRepeat(tx: EntityManager, laCode: string, kind: StatutoryReturnKind, urn: number, pupilId: string, on: LocalDate): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`statutory-return:${laCode}:${urn}:${kind}:${pupilId}:${on}`]);
    const held = (await tx.query(
      `SELECT r.id::text AS id FROM statutory_return r JOIN statutory_return_pupil p ON p.la_code = r.la_code AND p.return_id = r.id
        WHERE r.la_code = $1 AND r.kind = $2 AND r.urn = $3 AND p.pupil_id = $4 AND r.period_start = $5`,
      [laCode, kind, urn, pupilId, on],
    )) as { id: string }[];
    if (held.length > 0) {
      throw new Refusal('RETURN_ALREADY_RECORDED', `A ${kind === 'NEW_PUPIL' ? 'new-pupil' : 'deletion'} return for this pupil on ${on} is already recorded.`, {
        returnId: held[0].id,
      });
    }
  }

  private async insertReturn(tx: EntityManager, scope: Scope, r: NewReturn): Promise<StatutoryReturnRecord> {
    const rows = (await tx.query(
      `INSERT INTO statutory_return (la_code, kind, urn, period_start, period_end, due_on, status, content)
       VALUES ($1, $2, $3, $4, $5, $6, 'DRAFT', $7) RETURNING id::text AS id`,
      [r.laCode, r.kind, r.urn, r.periodStart, r.periodEnd, r.dueOn, JSON.stringify(r.content)],
    )) as { id: string }[];
    if (r.pupils.length > 0) {
      await tx.query(
        `INSERT INTO statutory_return_pupil (la_code, return_id, pupil_id, reason, details)
         SELECT $1, $2, p.pupil_id, p.reason, p.details FROM jsonb_to_recordset($3::jsonb) AS p(pupil_id bigint, reason text, details jsonb)`,
        [r.laCode, rows[0].id, JSON.stringify(r.pupils.map((p) => ({ pupil_id: p.pupilId, reason: p.reason, details: p.details })))],
      );
    }
    const prepared = await this.reload(tx, r.laCode, rows[0].id);
    await auditReturn(tx, scope, 'CREATE', prepared);
    return prepared;
  }

  private async reload(tx: EntityManager, laCode: string, id: string): Promise<StatutoryReturnRecord> {
    const [found] = await readReturns(tx, laCode, 'r.id = $2', [id]);
    return found;
  }
}

const KIND_WORDS: Readonly<Record<StatutoryReturnKind, string>> = {
  ATTENDANCE: 'attendance return',
  SICKNESS: 'sickness return',
  NEW_PUPIL: 'new-pupil return',
  DELETION: 'deletion return',
};

/** Every change to a return is audited in its own transaction: the return, and each child it lists. */
async function auditReturn(tx: EntityManager, scope: Scope, action: AuditEntry['action'], r: StatutoryReturnRecord): Promise<void> {
  await writeAudit(tx, scope, [
    { laCode: r.laCode, action, entity: 'StatutoryReturn', entityId: r.id },
    ...r.pupils.map((p) => ({ laCode: r.laCode, action, entity: 'StatutoryReturnPupil', entityId: r.id, pupilId: p.pupilId })),
  ]);
}

const TWENTY_DAY_GAPS: Readonly<Record<string, string>> = {
  FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS: 'the pupil has not been continuously absent (G, N or O) for 20 school days',
  UNMARKED_SESSIONS_IN_PERIOD: 'some sessions in the period have no mark',
  SICKNESS_OR_UNAVOIDABLE_CAUSE_BELIEVED: 'the school believes the absence is through sickness or an unavoidable cause',
  NO_SCHOOL_ENQUIRIES_RECORDED: 'the school’s enquiries to find the pupil are not recorded',
  NO_LA_ENQUIRIES_RECORDED: 'the LA’s enquiries to find the pupil are not recorded',
  PUPIL_LOCATED: 'the pupil has been located',
};

function twentyDayMessage(missing: readonly string[], days: number): string {
  return `The 20-school-day ground is not met (${days} continuous school days so far): ${missing.map((m) => TWENTY_DAY_GAPS[m] ?? m).join('; ')}.`;
}

async function requireSchool(tx: EntityManager, laCode: string, urn: number): Promise<void> {
  const rows = (await tx.query(`SELECT la_code FROM school WHERE urn = $1`, [urn])) as { la_code: string }[];
  if (rows.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { urn });
  if (rows[0].la_code !== laCode) throw new Refusal('SCHOOL_IN_ANOTHER_LA', `School ${urn} is in LA ${rows[0].la_code}, not LA ${laCode}.`, { urn });
}

async function latestEnrolment(
  tx: EntityManager,
  laCode: string,
  pupilId: string,
  urn: number,
): Promise<{ id: string; admittedOn: LocalDate; leftOn: LocalDate | null }> {
  const rows = ID.test(pupilId)
    ? ((await tx.query(
        `SELECT id::text AS id, admitted_on, left_on FROM enrolment WHERE la_code = $1 AND pupil_id = $2 AND urn = $3 ORDER BY admitted_on DESC LIMIT 1`,
        [laCode, pupilId, urn],
      )) as { id: string; admitted_on: LocalDate; left_on: LocalDate | null }[])
    : [];
  if (rows.length === 0) throw new Refusal('PUPIL_NOT_ON_ROLL', `Pupil ${pupilId} has never been on the roll of school ${urn}.`, { pupilId, urn });
  return { id: rows[0].id, admittedOn: rows[0].admitted_on, leftOn: rows[0].left_on };
}

async function enrolmentMarks(tx: EntityManager, laCode: string, enrolmentId: string, from: LocalDate, to: LocalDate): Promise<Mark[]> {
  const rows = (await tx.query(
    `SELECT date, session, code FROM attendance_mark WHERE la_code = $1 AND enrolment_id = $2 AND date BETWEEN $3 AND $4 ORDER BY date, session`,
    [laCode, enrolmentId, from, to],
  )) as { date: LocalDate; session: Mark['session']; code: string }[];
  return rows.flatMap((r) => toMark(r.date, r.session, r.code) ?? []);
}

interface PupilDetails {
  readonly fullName: string;
  readonly address?: string;
  readonly dateOfBirth: LocalDate;
  readonly upn: string;
  readonly sex: string;
  readonly parents: readonly (DeletionReturnParent & { readonly parentId: string; readonly relationship: string })[];
}

async function pupilDetails(tx: EntityManager, laCode: string, pupilId: string): Promise<PupilDetails> {
  const pupil = (
    (await tx.query(
      `SELECT forename, surname, address_line1, address_line2, town, postcode, date_of_birth, upn, sex FROM pupil WHERE la_code = $1 AND id = $2`,
      [laCode, pupilId],
    )) as {
      forename: string;
      surname: string;
      address_line1: string | null;
      address_line2: string | null;
      town: string | null;
      postcode: string | null;
      date_of_birth: LocalDate;
      upn: string;
      sex: string;
    }[]
  )[0];
  const parents = (await tx.query(
    `SELECT p.id::text AS id, p.forename, p.surname, p.phone, p.address_line1, p.town, p.postcode, pp.relationship, pp.lives_with
       FROM pupil_parent pp JOIN parent p ON p.la_code = pp.la_code AND p.id = pp.parent_id
      WHERE pp.la_code = $1 AND pp.pupil_id = $2 ORDER BY pp.contact_priority, p.id`,
    [laCode, pupilId],
  )) as {
    id: string;
    forename: string;
    surname: string;
    phone: string | null;
    address_line1: string | null;
    town: string | null;
    postcode: string | null;
    relationship: string;
    lives_with: boolean;
  }[];
  const address = joinAddress(pupil.address_line1, pupil.address_line2, pupil.town, pupil.postcode);
  return {
    fullName: `${pupil.forename} ${pupil.surname}`.trim(),
    ...(address === undefined ? {} : { address }),
    dateOfBirth: pupil.date_of_birth,
    upn: pupil.upn,
    sex: pupil.sex,
    parents: parents.map((p) => {
      const parentAddress = joinAddress(p.address_line1, p.town, p.postcode);
      return {
        parentId: p.id,
        relationship: p.relationship,
        name: `${p.forename} ${p.surname}`.trim(),
        ...(parentAddress === undefined ? {} : { address: parentAddress }),
        ...(p.phone ? { emergencyPhone: p.phone } : {}),
        livesWithPupil: p.lives_with,
      };
    }),
  };
}

async function lockReturn(tx: EntityManager, laCode: string, returnId: string): Promise<StatutoryReturnRecord> {
  const [found] = ID.test(returnId) ? await readReturns(tx, laCode, 'r.id = $2', [returnId], true) : [];
  if (!found) throw new Refusal('UNKNOWN_RETURN', `LA ${laCode} holds no return with id ${returnId}.`, { returnId });
  return found;
}

async function readReturns(tx: EntityManager, laCode: string, condition: string, params: readonly unknown[], lock = false): Promise<StatutoryReturnRecord[]> {
  const rows = (await tx.query(
    `SELECT ${RETURN_COLUMNS} FROM statutory_return r WHERE r.la_code = $1 AND ${condition}
      ORDER BY r.period_start DESC NULLS LAST, r.id DESC${lock ? ' FOR UPDATE' : ''}`,
    [laCode, ...params],
  )) as ReturnRow[];
  if (rows.length === 0) return [];
  const pupils = (await tx.query(
    `SELECT return_id::text AS return_id, pupil_id::text AS pupil_id, reason, details FROM statutory_return_pupil
      WHERE la_code = $1 AND return_id = ANY($2::bigint[]) ORDER BY statutory_return_pupil.pupil_id`,
    [laCode, rows.map((r) => r.id)],
  )) as { return_id: string; pupil_id: string; reason: string; details: Record<string, unknown> }[];
  return rows.map((r) => ({
    ...toReturnSummary(r),
    pupils: pupils.filter((p) => p.return_id === r.id).map((p): StatutoryReturnPupil => ({ pupilId: p.pupil_id, reason: p.reason, details: p.details })),
  }));
}

