import { Refusal, Scope, inTransaction } from '@rollcall/api-core';
import {
  AbsenceBenchmark,
  DfeHeadlineFigures,
  LocalDate,
  NATIONAL_ABSENCE_FIGURES,
  academicYearOf,
  addDays,
  compareWithNational,
  termDatesFor,
  weekStart,
} from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { AttendanceFigures, EnrolmentCounts, FiguresTally } from './attendance-figures';
import { checkPeriod } from './pupil-attendance.service';
import { DfeExclusion, StatisticalMethod, academicYearOfPeriod, countedUnder } from './statistical-method';

export interface DashboardRequest {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly method: StatisticalMethod;
}

/** One group of a breakdown (a phase, year group, cohort or school) with its measures. */
export interface BreakdownRecord {
  readonly key: string;
  readonly label: string;
  readonly figures: AttendanceFigures;
  /** The group's overall absence rate minus everyone's, in percentage points (positive: more absence). */
  readonly absenceGapToAll: number | null;
}

export interface SchoolBreakdownRecord extends BreakdownRecord {
  readonly urn: number;
  readonly phase: string;
}

export interface WeekRecord {
  /** The Monday of the week. */
  readonly weekStart: LocalDate;
  /** Sessions and rates in the week (persistent and severe absence are measured over the whole period, not per week). */
  readonly figures: AttendanceFigures;
}

export interface NationalComparisonRecord extends AbsenceBenchmark {
  /** False when no national figures are held for the dashboard's own year and the latest earlier ones are shown. */
  readonly sameYear: boolean;
  /** Local minus national, in percentage points (positive: worse than national). */
  readonly differences: {
    readonly overallAbsenceRate: number | null;
    readonly authorisedAbsenceRate: number | null;
    readonly unauthorisedAbsenceRate: number | null;
    readonly persistentAbsenceRate: number | null;
    readonly severeAbsenceRate: number | null;
  };
}

export interface DfeExclusionsRecord {
  readonly boarders: number;
  readonly agedUnder4: number;
  readonly aged4: number;
  readonly agedOver15: number;
  /** Pupils aged 15 whose summer 2 half term was dropped. */
  readonly summer2Dropped: number;
}

export interface DashboardRecord {
  readonly laCode: string;
  /** Set for one school's dashboard. */
  readonly urn: number | null;
  readonly schoolName: string | null;
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** The weeks read (summaries are by week, Monday to Sunday). */
  readonly weeksFrom: LocalDate;
  readonly weeksTo: LocalDate;
  readonly method: StatisticalMethod;
  readonly academicYear: number;
  readonly figures: AttendanceFigures;
  readonly byPhase: readonly BreakdownRecord[];
  readonly byYearGroup: readonly BreakdownRecord[];
  readonly byCohort: readonly BreakdownRecord[];
  readonly bySchool: readonly SchoolBreakdownRecord[];
  readonly byWeek: readonly WeekRecord[];
  readonly national: NationalComparisonRecord | null;
  readonly excluded: DfeExclusionsRecord;
}

/** The cohorts LAs report (domain §17.3), each from the characteristics held on any day of the period. */
export const COHORTS: readonly { readonly key: string; readonly label: string; readonly characteristics: readonly string[] }[] = [
  { key: 'FSM', label: 'Free school meals', characteristics: ['FSM'] },
  { key: 'SEN_SUPPORT', label: 'SEN support', characteristics: ['SEN_SUPPORT'] },
  { key: 'EHCP', label: 'Education, health and care plan', characteristics: ['EHCP'] },
  { key: 'CIN_CP', label: 'Child in need or on a child protection plan', characteristics: ['CHILD_IN_NEED', 'CHILD_PROTECTION'] },
  { key: 'LOOKED_AFTER', label: 'Looked after', characteristics: ['LOOKED_AFTER'] },
  { key: 'PREVIOUSLY_LOOKED_AFTER', label: 'Previously looked after', characteristics: ['PREVIOUSLY_LOOKED_AFTER'] },
  { key: 'EARLY_HELP', label: 'Early help', characteristics: ['EARLY_HELP'] },
  { key: 'YOUNG_CARER', label: 'Young carer', characteristics: ['YOUNG_CARER'] },
  { key: 'YOUTH_JUSTICE', label: 'Youth Justice Service', characteristics: ['YOUTH_JUSTICE'] },
];

