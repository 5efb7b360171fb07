import { Page, Refusal, Scope, SqlParams, decodeCursor, encodeCursor, inTransaction } from '@rollcall/api-core';
import { pupilVisibleTo, todayInEngland } from '@rollcall/api-pupils';
import {
  ATTENDANCE_RETURN_CONTINUOUS_SCHOOL_DAYS,
  AttendanceCode,
  AttendancePolicy,
  AttendanceReturnGround,
  DEFAULT_PENALTY_NOTICE_SETTINGS,
  DEFAULT_SICKNESS_RETURN_SETTINGS,
  DueAction,
  LocalDate,
  Mark,
  PupilNeed,
  SchoolCalendar,
  Session,
  academicYearOf,
  academicYearStart,
  addDays,
  classifyAttendance,
  isLocalDate,
  mergeCalendars,
  minDate,
  scanPupil,
  summariseCounts,
  weekStart,
} from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { SessionTotalsRow, enrolmentCountsOf, markCountsOf } from './attendance-figures';
import { PupilKey, existingSupportOf, pupilKeyOf } from './existing-support';
import { graduatedResponsePolicies } from './graduated-response-policy';
import { PupilFigures, pupilFiguresOf } from './pupil-attendance.service';
import { schoolCalendars } from './school-calendars';

export interface WorklistRequest {
  /** One school; omitted: every school the caller works with (staff: their own; LA: the LA's; Virtual School: its children's). */
  readonly urn?: number | null;
  /** Only pupils at this stage of the LA's graduated response (e.g. PERSISTENTLY_ABSENT). */
  readonly stage?: string | null;
  /** The day the rules are applied on (default today; never in the future). */
  readonly asAt?: LocalDate | null;
}

export interface WorklistPage {
  readonly first: number;
  readonly after?: string | null;
}

export interface OverdueNRecord {
  readonly date: LocalDate;
  readonly session: Session;
  /** The last day the reason could have been entered. */
  readonly deadline: LocalDate;
}

export interface PenaltyNoticeThresholdRecord {
  readonly sessionCount: number;
  readonly thresholdSessions: number;
  readonly firstWeek: LocalDate | null;
  readonly lastWeek: LocalDate | null;
}

export interface PupilNeedingActionRecord {
  readonly laCode: string;
  readonly pupilId: string;
  readonly upn: string;
  readonly forename: string;
  readonly surname: string;
  readonly preferredName: string | null;
  readonly yearGroup: number | null;
  readonly urn: number;
  readonly schoolName: string;
  readonly asAt: LocalDate;
  /** Why the pupil needs someone's attention, most serious first. */
  readonly needs: readonly PupilNeed[];
  readonly yearToDate: PupilFigures;
  readonly band: number | null;
  readonly stage: string | null;
  readonly stageLabel: string | null;
  readonly actionsDue: readonly DueAction[];
  readonly penaltyNoticeThreshold: PenaltyNoticeThresholdRecord | null;
  readonly overdueN: readonly OverdueNRecord[];
  readonly attendanceReturnGrounds: readonly AttendanceReturnGround[];
  /** School days of sickness this year, when a sickness return is due. */
  readonly sicknessDays: number | null;
}

interface CandidateRow extends SessionTotalsRow {
  la_code: string;
  pupil_id: string;
  urn: number;
  school_name: string;
  upn: string;
  forename: string;
  surname: string;
  preferred_name: string | null;
  nc_year: number | null;
  date_of_birth: string;
  address: string | null;
  recent_unauthorised: number;
  old_n: number;
  illness: number;
}

interface Candidate {
  readonly row: CandidateRow;
  readonly key: readonly (string | number)[];
}

/** Pupils whose marks are scanned per statement; a page may scan a few batches when some candidates need nothing. */
const MAX_BATCHES = 3;
const STAGE = /^[A-Z0-9_]{1,60}$/;

