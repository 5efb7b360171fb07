import { createHash } from 'node:crypto';
import { AuditEntry, Refusal, Scope, SqlParams, inTransaction, writeAudit } from '@rollcall/api-core';
import { loadSchoolCalendar, todayInEngland } from '@rollcall/api-pupils';
import {
  AmendMarkRefusal,
  AttendanceCode,
  CODE_SET_2024_EFFECTIVE_FROM,
  ClockTime,
  LocalDate,
  MarkHistory,
  Session,
  amendMark,
  clockTimeToMinutes,
  codeForArrival,
  parseAttendanceCode,
  validateUpn,
} from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { ClassRegisterService, RegisterEntryRecord, checkRegisterKey } from './class-register.service';
import { MARK_SOURCE } from './mark-source';
import { refreshWeekSummaries } from './refresh-week-summaries';
import { RegisterSchool, mayWriteRegister, registerSchool } from './register-school';
import { sessionStatus } from './register-session-status';
import { SchoolSessions } from './school-sessions';
import { writeSessionMarks } from './session-marks-write';

/** One pupil's mark as a teacher or MIS sends it: the pupil by id or by UPN (one of them). */
export interface MarkToRecord {
  readonly pupilId?: string | null;
  readonly upn?: string | null;
  readonly code: string;
  /** With `L` or `U`: minutes after the register opened. The register's closing time then decides `L` or `U`. */
  readonly minutesLate?: number | null;
}

export interface RecordMarksInput {
  readonly urn: number;
  readonly date: LocalDate;
  readonly session: Session;
  readonly marks: readonly MarkToRecord[];
  /** 8–200 characters: the same key and marks again are applied once; with other marks it is refused. */
  readonly idempotencyKey: string;
}

export interface RecordedMark {
  readonly laCode: string;
  readonly pupilId: string;
  readonly upn: string;
  readonly enrolmentId: string;
  /** The code as recorded (for a late arrival, decided by the register's closing time). */
  readonly code: string;
  readonly minutesLate: number | null;
  /** The code as sent, when the rules recorded another (`L` sent, `U` recorded for an arrival after the register closed). */
  readonly sentCode: string | null;
  /** False when the register already held this mark. */
  readonly changed: boolean;
}

export interface RecordedMarks {
  readonly importId: string;
  readonly laCode: string;
  readonly urn: number;
  readonly date: LocalDate;
  readonly session: Session;
  /** True when this is a repeat of an earlier request with the same key: nothing more was written. */
  readonly repeated: boolean;
  readonly recordedBy: string;
  readonly recordedAt: Date;
  readonly marks: readonly RecordedMark[];
}

export interface AmendMarkInput {
  readonly urn: number;
  readonly pupilId?: string | null;
  readonly upn?: string | null;
  readonly date: LocalDate;
  readonly session: Session;
  readonly code: string;
  readonly minutesLate?: number | null;
  /** Why the mark is changed (for example "Parent phoned: illness"): required. */
  readonly reason: string;
}

/** One problem with a mark, naming the input field to fix (`marks[2].code`) and its position (from 1). */
export interface MarkProblem {
  readonly row: number;
  readonly field: string;
  readonly message: string;
}

interface Resolved {
  readonly laCode: string;
  readonly enrolmentId: string;
  readonly pupilId: string;
  readonly upn: string;
}

interface Checked extends Resolved {
  readonly code: string;
  readonly minutesLate: number | null;
  readonly sentCode: string | null;
}