const PHASES: readonly { readonly key: string; readonly label: string }[] = [
  { key: 'NURSERY', label: 'Nursery' },
  { key: 'PRIMARY', label: 'Primary' },
  { key: 'SECONDARY', label: 'Secondary' },
  { key: 'ALL_THROUGH', label: 'All-through' },
  { key: 'SPECIAL', label: 'Special' },
  { key: 'ALTERNATIVE_PROVISION', label: 'Alternative provision' },
];

/** Dashboards cover at most a year, so their weeks fit one list. */
const MAX_DASHBOARD_DAYS = 366;

interface EnrolmentRow {
  enrolment_id: string;
  urn: number;
  school_name: string;
  phase: string;
  boarder: boolean;
  date_of_birth: string;
  nc_year: number | null;
  characteristics: string[];
  possible: number;
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  not_possible: number;
  s2_possible: number;
  s2_present: number;
  s2_aea: number;
  s2_authorised: number;
  s2_unauthorised: number;
  s2_not_possible: number;
}

interface WeekRow {
  week_start: string;
  possible: number;
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  not_possible: number;
}

/** Which schools a dashboard covers. */
interface Coverage {
  readonly laCode: string;
  readonly urn: number | null;
  readonly schoolName: string | null;
}

/**
 * Attendance dashboards for a school or a whole LA, read from `pupil_week_summary` (never the marks): the headline
 * measures, broken down by phase, year group, cohort, school and week, with the national comparison. Under the DfE
 * method only the national headline cohort counts (`countedUnder`).
 */
