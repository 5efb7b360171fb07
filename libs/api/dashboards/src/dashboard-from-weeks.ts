import { SqlParams } from '@rollcall/api-core';
import { EntityManager } from 'typeorm';
import { EnrolmentCounts, FiguresTally, SessionTotalsRow, enrolmentCountsOf } from './attendance-figures';
import {
  COHORTS,
  DashboardQuery,
  DashboardTally,
  UNKNOWN_YEAR_GROUP,
  coveredSchoolsSql,
  exclusionsOf,
  summer2WeekSql,
  tallyIn,
  typicalSummer2,
} from './dashboard-tally';
import { DashboardTreatment, countedUnder } from './statistical-method';

interface EnrolmentRow extends SessionTotalsRow {
  enrolment_id: string;
  urn: number;
  school_name: string;
  phase: string;
  boarder: boolean;
  date_of_birth: string;
  nc_year: number | null;
  characteristics: string[];
  s2_possible: number;
  s2_present: number;
  s2_aea: number;
  s2_authorised: number;
  s2_unauthorised: number;
  s2_not_possible: number;
}

interface WeekRow extends SessionTotalsRow {
  week_start: string;
}

/**
 * A dashboard for any period, from the week summaries: each enrolment's totals over the weeks (and over its school's
 * summer 2 weeks) summed in SQL, then judged one by one here (`countedUnder`, the rules library's DfE method), and the
 * weeks summed in SQL over the enrolments counted. Exact for every period, but it reads one row per pupil per week.
 */
export async function dashboardFromWeeks(tx: EntityManager, query: DashboardQuery): Promise<DashboardTally> {
  const { coverage, method, academicYear, weeksFrom, weeksTo } = query;
  const summer2 = typicalSummer2(academicYear);
  const sql = new SqlParams();
  const la = sql.add(coverage.laCode);
  const from = sql.add(weeksFrom);
  const to = sql.add(weeksTo);
  const year = sql.add(academicYear);
  const typical = { start: sql.add(summer2?.start ?? null), end: sql.add(summer2?.end ?? null) };
  const schools = coveredSchoolsSql('s.urn', coverage, la, coverage.urn === null ? null : sql.add(coverage.urn));
  const inSummer2 = summer2WeekSql('s.week_start', 'h', typical);
  const s2 = (column: string, as: string) => `coalesce(sum(s.${column}) FILTER (WHERE ${inSummer2}), 0)::int AS s2_${as}`;
  const rows = (await tx.query(
    `WITH totals AS (
       SELECT s.enrolment_id, s.urn,
              sum(s.possible)::int AS possible, sum(s.present)::int AS present, sum(s.approved_educational_activity)::int AS aea,
              sum(s.authorised)::int AS authorised, sum(s.unauthorised)::int AS unauthorised, sum(s.not_possible)::int AS not_possible,
              ${s2('possible', 'possible')}, ${s2('present', 'present')}, ${s2('approved_educational_activity', 'aea')},
              ${s2('authorised', 'authorised')}, ${s2('unauthorised', 'unauthorised')}, ${s2('not_possible', 'not_possible')}
         FROM pupil_week_summary s
         LEFT JOIN school_half_term h ON h.urn = s.urn AND h.academic_year = ${year} AND h.name = 'SUMMER_2'
        WHERE ${schools} AND s.la_code = ${la} AND s.week_start BETWEEN ${from}::date AND ${to}::date
        GROUP BY s.enrolment_id, s.urn
     )
     SELECT t.enrolment_id::text AS enrolment_id, t.urn, t.possible, t.present, t.aea, t.authorised, t.unauthorised, t.not_possible,
            t.s2_possible, t.s2_present, t.s2_aea, t.s2_authorised, t.s2_unauthorised, t.s2_not_possible, sc.name AS school_name, sc.phase, e.boarder,
            to_char(p.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, p.nc_year,
            ARRAY(SELECT DISTINCT c.characteristic FROM pupil_characteristic c
                   WHERE c.la_code = e.la_code AND c.pupil_id = e.pupil_id
                     AND c.starts_on <= ${to}::date + 6 AND (c.ends_on IS NULL OR c.ends_on >= ${from}::date)) AS characteristics
       FROM totals t
       JOIN enrolment e ON e.la_code = ${la} AND e.id = t.enrolment_id
       JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
       JOIN school sc ON sc.urn = t.urn`,
    sql.values,
  )) as EnrolmentRow[];

  const tally: Omit<DashboardTally, 'byWeek' | 'excluded'> = {
    all: new FiguresTally(),
    byPhase: new Map(),
    byYearGroup: new Map(),
    byCohort: new Map(COHORTS.map((c) => [c.key, new FiguresTally()])),
    bySchool: new Map(),
  };
  const treated = new Map<DashboardTreatment, number>();
  const counted: string[] = [];
  const summer2Dropped: string[] = [];
  for (const row of rows) {
    const result = countedUnder(method, academicYear, {
      dateOfBirth: row.date_of_birth,
      boarder: row.boarder,
      all: countsOf(row, ''),
      summer2: countsOf(row, 's2_'),
    });
    if (result.counts === null) {
      treated.set(result.treatment, (treated.get(result.treatment) ?? 0) + 1);
      continue;
    }
    counted.push(row.enrolment_id);
    if (result.treatment === 'COUNTED_SUMMER_2_DROPPED') {
      summer2Dropped.push(row.enrolment_id);
      treated.set(result.treatment, (treated.get(result.treatment) ?? 0) + 1);
    }
    tally.all.add(result.counts);
    tallyIn(tally.byPhase, row.phase).add(result.counts);
    tallyIn(tally.byYearGroup, row.nc_year === null ? UNKNOWN_YEAR_GROUP : String(row.nc_year)).add(result.counts);
    for (const cohort of COHORTS) {
      if (cohort.characteristics.some((c) => row.characteristics.includes(c))) tally.byCohort.get(cohort.key)?.add(result.counts);
    }
    let school = tally.bySchool.get(row.urn);
    if (!school) tally.bySchool.set(row.urn, (school = { name: row.school_name, phase: row.phase, tally: new FiguresTally() }));
    school.tally.add(result.counts);
  }

  const countedParam = sql.add(counted);
  const droppedParam = sql.add(summer2Dropped);
  const weeks = (await tx.query(
    `SELECT to_char(s.week_start, 'YYYY-MM-DD') AS week_start, sum(s.possible)::int AS possible, sum(s.present)::int AS present,
            sum(s.approved_educational_activity)::int AS aea, sum(s.authorised)::int AS authorised,
            sum(s.unauthorised)::int AS unauthorised, sum(s.not_possible)::int AS not_possible
       FROM pupil_week_summary s
       LEFT JOIN school_half_term h ON h.urn = s.urn AND h.academic_year = ${year} AND h.name = 'SUMMER_2'
      WHERE ${schools} AND s.la_code = ${la} AND s.week_start BETWEEN ${from}::date AND ${to}::date
        AND s.enrolment_id = ANY(${countedParam}::bigint[])
        AND NOT (s.enrolment_id = ANY(${droppedParam}::bigint[]) AND ${inSummer2})
      GROUP BY s.week_start ORDER BY s.week_start`,
    sql.values,
  )) as WeekRow[];

  return {
    ...tally,
    byWeek: weeks.map((w) => {
      const week = new FiguresTally();
      week.addSessions(enrolmentCountsOf(w));
      return { weekStart: w.week_start, tally: week };
    }),
    excluded: exclusionsOf((treatment) => treated.get(treatment) ?? 0),
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