const MAX_MARKS = 3000;
const MAX_MINUTES_LATE = 999;
const MAX_REASON = 500;
const LATE_CODES: ReadonlySet<string> = new Set(['L', 'U']);
const PUPIL_ID = /^\d{1,19}$/;
const REGISTER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('rollcall.register_import'), $1)`;

/**
 * Taking and correcting a register in Rollcall itself: a class's or the whole school's marks for one session in one
 * transaction, with the week summaries they change; and an amendment to one mark, which keeps the entry it replaces.
 * Imports of the same school wait for each other (the register import's lock), so a register and a file never
 * interleave.
 */
export class MarkRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => LocalDate = () => todayInEngland(),
  ) {}

  async recordMarks(scope: Scope, input: RecordMarksInput): Promise<RecordedMarks> {
    checkRegisterKey(input);
    checkIdempotencyKey(input.idempotencyKey);
    if (!Array.isArray(input.marks) || input.marks.length === 0) {
      throw new Refusal('NO_MARKS', 'Send at least one mark (a pupil and a code).', { field: 'marks' });
    }
    if (input.marks.length > MAX_MARKS) {
      throw new Refusal('TOO_MANY_MARKS', `Send at most ${MAX_MARKS} marks at a time (got ${input.marks.length}); for more, import a register file.`, {
        field: 'marks',
      });
    }
    const sha256 = hashOf(input);
    return inTransaction(this.dataSource, scope, async (tx) => {
      const school = await registerSchool(tx, input.urn);
      mayWriteRegister(scope, school);
      await tx.query(REGISTER_LOCK, [school.urn]);
      const claimed = (await tx.query(
        // Counted as sent: a register with any problem is refused whole, so one recorded has every mark it sent.
        `INSERT INTO register_import (la_code, idempotency_key, kind, urn, content_sha256, imported_by, marks, pupils)
         VALUES ($1, $2, 'MARKS', $3, $4, $5, $6, $6)
         ON CONFLICT (la_code, urn, idempotency_key) DO NOTHING
         RETURNING id::text AS id, imported_at`,
        [school.laCode, input.idempotencyKey, school.urn, sha256, scope.actor.label, input.marks.length],
      )) as { id: string; imported_at: Date }[];
      if (claimed.length === 0) return this.repeatOf(tx, school, input, sha256);

      const calendar = await loadSchoolCalendar(tx, school.urn);
      const status = sessionStatus(calendar, input.date, input.session);
      if (!status.needsMarks) throw new Refusal('NOT_A_SCHOOL_SESSION', `Nothing was recorded: ${status.reason}`, { field: 'date' });
      const { checked, problems } = await checkMarks(tx, school, new SchoolSessions(calendar), input);
      if (problems.length > 0) throw marksRefused(problems);

      const written = await writeSessionMarks(tx, school.laCode, input, checked, { importId: claimed[0].id, recordedBy: scope.actor.label });
      const added = checked.filter((c) => written.added.has(c.enrolmentId));
      const replaced = checked.filter((c) => written.replaced.has(c.enrolmentId));
      const changes = [...added, ...replaced];
      await writeAudit(tx, scope, [
        ...added.map((c) => markAudit(c, 'CREATE', input.date, input.session)),
        ...replaced.map((c) => markAudit(c, 'UPDATE', input.date, input.session)),
      ]);
      const changed = new Set(changes.map((c) => c.enrolmentId));
      return {
        importId: claimed[0].id,
        laCode: school.laCode,
        urn: school.urn,
        date: input.date,
        session: input.session,
        repeated: false,
        recordedBy: scope.actor.label,
        recordedAt: claimed[0].imported_at,
        marks: checked.map((c) => ({ ...recorded(c), changed: changed.has(c.enrolmentId) })),
      };
    });
  }

  /**
   * Changes one mark already in the register, with the reason; the database keeps the entry it replaces (docs/0005),
   * so the original and every amendment stay identifiable.
   */
  async amendMark(scope: Scope, input: AmendMarkInput): Promise<RegisterEntryRecord> {
    checkRegisterKey(input);
    if (typeof input.reason !== 'string' || input.reason.trim() === '') {
      throw new Refusal('REASON_REQUIRED', 'Say why the mark is being changed, for example "Parent phoned: illness".', { field: 'reason' });
    }
    if (input.reason.length > MAX_REASON) {
      throw new Refusal('REASON_TOO_LONG', `Keep the reason to ${MAX_REASON} characters (it has ${input.reason.length}).`, { field: 'reason' });
    }
    if (input.date < CODE_SET_2024_EFFECTIVE_FROM) {
      throw new Refusal(
        'BEFORE_2024_CODES',
        `Marks before ${CODE_SET_2024_EFFECTIVE_FROM} were taken in the 2006 codes; correct them in the register they were imported from.`,
        { field: 'date' },
      );
    }
    return inTransaction(this.dataSource, scope, async (tx) => {
      const school = await registerSchool(tx, input.urn);
      mayWriteRegister(scope, school);
      await tx.query(REGISTER_LOCK, [school.urn]);
      const calendar = await loadSchoolCalendar(tx, school.urn);
      const single: RecordMarksInput = { ...input, marks: [input], idempotencyKey: 'not-used' };
      const { checked, problems } = await checkMarks(tx, school, new SchoolSessions(calendar), single, '');
      if (problems.length > 0) {
        const first = problems[0];
        throw new Refusal('INVALID_MARK', `Nothing was changed: ${first.message}`, { field: first.field, problems });
      }
      const mark = checked[0];
      const current = (await tx.query(
        `SELECT code, minutes_late, recorded_by, recorded_at, now() AS now FROM attendance_mark
          WHERE la_code = $1 AND enrolment_id = $2 AND date = $3 AND session = $4 FOR UPDATE`,
        [school.laCode, mark.enrolmentId, input.date, input.session],
      )) as { code: string; minutes_late: number | null; recorded_by: string; recorded_at: Date; now: Date }[];
      if (current.length === 0) {
        throw new Refusal(
          'NO_MARK_TO_AMEND',
          `Pupil ${mark.upn} has no mark for ${input.date} ${input.session} to amend: record it with recordMarks.`,
          { field: 'date' },
        );
      }
      const replaced = (await tx.query(
        `SELECT code, recorded_by, recorded_at FROM attendance_mark_history
          WHERE la_code = $1 AND enrolment_id = $2 AND date = $3 AND session = $4 ORDER BY id`,
        [school.laCode, mark.enrolmentId, input.date, input.session],
      )) as { code: string; recorded_by: string; recorded_at: Date }[];
      const history: MarkHistory = [...replaced, current[0]].map((e, i) => ({
        sequence: i + 1,
        kind: i === 0 ? 'ORIGINAL' : 'AMENDMENT',
        code: e.code as AttendanceCode,
        by: e.recorded_by,
        at: e.recorded_at.toISOString(),
      }));
      const decision = amendMark(history, { code: mark.code as AttendanceCode, by: scope.actor.label, at: current[0].now.toISOString(), reason: input.reason });
      if (!decision.allowed) throw amendmentRefused(decision.reason, current[0].code);
      await tx.query(
        `UPDATE attendance_mark SET code = $5, minutes_late = $6, source = $7, import_id = NULL, recorded_by = $8, recorded_at = now(), amendment_reason = $9
          WHERE la_code = $1 AND enrolment_id = $2 AND date = $3 AND session = $4`,
        [school.laCode, mark.enrolmentId, input.date, input.session, mark.code, mark.minutesLate, MARK_SOURCE.REGISTER, scope.actor.label, input.reason.trim()],
      );
      await refreshWeekSummaries(tx, school.laCode, { pairs: [{ enrolmentId: mark.enrolmentId, weekStart: input.date }] });
      await writeAudit(tx, scope, [markAudit(mark, 'UPDATE', input.date, input.session)]);
      const entry = await ClassRegisterService.entryIn(tx, school, calendar, { ...mark, date: input.date, session: input.session }, this.today());
      if (!entry) throw new Error(`amended mark ${mark.enrolmentId} ${input.date} ${input.session} not found after the update`);
      return entry;
    });
  }

  private async repeatOf(tx: EntityManager, school: RegisterSchool, input: RecordMarksInput, sha256: string): Promise<RecordedMarks> {
    const [first] = (await tx.query(
      `SELECT id::text AS id, kind, content_sha256, imported_by, imported_at FROM register_import WHERE la_code = $1 AND urn = $2 AND idempotency_key = $3`,
      [school.laCode, school.urn, input.idempotencyKey],
    )) as { id: string; kind: string; content_sha256: string; imported_by: string; imported_at: Date }[];
    if (first.content_sha256 !== sha256) {
      throw new Refusal(
        'IDEMPOTENCY_KEY_REUSED',
        `The idempotency key "${input.idempotencyKey}" was used on ${first.imported_at.toISOString()} for different marks; use a new key for a new register.`,
        { field: 'idempotencyKey' },
      );
    }
    const calendar = await loadSchoolCalendar(tx, school.urn);
    const { checked } = await checkMarks(tx, school, new SchoolSessions(calendar), input);
    const held = await heldMarks(tx, school.laCode, checked.map((c) => c.enrolmentId), input.date, input.session);
    return {
      importId: first.id,
      laCode: school.laCode,
      urn: school.urn,
      date: input.date,
      session: input.session,
      repeated: true,
      recordedBy: first.imported_by,
      recordedAt: first.imported_at,
      marks: checked.map((c) => {
        const now = held.get(c.enrolmentId);
        return { ...recorded(c), code: now?.code ?? c.code, minutesLate: now ? now.minutes_late : c.minutesLate, changed: false };
      }),
    };
  }
}

function recorded(c: Checked): Omit<RecordedMark, 'changed'> {
  return { laCode: c.laCode, pupilId: c.pupilId, upn: c.upn, enrolmentId: c.enrolmentId, code: c.code, minutesLate: c.minutesLate, sentCode: c.sentCode };
}

function markAudit(c: Resolved, action: 'CREATE' | 'UPDATE', date: LocalDate, session: Session): AuditEntry {
  return { laCode: c.laCode, action, entity: 'AttendanceMark', entityId: `${c.enrolmentId}:${date}:${session}`, pupilId: c.pupilId };
}

export function checkIdempotencyKey(key: string): void {
  if (typeof key !== 'string' || key.length < 8 || key.length > 200) {
    throw new Refusal('INVALID_IDEMPOTENCY_KEY', 'The idempotency key must be 8 to 200 characters long (a UUID will do).', { field: 'idempotencyKey' });
  }
}

function hashOf(input: RecordMarksInput): string {
  const marks = input.marks.map((m) => [m.pupilId ?? null, m.upn ?? null, m.code, m.minutesLate ?? null]);
  return createHash('sha256').update(JSON.stringify(['recordMarks', input.urn, input.date, input.session, marks])).digest('hex');
}

async function heldMarks(
  tx: EntityManager,
  laCode: string,
  enrolmentIds: readonly string[],
  date: LocalDate,
  session: Session,
): Promise<Map<string, { code: string; minutes_late: number | null }>> {
  const rows = (await tx.query(
    `SELECT enrolment_id::text AS enrolment_id, code, minutes_late FROM attendance_mark
      WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) AND date = $3 AND session = $4`,
    [laCode, enrolmentIds, date, session],
  )) as { enrolment_id: string; code: string; minutes_late: number | null }[];
  return new Map(rows.map((r) => [r.enrolment_id, r]));
}

function marksRefused(problems: readonly MarkProblem[]): Refusal {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new Refusal(
    'INVALID_MARKS',
    `Nothing was recorded: mark ${first.row}, ${first.field}: ${first.message.replace(/\.$/, '')}${more}. Correct the marks and send the register again.`,
    { field: first.field, problems },
  );
}

function amendmentRefused(reason: AmendMarkRefusal, currentCode: string): Refusal {
  switch (reason) {
    case 'CODE_UNCHANGED':
      return new Refusal('CODE_UNCHANGED', `The mark is already "${currentCode}": nothing to amend.`, { field: 'code' });
    case 'REASON_REQUIRED':
      return new Refusal('REASON_REQUIRED', 'Say why the mark is being changed, for example "Parent phoned: illness".', { field: 'reason' });
    case 'UNKNOWN_CODE':
      return new Refusal('UNKNOWN_CODE', 'Use one of the 2024 attendance codes (see attendanceCodes).', { field: 'code' });
    default:
      return new Refusal('AMENDMENT_REFUSED', `The mark could not be amended (${reason}): reload the register and try again.`, { field: 'code' });
  }
}

/** The arrival time `minutes` after `opens`, on the 24-hour clock (no later than 23:59). */
function clockAfter(opens: ClockTime, minutes: number): ClockTime {
  const at = Math.min(clockTimeToMinutes(opens) + minutes, 23 * 60 + 59);
  return `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
}