export class AttendanceDashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async schoolDashboard(scope: Scope, urn: number, request: DashboardRequest): Promise<DashboardRecord> {
    if (!Number.isInteger(urn) || urn < 100000 || urn > 999999) {
      throw new Refusal('INVALID_URN', `A URN is the school’s 6-digit Unique Reference Number (got ${urn}).`, { field: 'urn' });
    }
    const academicYear = checkRequest(request);
    return inTransaction(this.dataSource, scope, async (tx) => {
      const rows = (await tx.query(`SELECT la_code, name FROM school WHERE urn = $1`, [urn])) as { la_code: string; name: string }[];
      if (rows.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { field: 'urn' });
      const school = { laCode: rows[0].la_code, urn, schoolName: rows[0].name };
      const mine =
        scope.role === 'SYSTEM' ||
        ((scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') && scope.laCode === school.laCode) ||
        (scope.role === 'SCHOOL_STAFF' && scope.laCode === school.laCode && (scope.urns ?? []).includes(urn));
      if (!mine) {
        throw new Refusal(
          'NOT_PERMITTED',
          scope.role === 'SCHOOL_STAFF'
            ? `You can see your own school’s dashboard only (URN ${(scope.urns ?? []).join(', ')}), not school ${urn}’s.`
            : `Only school ${urn}’s staff and LA ${school.laCode}’s officers can see its dashboard.`,
          { field: 'urn' },
        );
      }
      return dashboard(tx, school, request, academicYear);
    });
  }

  async laDashboard(scope: Scope, request: DashboardRequest): Promise<DashboardRecord> {
    const academicYear = checkRequest(request);
    if ((scope.role !== 'LA_OFFICER' && scope.role !== 'LA_ADMIN') || !scope.laCode) {
      throw new Refusal('NOT_PERMITTED', 'The LA dashboard is for the LA’s attendance team: use schoolDashboard for a school.');
    }
    const laCode = scope.laCode;
    return inTransaction(this.dataSource, scope, (tx) => dashboard(tx, { laCode, urn: null, schoolName: null }, request, academicYear));
  }
}

function checkRequest(request: DashboardRequest): number {
  checkPeriod(request.from, request.to, MAX_DASHBOARD_DAYS);
  if (request.method === 'DFE') {
    const year = academicYearOfPeriod(request.from, request.to);
    if (year === undefined) {
      throw new Refusal(
        'PERIOD_SPANS_ACADEMIC_YEARS',
        `DfE figures are for one academic year (1 September to 31 August): ${request.from} and ${request.to} are in different years.`,
        { field: 'to' },
      );
    }
    return year;
  }
  return academicYearOf(request.to);
}

async function dashboard(tx: EntityManager, coverage: Coverage, request: DashboardRequest, academicYear: number): Promise<DashboardRecord> {
  const weeksFrom = weekStart(request.from);
  const weeksTo = weekStart(request.to);
  const typicalSummer2 = termDatesFor(academicYear).halfTerms.find((h) => h.name === 'SUMMER_2');
  const schools = coverage.urn === null ? `s.urn IN (SELECT urn FROM school WHERE la_code = $1)` : `s.urn = $7`;
  const params: unknown[] = [coverage.laCode, weeksFrom, weeksTo, academicYear, typicalSummer2?.start ?? null, typicalSummer2?.end ?? null];
  if (coverage.urn !== null) params.push(coverage.urn);
  const summer2 = `s.week_start BETWEEN (coalesce(h.starts_on, $5::date) - (extract(isodow FROM coalesce(h.starts_on, $5::date))::int - 1))
                     AND coalesce(h.ends_on, $6::date)`;
  const rows = (await tx.query(
    `WITH totals AS (
       SELECT s.enrolment_id, s.urn,
              sum(s.possible)::int AS possible, sum(s.present)::int AS present, sum(s.approved_educational_activity)::int AS aea,
              sum(s.authorised)::int AS authorised, sum(s.unauthorised)::int AS unauthorised, sum(s.not_possible)::int AS not_possible,
              coalesce(sum(s.possible) FILTER (WHERE ${summer2}), 0)::int AS s2_possible,
              coalesce(sum(s.present) FILTER (WHERE ${summer2}), 0)::int AS s2_present,
              coalesce(sum(s.approved_educational_activity) FILTER (WHERE ${summer2}), 0)::int AS s2_aea,
              coalesce(sum(s.authorised) FILTER (WHERE ${summer2}), 0)::int AS s2_authorised,
              coalesce(sum(s.unauthorised) FILTER (WHERE ${summer2}), 0)::int AS s2_unauthorised,
              coalesce(sum(s.not_possible) FILTER (WHERE ${summer2}), 0)::int AS s2_not_possible
         FROM pupil_week_summary s
         LEFT JOIN school_half_term h ON h.urn = s.urn AND h.academic_year = $4 AND h.name = 'SUMMER_2'
        WHERE ${schools} AND s.la_code = $1 AND s.week_start BETWEEN $2::date AND $3::date
        GROUP BY s.enrolment_id, s.urn
     )
     SELECT t.enrolment_id::text AS enrolment_id, t.urn, t.possible, t.present, t.aea, t.authorised, t.unauthorised, t.not_possible,
            t.s2_possible, t.s2_present, t.s2_aea, t.s2_authorised, t.s2_unauthorised, t.s2_not_possible, sc.name AS school_name, sc.phase, e.boarder,
            to_char(p.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, p.nc_year,
            ARRAY(SELECT DISTINCT c.characteristic FROM pupil_characteristic c
                   WHERE c.la_code = e.la_code AND c.pupil_id = e.pupil_id
                     AND c.starts_on <= $3::date + 6 AND (c.ends_on IS NULL OR c.ends_on >= $2::date)) AS characteristics
       FROM totals t
       JOIN enrolment e ON e.la_code = $1 AND e.id = t.enrolment_id
       JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
       JOIN school sc ON sc.urn = t.urn`,
    params,
  )) as EnrolmentRow[];

  const all = new FiguresTally();
  const byPhase = new Map<string, FiguresTally>();
  const byYear = new Map<string, FiguresTally>();
  const byCohort = new Map<string, FiguresTally>(COHORTS.map((c) => [c.key, new FiguresTally()]));
  const bySchool = new Map<number, { name: string; phase: string; tally: FiguresTally }>();
  const excluded = { boarders: 0, agedUnder4: 0, aged4: 0, agedOver15: 0, summer2Dropped: 0 };
  const counted: string[] = [];
  const summer2Dropped: string[] = [];
  const tallyOf = <K>(map: Map<K, FiguresTally>, key: K) => {
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = new FiguresTally()));
    return tally;
  };
  for (const row of rows) {
    const result = countedUnder(request.method, academicYear, {
      dateOfBirth: row.date_of_birth,
      boarder: row.boarder,
      all: countsOf(row, ''),
      summer2: countsOf(row, 's2_'),
    });
    if (!result.included) {
      noteExclusion(excluded, result.exclusion);
      continue;
    }
    if (result.counts.possible <= 0) continue;
    counted.push(row.enrolment_id);
    if (result.summer2Dropped) {
      summer2Dropped.push(row.enrolment_id);
      excluded.summer2Dropped += 1;
    }
    all.add(result.counts);
    tallyOf(byPhase, row.phase).add(result.counts);
    tallyOf(byYear, row.nc_year === null ? 'UNKNOWN' : String(row.nc_year)).add(result.counts);
    for (const cohort of COHORTS) {
      if (cohort.characteristics.some((c) => row.characteristics.includes(c))) byCohort.get(cohort.key)?.add(result.counts);
    }
    let school = bySchool.get(row.urn);
    if (!school) bySchool.set(row.urn, (school = { name: row.school_name, phase: row.phase, tally: new FiguresTally() }));
    school.tally.add(result.counts);
  }

  const weeks = (await tx.query(
    `SELECT to_char(s.week_start, 'YYYY-MM-DD') AS week_start, sum(s.possible)::int AS possible, sum(s.present)::int AS present,
            sum(s.approved_educational_activity)::int AS aea, sum(s.authorised)::int AS authorised,
            sum(s.unauthorised)::int AS unauthorised, sum(s.not_possible)::int AS not_possible
       FROM pupil_week_summary s
       LEFT JOIN school_half_term h ON h.urn = s.urn AND h.academic_year = $4 AND h.name = 'SUMMER_2'
      WHERE ${schools} AND s.la_code = $1 AND s.week_start BETWEEN $2::date AND $3::date
        AND s.enrolment_id = ANY($${params.length + 1}::bigint[])
        AND NOT (s.enrolment_id = ANY($${params.length + 2}::bigint[]) AND ${summer2})
      GROUP BY s.week_start ORDER BY s.week_start`,
    [...params, counted, summer2Dropped],
  )) as WeekRow[];

  const figures = all.figures();
  const gap = (f: AttendanceFigures) =>
    f.overallAbsenceRate === null || figures.overallAbsenceRate === null ? null : f.overallAbsenceRate - figures.overallAbsenceRate;
  const row = (key: string, label: string, tally: FiguresTally | undefined): BreakdownRecord => {
    const f = (tally ?? new FiguresTally()).figures();
    return { key, label, figures: f, absenceGapToAll: gap(f) };
  };
  return {
    laCode: coverage.laCode,
    urn: coverage.urn,
    schoolName: coverage.schoolName,
    from: request.from,
    to: request.to,
    weeksFrom,
    weeksTo: addDays(weeksTo, 6),
    method: request.method,
    academicYear,
    figures,
    byPhase: PHASES.filter((p) => byPhase.has(p.key)).map((p) => row(p.key, p.label, byPhase.get(p.key))),
    byYearGroup: [...byYear.keys()].sort(byYearGroupOrder).map((k) => row(k, yearGroupLabel(k), byYear.get(k))),
    byCohort: COHORTS.map((c) => row(c.key, c.label, byCohort.get(c.key))),
    bySchool: [...bySchool]
      .sort(([a], [b]) => a - b)
      .map(([urn, s]) => ({ ...row(String(urn), s.name, s.tally), urn, phase: s.phase })),
    byWeek: weeks.map((w) => {
      const tally = new FiguresTally();
      tally.addSessions({ possible: w.possible, present: w.present, approvedEducationalActivity: w.aea, authorised: w.authorised, unauthorised: w.unauthorised, notPossible: w.not_possible });
      return { weekStart: w.week_start, figures: tally.figures() };
    }),
    national: nationalComparison(figures, academicYear),
    excluded,
  };
}