/**
 * The worklist: pupils the statutory rules flag (`scanPupil`: severely or persistently absent, penalty-notice threshold
 * met, an `N` overdue, an attendance or sickness return due, graduated-response actions due), most serious first.
 * Candidates are found from the week summaries in one statement (a superset of those the rules flag: nobody the rules
 * would flag is missed); a page's candidates then have their marks read in one statement and are scanned, and any the
 * rules find nothing for are passed over.
 */
export class PupilsNeedingActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => LocalDate = () => todayInEngland(),
  ) {}

  async list(scope: Scope, request: WorklistRequest, page: WorklistPage): Promise<Page<PupilNeedingActionRecord>> {
    const today = this.today();
    const asAt = request.asAt ?? today;
    if (!isLocalDate(asAt)) throw new Refusal('INVALID_DATE', `"${asAt}" is not a date in the form YYYY-MM-DD.`, { field: 'asAt' });
    if (asAt > today) throw new Refusal('INVALID_DATE', `The rules can be applied up to today (${today}), not ${asAt}.`, { field: 'asAt' });
    const urn = request.urn ?? null;
    if (urn !== null && (!Number.isInteger(urn) || urn < 100000 || urn > 999999)) {
      throw new Refusal('INVALID_URN', `A URN is the school’s 6-digit Unique Reference Number (got ${urn}).`, { field: 'urn' });
    }
    const stage = request.stage ?? null;
    if (stage !== null && !STAGE.test(stage)) {
      throw new Refusal('INVALID_STAGE', `"${stage}" is not a stage name: use one of the LA policy’s stages, e.g. PERSISTENTLY_ABSENT.`, { field: 'stage' });
    }
    const after = decodeCursor(page.after, 5);
    return inTransaction(this.dataSource, scope, async (tx) => {
      const rows = await candidates(tx, scope, urn, asAt, today);
      const policies = await graduatedResponsePolicies(tx, rows.map((r) => r.la_code), asAt);
      if (stage !== null) checkStage(stage, [...policies.values()]);
      const flagged = rows
        .filter((row) => mayNeedAction(row, policies.get(row.la_code) as AttendancePolicy, stage))
        .map((row) => ({ row, key: keyOf(row) }))
        .sort((a, b) => compareKeys(a.key, b.key));
      let index = after ? flagged.findIndex((c) => compareKeys(c.key, after) > 0) : 0;
      if (index < 0) index = flagged.length;
      const items: { cursor: string; node: PupilNeedingActionRecord }[] = [];
      for (let batch = 0; batch < MAX_BATCHES && items.length < page.first && index < flagged.length; batch++) {
        const scanned = await scanBatch(tx, flagged.slice(index, index + page.first), policies, asAt, stage);
        for (const { candidate, record } of scanned) {
          index += 1;
          if (!record) continue;
          items.push({ cursor: encodeCursor(candidate.key), node: record });
          if (items.length === page.first) break;
        }
      }
      return { items, hasNextPage: index < flagged.length, totalCount: flagged.length };
    });
  }
}