/**
 * Checks every mark (pupil on roll that day, code in force on the date and allowed by the calendar, minutes late) and
 * decides `L` or `U` for a late arrival by the school's register times. `prefix` names the list in problem fields.
 */
async function checkMarks(
  tx: EntityManager,
  school: RegisterSchool,
  sessions: SchoolSessions,
  input: RecordMarksInput,
  prefix = 'marks',
): Promise<{ checked: Checked[]; problems: MarkProblem[] }> {
  const problems: MarkProblem[] = [];
  const field = (i: number, name: string) => (prefix === '' ? name : `${prefix}[${i}].${name}`);
  const wanted: { index: number; pupilId?: string; upn?: string }[] = [];
  input.marks.forEach((m, index) => {
    const hasId = m.pupilId !== undefined && m.pupilId !== null && m.pupilId !== '';
    const hasUpn = m.upn !== undefined && m.upn !== null && m.upn !== '';
    if (hasId === hasUpn) {
      problems.push({ row: index + 1, field: field(index, 'pupilId'), message: 'Give the pupil’s id or their UPN (one of them).' });
    } else if (hasId) {
      if (PUPIL_ID.test(String(m.pupilId))) wanted.push({ index, pupilId: String(m.pupilId) });
      else problems.push({ row: index + 1, field: field(index, 'pupilId'), message: `"${m.pupilId}" is not a pupil id: use the id a Pupil gave.` });
    } else {
      // domain §15.1: a UPN is checked against the DfE rules before it is looked up
      const check = validateUpn(String(m.upn));
      if (check.allowed) wanted.push({ index, upn: check.detail.upn });
      else problems.push({ row: index + 1, field: field(index, 'upn'), message: check.detail.problems.map((p) => p.message).join('; ') });
    }
  });
  const onRoll = await pupilsOnRoll(tx, school, input.date, wanted);
  const seen = new Set<string>();
  const checked: Checked[] = [];
  for (const w of wanted) {
    const m = input.marks[w.index];
    const row = w.index + 1;
    const pupil = w.pupilId !== undefined ? onRoll.byId.get(w.pupilId) : onRoll.byUpn.get(w.upn as string);
    if (!pupil) {
      problems.push({
        row,
        field: field(w.index, w.pupilId !== undefined ? 'pupilId' : 'upn'),
        message: `Pupil ${w.pupilId ?? w.upn} is not on the roll of school ${school.urn} on ${input.date}.`,
      });
      continue;
    }
    if (seen.has(pupil.enrolmentId)) {
      problems.push({ row, field: field(w.index, w.pupilId !== undefined ? 'pupilId' : 'upn'), message: `Pupil ${pupil.upn} is marked twice; send one mark per pupil.` });
      continue;
    }
    seen.add(pupil.enrolmentId);
    const decided = decideCode(school, input, m, row, (name) => field(w.index, name), problems);
    if (!decided) continue;
    const inCalendar = sessions.check(input.date, input.session, decided.code);
    if (!inCalendar.ok) {
      problems.push({ row, field: field(w.index, 'code'), message: inCalendar.message });
      continue;
    }
    checked.push({ ...pupil, ...decided });
  }
  problems.sort((a, b) => a.row - b.row);
  return { checked, problems };
}