function countsOf(row: EnrolmentRow, prefix: '' | 's2_'): EnrolmentCounts {
  const r = row as unknown as Record<string, number>;
  return {
    possible: r[`${prefix}possible`],
    present: r[`${prefix}present`],
    approvedEducationalActivity: r[`${prefix}aea`],
    authorised: r[`${prefix}authorised`],
    unauthorised: r[`${prefix}unauthorised`],
    notPossible: r[`${prefix}not_possible`],
  };
}

function noteExclusion(excluded: { boarders: number; agedUnder4: number; aged4: number; agedOver15: number }, why: DfeExclusion): void {
  if (why === 'BOARDER') excluded.boarders += 1;
  else if (why === 'AGED_UNDER_4') excluded.agedUnder4 += 1;
  else if (why === 'AGED_4') excluded.aged4 += 1;
  else excluded.agedOver15 += 1;
}

function byYearGroupOrder(a: string, b: string): number {
  if (a === 'UNKNOWN') return 1;
  if (b === 'UNKNOWN') return -1;
  return Number(a) - Number(b);
}

function yearGroupLabel(key: string): string {
  if (key === 'UNKNOWN') return 'Year group not recorded';
  const year = Number(key);
  if (year === -2) return 'Nursery 1';
  if (year === -1) return 'Nursery 2';
  if (year === 0) return 'Reception';
  return `Year ${year}`;
}