/** `[absence per million possible sessions (negated, so most absent first), surname, forename, LA, id]`. */
function keyOf(row: CandidateRow): (string | number)[] {
  const absent = row.authorised + row.unauthorised;
  const perMillion = row.possible > 0 ? Math.floor((absent * 1_000_000) / row.possible) : -1;
  return [-perMillion, row.surname, row.forename, row.la_code, row.pupil_id];
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (i === 4) return Number(BigInt(String(x)) - BigInt(String(y))) > 0 ? 1 : -1;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

function checkStage(stage: string, policies: readonly AttendancePolicy[]): void {
  const stages = new Set(policies.flatMap((p) => p.bands.map((b) => b.stage)));
  if (policies.length > 0 && !stages.has(stage)) {
    throw new Refusal('INVALID_STAGE', `"${stage}" is not a stage of the LA’s graduated response: use one of ${[...stages].join(', ')}.`, { field: 'stage' });
  }
}

/**
 * Whether the summaries show something the rules could flag: every pupil `scanPupil` flags passes (the thresholds are
 * the rules' own, applied to totals that contain the sessions the rules count), and few that it does not.
 */
// domain §4 (PA/SA), §5 (10 unauthorised sessions in 10 school weeks), §1.2 (N within 5 school days), §3 (attendance and sickness returns), §17.1 (bands)
function mayNeedAction(row: CandidateRow, policy: AttendancePolicy, stage: string | null): boolean {
  const summary = summariseCounts(markCountsOf(enrolmentCountsOf(row)));
  const classification = classifyAttendance(policy, { attendanceRate: summary.attendanceRate ?? 0, possibleSessions: summary.possibleSessions });
  if (stage !== null && (!classification.classified || classification.stage !== stage)) return false;
  const bestBand = Math.min(...policy.bands.map((b) => b.band));
  return (
    summary.persistentlyAbsent ||
    (classification.classified && classification.band > bestBand) ||
    row.recent_unauthorised >= DEFAULT_PENALTY_NOTICE_SETTINGS.thresholdSessions ||
    row.old_n > 0 ||
    row.unauthorised >= ATTENDANCE_RETURN_CONTINUOUS_SCHOOL_DAYS * 2 ||
    row.illness >= DEFAULT_SICKNESS_RETURN_SETTINGS.thresholdSchoolDays * 2
  );
}

/** Who the caller's worklist covers: the pupils on roll on `asAt` at the schools it works with. */
function rollFilter(scope: Scope, urn: number | null, sql: SqlParams, today: LocalDate): string {
  const one = urn === null ? '' : ` AND e.urn = ${sql.add(urn)}::int`;
  switch (scope.role) {
    case 'SCHOOL_STAFF': {
      const urns = scope.urns ?? [];
      if (urn !== null && !urns.includes(urn)) {
        throw new Refusal('NOT_PERMITTED', `You can see your own school’s pupils only (URN ${urns.join(', ')}), not school ${urn}’s.`, { field: 'urn' });
      }
      return `e.la_code = ${sql.add(scope.laCode ?? '')}::bpchar AND e.urn = ANY(${sql.add([...urns])}::int[])${one}`;
    }
    case 'LA_OFFICER':
    case 'LA_ADMIN':
      return `e.la_code = ${sql.add(scope.laCode ?? '')}::bpchar${one}`;
    case 'VIRTUAL_SCHOOL':
      return `${pupilVisibleTo(scope, { laCode: 'e.la_code', pupilId: 'e.pupil_id' }, sql, today)}${one}`;
    default:
      throw new Refusal('NOT_PERMITTED', 'The worklist is for schools, the LA and the Virtual School.');
  }
}

async function candidates(tx: EntityManager, scope: Scope, urn: number | null, asAt: LocalDate, today: LocalDate): Promise<CandidateRow[]> {
  const sql = new SqlParams();
  const roll = rollFilter(scope, urn, sql, today);
  if (urn !== null && (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN')) {
    const school = (await tx.query(`SELECT la_code FROM school WHERE urn = $1`, [urn])) as { la_code: string }[];
    if (school.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { field: 'urn' });
    if (school[0].la_code !== scope.laCode) {
      throw new Refusal('NOT_PERMITTED', `School ${urn} is in LA ${school[0].la_code}: its pupils are on that LA’s worklist.`, { field: 'urn' });
    }
  }
  const on = sql.add(asAt);
  const yearWeek = sql.add(weekStart(academicYearStart(academicYearOf(asAt))));
  const recentWeek = sql.add(weekStart(addDays(asAt, -140)));
  const earliest = sql.add(minDate(weekStart(academicYearStart(academicYearOf(asAt))), weekStart(addDays(asAt, -140))));
  const oldN = sql.add(addDays(asAt, -7));
  const staffOnly = scope.role === 'SCHOOL_STAFF' ? ` AND s.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[])` : '';
  return (await tx.query(
    `WITH roll AS (
       SELECT DISTINCT ON (e.la_code, e.pupil_id) e.la_code, e.pupil_id, e.urn
         FROM enrolment e
        WHERE ${roll} AND e.admitted_on <= ${on}::date AND (e.left_on IS NULL OR e.left_on >= ${on}::date)
        ORDER BY e.la_code, e.pupil_id, e.admitted_on DESC
     )
     SELECT r.la_code, r.pupil_id::text AS pupil_id, r.urn, sc.name AS school_name, p.upn, p.forename, p.surname, p.preferred_name,
            p.nc_year, to_char(p.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
            nullif(concat_ws(', ', p.address_line1, p.address_line2, p.town, p.postcode), '') AS address,
            coalesce(t.possible, 0) AS possible, coalesce(t.present, 0) AS present, coalesce(t.aea, 0) AS aea,
            coalesce(t.authorised, 0) AS authorised, coalesce(t.unauthorised, 0) AS unauthorised, coalesce(t.not_possible, 0) AS not_possible,
            coalesce(t.recent_unauthorised, 0) AS recent_unauthorised, coalesce(t.old_n, 0) AS old_n, coalesce(t.illness, 0) AS illness
       FROM roll r
       JOIN pupil p ON p.la_code = r.la_code AND p.id = r.pupil_id
       JOIN school sc ON sc.urn = r.urn
       CROSS JOIN LATERAL (
         SELECT sum(s.possible) FILTER (WHERE s.week_start >= ${yearWeek}::date)::int AS possible,
                sum(s.present) FILTER (WHERE s.week_start >= ${yearWeek}::date)::int AS present,
                sum(s.approved_educational_activity) FILTER (WHERE s.week_start >= ${yearWeek}::date)::int AS aea,
                sum(s.authorised) FILTER (WHERE s.week_start >= ${yearWeek}::date)::int AS authorised,
                sum(s.unauthorised) FILTER (WHERE s.week_start >= ${yearWeek}::date)::int AS unauthorised,
                sum(s.not_possible) FILTER (WHERE s.week_start >= ${yearWeek}::date)::int AS not_possible,
                sum(s.unauthorised) FILTER (WHERE s.week_start >= ${recentWeek}::date)::int AS recent_unauthorised,
                sum(coalesce((s.code_counts ->> 'N')::int, 0)) FILTER (WHERE s.week_start >= ${yearWeek}::date AND s.week_start <= ${oldN}::date)::int AS old_n,
                sum(coalesce((s.code_counts ->> 'I')::int, 0)) FILTER (WHERE s.week_start >= ${yearWeek}::date)::int AS illness
           FROM pupil_week_summary s
          WHERE s.la_code = r.la_code AND s.pupil_id = r.pupil_id AND s.week_start BETWEEN ${earliest}::date AND ${on}::date${staffOnly}
       ) t`,
    sql.values,
  )) as CandidateRow[];
}

interface MarkRow {
  la_code: string;
  pupil_id: string;
  urn: number;
  date: string;
  session: Session;
  code: string;
}

/** Scans a batch of candidates with the rules: their marks in one statement, their schools' calendars in two, what is in place in one. */
async function scanBatch(
  tx: EntityManager,
  batch: readonly Candidate[],
  policies: ReadonlyMap<string, AttendancePolicy>,
  asAt: LocalDate,
  stage: string | null,
): Promise<{ candidate: Candidate; record: PupilNeedingActionRecord | undefined }[]> {
  const keys: PupilKey[] = batch.map((c) => ({ laCode: c.row.la_code, pupilId: c.row.pupil_id }));
  const yearStart = academicYearStart(academicYearOf(asAt));
  const from = minDate(yearStart, addDays(asAt, -140));
  const marks = (await tx.query(
    `SELECT e.la_code, e.pupil_id::text AS pupil_id, e.urn, to_char(m.date, 'YYYY-MM-DD') AS date, m.session, m.code
       FROM unnest($1::bpchar[], $2::bigint[]) AS k(la_code, pupil_id)
       JOIN enrolment e ON e.la_code = k.la_code AND e.pupil_id = k.pupil_id
       JOIN attendance_mark m ON m.la_code = e.la_code AND m.enrolment_id = e.id AND m.date BETWEEN $3::date AND $4::date
      ORDER BY e.la_code, e.pupil_id, m.date, m.session`,
    [keys.map((k) => k.laCode), keys.map((k) => k.pupilId), from, asAt],
  )) as MarkRow[];
  const byPupil = new Map<string, MarkRow[]>();
  for (const mark of marks) {
    const key = pupilKeyOf({ laCode: mark.la_code, pupilId: mark.pupil_id });
    const list = byPupil.get(key) ?? [];
    list.push(mark);
    byPupil.set(key, list);
  }
  const calendars = await schoolCalendars(tx, [...batch.map((c) => c.row.urn), ...marks.map((m) => m.urn)]);
  const support = await existingSupportOf(tx, keys, asAt, yearStart);
  return batch.map((candidate) => {
    const { row } = candidate;
    const key = pupilKeyOf({ laCode: row.la_code, pupilId: row.pupil_id });
    const own = byPupil.get(key) ?? [];
    const urns = new Set([row.urn, ...own.map((m) => m.urn)]);
    const calendar: SchoolCalendar =
      urns.size === 1 ? (calendars.get(row.urn) as SchoolCalendar) : mergeCalendars([...urns].map((u) => calendars.get(u) as SchoolCalendar));
    const findings = scanPupil({
      pupilId: row.pupil_id,
      fullName: `${row.forename} ${row.surname}`,
      address: row.address ?? undefined,
      dateOfBirth: row.date_of_birth,
      marks: own.map((m): Mark => ({ date: m.date, session: m.session, code: m.code as AttendanceCode })),
      calendar,
      policy: policies.get(row.la_code) as AttendancePolicy,
      existingSupport: support.get(key),
      today: asAt,
    });
    const classification = findings.classification;
    if (findings.needs.length === 0 || (stage !== null && (!classification.classified || classification.stage !== stage))) {
      return { candidate, record: undefined };
    }
    const threshold = findings.penaltyNoticeThreshold;
    const record: PupilNeedingActionRecord = {
      laCode: row.la_code,
      pupilId: row.pupil_id,
      upn: row.upn,
      forename: row.forename,
      surname: row.surname,
      preferredName: row.preferred_name,
      yearGroup: row.nc_year,
      urn: row.urn,
      schoolName: row.school_name,
      asAt,
      needs: findings.needs,
      yearToDate: pupilFiguresOf({
        possible: findings.yearToDate.possibleSessions,
        present: findings.yearToDate.present,
        approvedEducationalActivity: findings.yearToDate.approvedEducationalActivity,
        authorised: findings.yearToDate.authorisedAbsence,
        unauthorised: findings.yearToDate.unauthorisedAbsence,
        notPossible: findings.yearToDate.notPossible,
      }),
      band: classification.classified ? classification.band : null,
      stage: classification.classified ? classification.stage : null,
      stageLabel: classification.classified ? classification.label : null,
      actionsDue: findings.actionsDue.due,
      penaltyNoticeThreshold: threshold?.met
        ? { sessionCount: threshold.sessionCount, thresholdSessions: threshold.thresholdSessions, firstWeek: threshold.firstWeek ?? null, lastWeek: threshold.lastWeek ?? null }
        : null,
      overdueN: findings.overdueN.map((o) => ({ date: o.mark.date, session: o.mark.session, deadline: o.deadline })),
      attendanceReturnGrounds: findings.attendanceReturn.allowed ? findings.attendanceReturn.detail.grounds : [],
      sicknessDays: findings.sicknessReturn.allowed ? findings.sicknessReturn.detail.sickDays : null,
    };
    return { candidate, record };
  });
}