// domain §1.2–§1.3 (codes in force on the date), §2 (register closing: before it closes `L`, after it `U`); SI 2024/208 reg 10 Table 1
function decideCode(
  school: RegisterSchool,
  input: Pick<RecordMarksInput, 'date' | 'session'>,
  m: MarkToRecord,
  row: number,
  field: (name: string) => string,
  problems: MarkProblem[],
): { code: string; minutesLate: number | null; sentCode: string | null } | undefined {
  const parsed = parseAttendanceCode(typeof m.code === 'string' ? m.code : '', { on: input.date });
  if (!parsed.ok) {
    problems.push({ row, field: field('code'), message: parsed.message });
    return undefined;
  }
  const minutes = m.minutesLate ?? null;
  if (minutes === null) return { code: parsed.code, minutesLate: null, sentCode: null };
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_MINUTES_LATE) {
    problems.push({ row, field: field('minutesLate'), message: `Minutes late must be a whole number from 0 to ${MAX_MINUTES_LATE} (got ${minutes}).` });
    return undefined;
  }
  if (!LATE_CODES.has(parsed.code)) {
    problems.push({ row, field: field('minutesLate'), message: `Minutes late go with code L or U only, not "${parsed.code}".` });
    return undefined;
  }
  const arrival = codeForArrival({
    session: input.session,
    sessionStart: school.opens[input.session],
    registerClosesAt: school.closes[input.session],
    arrivedAt: clockAfter(school.opens[input.session], minutes),
  });
  const code = arrival.code ?? parsed.code;
  return { code, minutesLate: LATE_CODES.has(code) ? minutes : null, sentCode: code === parsed.code ? null : parsed.code };
}