// domain §17.3: measures compared with the national figures for the year (or the latest published before it)
function nationalComparison(figures: AttendanceFigures, academicYear: number): NationalComparisonRecord | null {
  const benchmark = [...NATIONAL_ABSENCE_FIGURES].filter((b) => b.academicYear <= academicYear).sort((a, b) => b.academicYear - a.academicYear)[0];
  if (!benchmark) return null;
  const local: DfeHeadlineFigures = {
    enrolments: figures.enrolments,
    possibleSessions: figures.possibleSessions,
    authorisedAbsenceSessions: figures.authorisedAbsenceSessions,
    unauthorisedAbsenceSessions: figures.unauthorisedAbsenceSessions,
    overallAbsenceSessions: figures.overallAbsenceSessions,
    overallAbsenceRate: figures.overallAbsenceRate,
    authorisedAbsenceRate: figures.authorisedAbsenceRate,
    unauthorisedAbsenceRate: figures.unauthorisedAbsenceRate,
    persistentAbsentees: figures.persistentlyAbsent,
    persistentAbsenceRate: figures.persistentAbsenceRate,
    severeAbsentees: figures.severelyAbsent,
    severeAbsenceRate: figures.severeAbsenceRate,
  };
  const comparison = compareWithNational(local, benchmark.academicYear);
  if (!comparison) return null;
  return { ...comparison.national, sameYear: benchmark.academicYear === academicYear, differences: comparison.differences };
}
