import { Refusal, Scope, inTransaction } from '@rollcall/api-core';
import { AbsenceBenchmark, DfeHeadlineFigures, LocalDate, NATIONAL_ABSENCE_FIGURES, academicYearOf, addDays, compareWithNational, weekStart } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { AttendanceFigures, FiguresTally } from './attendance-figures';
import { dashboardFromWeeks } from './dashboard-from-weeks';
import { dashboardFromYearSummaries, yearSummariesCoverPeriod } from './dashboard-from-year-summaries';
import { COHORTS, Coverage, DashboardQuery, DfeExclusionsRecord, PHASES, UNKNOWN_YEAR_GROUP } from './dashboard-tally';
import { checkPeriod } from './pupil-attendance.service';
import { StatisticalMethod, academicYearOfPeriod } from './statistical-method';

export { COHORTS } from './dashboard-tally';
export type { DfeExclusionsRecord } from './dashboard-tally';

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

/** Dashboards cover at most a year, so their weeks fit one list. */
const MAX_DASHBOARD_DAYS = 366;

/**
 * Where dashboards are read from: the year summaries for the year to date or the whole year and the week summaries
 * otherwise (AUTO, the product), or the week summaries always (WEEKS, the reference the tests compare with).
 */
export type DashboardSource = 'AUTO' | 'WEEKS';

/**
 * Attendance dashboards for a school or a whole LA, read from the summaries (never the marks): the headline measures,
 * broken down by phase, year group, cohort, school and week, with the national comparison. Under the DfE method only
 * the national headline cohort counts (the rules library's `dfeCountedTotals`). The year to date and the whole year,
 * the usual requests, are read from `pupil_year_summary` (one row per enrolment); any other period from
 * `pupil_week_summary` (docs/0005-marks-at-scale.md).
 */
export class AttendanceDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly source: DashboardSource = 'AUTO',
  ) {}

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
      return dashboard(tx, school, request, academicYear, this.source);
    });
  }

  async laDashboard(scope: Scope, request: DashboardRequest): Promise<DashboardRecord> {
    const academicYear = checkRequest(request);
    if ((scope.role !== 'LA_OFFICER' && scope.role !== 'LA_ADMIN') || !scope.laCode) {
      throw new Refusal('NOT_PERMITTED', 'The LA dashboard is for the LA’s attendance team: use schoolDashboard for a school.');
    }
    const laCode = scope.laCode;
    return inTransaction(this.dataSource, scope, (tx) => dashboard(tx, { laCode, urn: null, schoolName: null }, request, academicYear, this.source));
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

async function dashboard(tx: EntityManager, coverage: Coverage, request: DashboardRequest, academicYear: number, source: DashboardSource): Promise<DashboardRecord> {
  const weeksFrom = weekStart(request.from);
  const weeksTo = weekStart(request.to);
  const query: DashboardQuery = { coverage, method: request.method, academicYear, weeksFrom, weeksTo };
  const fromYearSummaries = source === 'AUTO' && (await yearSummariesCoverPeriod(tx, query));
  const tally = fromYearSummaries ? await dashboardFromYearSummaries(tx, query) : await dashboardFromWeeks(tx, query);

  const figures = tally.all.figures();
  const gap = (f: AttendanceFigures) =>
    f.overallAbsenceRate === null || figures.overallAbsenceRate === null ? null : f.overallAbsenceRate - figures.overallAbsenceRate;
  const row = (key: string, label: string, group: FiguresTally | undefined): BreakdownRecord => {
    const f = (group ?? new FiguresTally()).figures();
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
    byPhase: PHASES.filter((p) => tally.byPhase.has(p.key)).map((p) => row(p.key, p.label, tally.byPhase.get(p.key))),
    byYearGroup: [...tally.byYearGroup.keys()].sort(byYearGroupOrder).map((k) => row(k, yearGroupLabel(k), tally.byYearGroup.get(k))),
    byCohort: COHORTS.map((c) => row(c.key, c.label, tally.byCohort.get(c.key))),
    bySchool: [...tally.bySchool]
      .sort(([a], [b]) => a - b)
      .map(([urn, s]) => ({ ...row(String(urn), s.name, s.tally), urn, phase: s.phase })),
    byWeek: tally.byWeek.map((w) => ({ weekStart: w.weekStart, figures: w.tally.figures() })),
    national: nationalComparison(figures, academicYear),
    excluded: tally.excluded,
  };
}

function byYearGroupOrder(a: string, b: string): number {
  if (a === UNKNOWN_YEAR_GROUP) return 1;
  if (b === UNKNOWN_YEAR_GROUP) return -1;
  return Number(a) - Number(b);
}

function yearGroupLabel(key: string): string {
  if (key === UNKNOWN_YEAR_GROUP) return 'Year group not recorded';
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