async function pupilsOnRoll(
  tx: EntityManager,
  school: RegisterSchool,
  date: LocalDate,
  wanted: readonly { pupilId?: string; upn?: string }[],
): Promise<{ byId: Map<string, Resolved>; byUpn: Map<string, Resolved> }> {
  const ids = wanted.flatMap((w) => (w.pupilId === undefined ? [] : [w.pupilId]));
  const upns = wanted.flatMap((w) => (w.upn === undefined ? [] : [w.upn]));
  // The pupils by their keys in the LA (by UPN, by id, or both: each an index read), then each one's enrolment at the school.
  const sql = new SqlParams();
  const la = sql.add(school.laCode);
  const day = sql.add(date);
  const keys = [...(upns.length > 0 ? [`p.upn = ANY(${sql.add(upns)}::bpchar[])`] : []), ...(ids.length > 0 ? [`p.id = ANY(${sql.add(ids)}::bigint[])`] : [])];
  const rows =
    keys.length === 0
      ? []
      : ((await tx.query(
          `SELECT e.la_code, e.id::text AS enrolment_id, p.id::text AS pupil_id, p.upn
             FROM pupil p
             JOIN enrolment e ON e.la_code = p.la_code AND e.pupil_id = p.id
            WHERE p.la_code = ${la} AND (${keys.join(' OR ')})
              AND e.urn = ${sql.add(school.urn)} AND e.admitted_on <= ${day}::date AND (e.left_on IS NULL OR e.left_on >= ${day}::date)`,
          sql.values,
        )) as { la_code: string; enrolment_id: string; pupil_id: string; upn: string }[]);
  const resolved = rows.map((r) => ({ laCode: r.la_code, enrolmentId: r.enrolment_id, pupilId: r.pupil_id, upn: r.upn }));
  return { byId: new Map(resolved.map((r) => [r.pupilId, r])), byUpn: new Map(resolved.map((r) => [r.upn, r])) };
}
