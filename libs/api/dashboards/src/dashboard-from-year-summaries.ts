import { SqlParams } from '@rollcall/api-core';
import { DEFAULT_ABSENCE_THRESHOLDS, LocalDate, addDays, dfeCohortTable, weekStart } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { FiguresTally } from './attendance-figures';
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
import { DashboardTreatment, treatmentOf } from './statistical-method';

/** The Mondays of an academic year's weeks as `pupil_year_summary` counts them: a week counts in the year its Sunday is in. */
export function yearSummaryWeeks(academicYear: number): WeekRange {
  return { first: weekStart(`${academicYear}-09-01`), last: addDays(weekStart(`${academicYear + 1}-09-01`), -7) };
}

/** Weeks from the Monday `first` to the Monday `last`. */
export interface WeekRange {
  readonly first: LocalDate;
  readonly last: LocalDate;
}

/** The weeks in one of two ranges and not in the other, as at most two ranges. */
export function weeksInOneOnly(a: WeekRange, b: WeekRange): WeekRange[] {
  const minus = (x: WeekRange, y: WeekRange) => {
    const parts: WeekRange[] = [];
    if (x.first < y.first) parts.push({ first: x.first, last: x.last < y.first ? x.last : addDays(y.first, -7) });
    if (x.last > y.last) parts.push({ first: x.first > y.last ? x.first : addDays(y.last, 7), last: x.last });
    return parts;
  };
  return [...minus(a, b), ...minus(b, a)];
}

/**
 * Whether the period is the academic year to date (or the whole year) and the week summaries it reads are exactly those
 * the year summaries of `academicYear` add up: it starts by the year's first week, no week of the year with a summary
 * falls after it, and no week in it with a summary falls outside the year. So the year to date (before any later week
 * has marks) and the whole year qualify; an autumn term does not. One index probe per school, on (urn, week_start).
 */
export async function yearSummariesCoverPeriod(tx: EntityManager, query: DashboardQuery): Promise<boolean> {
  const { coverage, academicYear, weeksFrom, weeksTo } = query;
  const year = yearSummaryWeeks(academicYear);
  if (weeksFrom > year.first) return false;
  const outside = weeksInOneOnly({ first: weeksFrom, last: weeksTo }, year);
  if (outside.length === 0) return true;
  const sql = new SqlParams();
  const la = sql.add(coverage.laCode);
  const weeks = outside.map((r) => `s.week_start BETWEEN ${sql.add(r.first)}::date AND ${sql.add(r.last)}::date`).join(' OR ');
  const schools = coverage.urn === null ? `sc.la_code = ${la}` : `sc.urn = ${sql.add(coverage.urn)}`;
  const [row] = (await tx.query(
    `SELECT EXISTS (
       SELECT 1 FROM school sc
        CROSS JOIN LATERAL (SELECT 1 FROM pupil_week_summary s WHERE s.urn = sc.urn AND s.la_code = ${la} AND (${weeks}) LIMIT 1) w
        WHERE ${schools}) AS outside`,
    sql.values,
  )) as { outside: boolean }[];
  return !row.outside;
}

interface SchoolRow {
  urn: number;
  name: string;
  phase: string;
}

interface GroupRow {
  /** SUMMER_2_WEEK: a week's summaries of the enrolments counted without summer 2 that fall in their summer 2. */
  part: 'SCHOOL' | 'YEAR' | 'COHORT' | 'TREATMENT' | 'SUMMER_2_WEEK';
  /** The school, year group, cohort, treatment, or the week's Monday. */
  key: string;
  enrolments: number;
  possible: number;
  attended: number;
  authorised: number;
  unauthorised: number;
  persistent: number;
  severe: number;
  /** For a treatment: its enrolments not counted. */
  not_counted: string[] | null;
}

/** The dashboard's treatment of every enrolment, as SQL on `boarder` and `born` columns, from the rules library's table. */
// domain §4 cohort rules: the DfE cohorts by date of birth and boarding, as `dfeCohortTable` gives them (no second copy of the age rule)
function treatmentSql(query: DashboardQuery, sql: SqlParams, boarder: string, born: string): string {
  if (query.method === 'ROLLCALL') return `'COUNTED'`;
  const table = dfeCohortTable(query.academicYear);
  const bands = table.byDateOfBirth.map((band) =>
    band.bornTo === null ? `ELSE ${sql.add(treatmentOf(band.cohort))}` : `WHEN ${born} <= ${sql.add(band.bornTo)}::date THEN ${sql.add(treatmentOf(band.cohort))}`,
  );
  return `CASE WHEN ${boarder} THEN ${sql.add(treatmentOf(table.boarders))} ${bands.join(' ')} END`;
}

/**
 * A dashboard from the per-enrolment year summaries, for a period `yearSummariesCoverPeriod` accepts: one statement
 * reads one row per enrolment, takes the summer 2 weeks off pupils aged 15 under the DfE method (from the week
 * summaries of only those pupils and weeks), judges each enrolment (persistent and severe absence, as `absenceAtLeast`
 * does) and adds the groups up; then the weeks come from the school week totals, less the enrolments left out. The
 * same figures as `dashboardFromWeeks` (the integration test compares the two).
 */
export async function dashboardFromYearSummaries(tx: EntityManager, query: DashboardQuery): Promise<DashboardTally> {
  const { coverage, academicYear, weeksFrom, weeksTo } = query;
  const summer2 = typicalSummer2(academicYear);
  const sql = new SqlParams();
  const la = sql.add(coverage.laCode);
  const from = sql.add(weeksFrom);
  const to = sql.add(weeksTo);
  const year = sql.add(academicYear);
  const typical = { start: sql.add(summer2?.start ?? null), end: sql.add(summer2?.end ?? null) };
  const urn = coverage.urn === null ? null : sql.add(coverage.urn);
  const schools = (column: string) => coveredSchoolsSql(column, coverage, la, urn);
  const thresholds = { persistent: sql.add(DEFAULT_ABSENCE_THRESHOLDS.persistentAbsencePercent), severe: sql.add(DEFAULT_ABSENCE_THRESHOLDS.severeAbsencePercent) };
  const cohorts = COHORTS.flatMap((c) => c.characteristics.map((characteristic) => ({ key: c.key, characteristic })));
  const cohortKeys = sql.add(cohorts.map((c) => c.key));
  const cohortCharacteristics = sql.add(cohorts.map((c) => c.characteristic));
  const treatment = treatmentSql(query, sql, 'e.boarder', 'p.date_of_birth');
  const dropped: DashboardTreatment = 'COUNTED_SUMMER_2_DROPPED';
  // An enrolment whose own record or pupil the caller cannot see: left out altogether, as the week summaries' reading does.
  const hidden = 'HIDDEN';
  const countedTreatments = `('COUNTED', '${dropped}')`;
  // domain §4 and §14; DfE absence methodology: PA and SA per enrolment on its own possible sessions, as `absenceAtLeast`
  // (absence × 100 ≥ percent × possible, exactly; the DfE method's enrolments without a possible session not counted)
  const absent = `(c.authorised + c.unauthorised)`;
  const measure = (percent: string) => `c.possible > 0 AND ${absent}::float8 * 100 >= ${percent}::float8 * c.possible::float8`;
  const groupColumns = `count(*)::int AS enrolments, sum(m.possible)::int AS possible, sum(m.present + m.aea)::int AS attended,
         sum(m.authorised)::int AS authorised, sum(m.unauthorised)::int AS unauthorised,
         count(*) FILTER (WHERE m.persistent)::int AS persistent, count(*) FILTER (WHERE m.severe)::int AS severe`;
  const rows = (await tx.query(
    `WITH enrolments AS (
       SELECT y.enrolment_id, y.urn, e.pupil_id, p.nc_year,
              CASE WHEN p.id IS NULL THEN '${hidden}' ELSE ${treatment} END AS treatment,
              y.present, y.approved_educational_activity AS aea, y.authorised, y.unauthorised
         FROM pupil_year_summary y
         LEFT JOIN enrolment e ON e.la_code = ${la} AND e.id = y.enrolment_id
         LEFT JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
        WHERE y.la_code = ${la} AND y.academic_year = ${year} AND ${schools('y.urn')}
     ),
     summer2_weeks AS (
       SELECT min(coalesce(h.starts_on, ${typical.start}::date)) - 6 AS first_week, max(coalesce(h.ends_on, ${typical.end}::date)) AS last_week
         FROM school sc LEFT JOIN school_half_term h ON h.urn = sc.urn AND h.academic_year = ${year} AND h.name = 'SUMMER_2'
        WHERE ${schools('sc.urn')}
     ),
     summer2_rows AS MATERIALIZED (
       SELECT s.enrolment_id, s.week_start, s.possible, s.present, s.approved_educational_activity AS aea, s.authorised, s.unauthorised
         FROM enrolments en
         JOIN pupil_week_summary s ON s.la_code = ${la} AND s.enrolment_id = en.enrolment_id
         LEFT JOIN school_half_term h ON h.urn = s.urn AND h.academic_year = ${year} AND h.name = 'SUMMER_2'
        WHERE en.treatment = '${dropped}' AND ${schools('s.urn')}
          AND s.week_start BETWEEN ${from}::date AND ${to}::date
          AND s.week_start BETWEEN (SELECT first_week FROM summer2_weeks) AND (SELECT last_week FROM summer2_weeks)
          AND ${summer2WeekSql('s.week_start', 'h', typical)}
     ),
     summer2 AS (
       SELECT r.enrolment_id, sum(r.present)::int AS present, sum(r.aea)::int AS aea, sum(r.authorised)::int AS authorised,
              sum(r.unauthorised)::int AS unauthorised
         FROM summer2_rows r
        GROUP BY r.enrolment_id
     ),
     judged AS MATERIALIZED (
       SELECT c.*, c.treatment IN ${countedTreatments} AND c.possible > 0 AS counted,
              ${measure(thresholds.persistent)} AS persistent, ${measure(thresholds.severe)} AS severe
         FROM (SELECT k.*, k.present + k.aea + k.authorised + k.unauthorised AS possible
                 FROM (SELECT en.enrolment_id, en.urn, en.pupil_id, en.nc_year, en.treatment,
                              en.present - coalesce(s2.present, 0) AS present, en.aea - coalesce(s2.aea, 0) AS aea,
                              en.authorised - coalesce(s2.authorised, 0) AS authorised, en.unauthorised - coalesce(s2.unauthorised, 0) AS unauthorised
                         FROM enrolments en LEFT JOIN summer2 s2 ON s2.enrolment_id = en.enrolment_id) k) c
     ),
     cohort_members AS (
       SELECT DISTINCT k.cohort, c.pupil_id
         FROM pupil_characteristic c
         JOIN unnest(${cohortKeys}::text[], ${cohortCharacteristics}::text[]) AS k(cohort, characteristic) ON k.characteristic = c.characteristic
        WHERE c.la_code = ${la} AND c.starts_on <= ${to}::date + 6 AND (c.ends_on IS NULL OR c.ends_on >= ${from}::date)
     )
     -- By school (and so by phase, and in all, added up here) and by year group.
     SELECT CASE WHEN grouping(m.urn) = 0 THEN 'SCHOOL' ELSE 'YEAR' END AS part,
            CASE WHEN grouping(m.urn) = 0 THEN m.urn::text ELSE coalesce(m.nc_year::text, '${UNKNOWN_YEAR_GROUP}') END AS key,
            ${groupColumns}, NULL::bigint[] AS not_counted
       FROM judged m
      WHERE m.counted
      GROUP BY GROUPING SETS ((m.urn), (m.nc_year))
     UNION ALL
     SELECT 'COHORT', k.cohort, ${groupColumns}, NULL
       FROM judged m JOIN cohort_members k ON k.pupil_id = m.pupil_id
      WHERE m.counted
      GROUP BY k.cohort
     UNION ALL
     -- Enrolments left out are counted whatever their sessions; those counted without summer 2 only when counted at all.
     SELECT 'TREATMENT', m.treatment, count(*) FILTER (WHERE m.counted = (m.treatment IN ${countedTreatments}))::int, 0, 0, 0, 0, 0, 0,
            array_agg(m.enrolment_id) FILTER (WHERE NOT m.counted)
       FROM judged m
      GROUP BY m.treatment
     UNION ALL
     -- The summer 2 weeks taken off the enrolments counted without them, week by week, for the week breakdown.
     SELECT 'SUMMER_2_WEEK', to_char(r.week_start, 'YYYY-MM-DD'), count(*)::int, sum(r.possible)::int, sum(r.present + r.aea)::int,
            sum(r.authorised)::int, sum(r.unauthorised)::int, 0, 0, NULL
       FROM summer2_rows r JOIN judged m ON m.enrolment_id = r.enrolment_id
      WHERE m.counted
      GROUP BY r.week_start`,
    sql.values,
  )) as GroupRow[];
  const notCounted = rows.filter((r) => r.part === 'TREATMENT').flatMap((r) => r.not_counted ?? []);
  const byWeek = await weeksFromSummaries(tx, query, notCounted, rows.filter((r) => r.part === 'SUMMER_2_WEEK'));
  const urns = rows.filter((r) => r.part === 'SCHOOL').map((r) => Number(r.key));
  const schoolRows = (await tx.query(`SELECT urn, name, phase FROM school WHERE urn = ANY($1::int[])`, [urns])) as SchoolRow[];
  return { ...tallyOfRows(rows.filter((r) => r.part !== 'SUMMER_2_WEEK'), new Map(schoolRows.map((school) => [school.urn, school]))), byWeek };
}

/**
 * The week breakdown over the enrolments counted, from the school week totals (`school_week_summary`: each school's week
 * summaries added up, one row per school per week) less the week summaries of the (usually few) enrolments not counted,
 * read by enrolment, and less `summer2Weeks`, the summer 2 weeks of pupils aged 15 counted without them under the DfE
 * method (which the dashboard's statement has read already). A week whose every summary is taken off is no week of
 * the breakdown, as when the counted summaries are summed (`enrolments` counts them).
 *
 * The totals name no child, and their policies show the LA's officers every school of their tenant and a school's staff
 * their own school: the scopes a dashboard is for, which see every week summary of those schools, so the totals are
 * exactly what those week summaries add up to.
 */
async function weeksFromSummaries(
  tx: EntityManager,
  query: DashboardQuery,
  notCounted: readonly string[],
  summer2Weeks: readonly GroupRow[],
): Promise<{ weekStart: LocalDate; tally: FiguresTally }[]> {
  const { coverage, weeksFrom, weeksTo } = query;
  const sql = new SqlParams();
  const la = sql.add(coverage.laCode);
  const urn = coverage.urn === null ? null : sql.add(coverage.urn);
  const from = sql.add(weeksFrom);
  const to = sql.add(weeksTo);
  const inPeriod = (t: string) => `${t}.la_code = ${la} AND ${coveredSchoolsSql(`${t}.urn`, coverage, la, urn)} AND ${t}.week_start BETWEEN ${from}::date AND ${to}::date`;
  const leftOut =
    notCounted.length === 0
      ? `SELECT NULL::date AS week_start, 0 AS possible, 0 AS attended, 0 AS authorised, 0 AS unauthorised WHERE false`
      : `SELECT s.week_start, s.possible, s.present + s.approved_educational_activity AS attended, s.authorised, s.unauthorised
           FROM pupil_week_summary s WHERE s.enrolment_id = ANY(${sql.add(notCounted)}::bigint[]) AND ${inPeriod('s')}`;
  const weeks = (await tx.query(
    `WITH totals AS (
       SELECT w.week_start, sum(w.enrolments) AS enrolments, sum(w.possible) AS possible,
              sum(w.present + w.approved_educational_activity) AS attended, sum(w.authorised) AS authorised, sum(w.unauthorised) AS unauthorised
         FROM school_week_summary w
        WHERE ${inPeriod('w')}
        GROUP BY w.week_start
     ),
     left_out AS (
       SELECT l.week_start, count(*) AS enrolments, sum(l.possible) AS possible, sum(l.attended) AS attended,
              sum(l.authorised) AS authorised, sum(l.unauthorised) AS unauthorised
         FROM (${leftOut}) l
        GROUP BY l.week_start
     )
     SELECT to_char(t.week_start, 'YYYY-MM-DD') AS key, (t.enrolments - coalesce(l.enrolments, 0))::int AS enrolments,
            (t.possible - coalesce(l.possible, 0))::int AS possible, (t.attended - coalesce(l.attended, 0))::int AS attended,
            (t.authorised - coalesce(l.authorised, 0))::int AS authorised, (t.unauthorised - coalesce(l.unauthorised, 0))::int AS unauthorised
       FROM totals t LEFT JOIN left_out l ON l.week_start = t.week_start
      ORDER BY t.week_start`,
    sql.values,
  )) as Pick<GroupRow, 'key' | 'enrolments' | 'possible' | 'attended' | 'authorised' | 'unauthorised'>[];
  const summer2 = new Map(summer2Weeks.map((w) => [w.key, w]));
  return weeks.flatMap((w) => {
    const off = summer2.get(w.key);
    const less = (n: number, m: number | undefined) => n - (m ?? 0);
    if (less(w.enrolments, off?.enrolments) <= 0) return [];
    const tally = new FiguresTally();
    tally.addGroup({
      enrolments: 0,
      possible: less(w.possible, off?.possible),
      attended: less(w.attended, off?.attended),
      authorised: less(w.authorised, off?.authorised),
      unauthorised: less(w.unauthorised, off?.unauthorised),
      persistentlyAbsent: 0,
      severelyAbsent: 0,
    });
    return [{ weekStart: w.key, tally }];
  });
}

/** The dashboard's groups from the rows: phases and everyone added up from the schools (each enrolment is at one school). */
function tallyOfRows(rows: readonly GroupRow[], schools: ReadonlyMap<number, SchoolRow>): Omit<DashboardTally, 'byWeek'> {
  const all = new FiguresTally();
  const byPhase = new Map<string, FiguresTally>();
  const byYearGroup = new Map<string, FiguresTally>();
  const byCohort = new Map(COHORTS.map((c) => [c.key, new FiguresTally()]));
  const bySchool = new Map<number, { name: string; phase: string; tally: FiguresTally }>();
  const treated = new Map<string, number>();
  for (const row of rows) {
    const group = {
      enrolments: row.enrolments,
      possible: row.possible,
      attended: row.attended,
      authorised: row.authorised,
      unauthorised: row.unauthorised,
      persistentlyAbsent: row.persistent,
      severelyAbsent: row.severe,
    };
    if (row.part === 'SCHOOL') {
      const school = schools.get(Number(row.key));
      const tally = new FiguresTally();
      tally.addGroup(group);
      bySchool.set(Number(row.key), { name: school?.name ?? '', phase: school?.phase ?? '', tally });
      all.addGroup(group);
      tallyIn(byPhase, school?.phase ?? '').addGroup(group);
    } else if (row.part === 'YEAR') tallyIn(byYearGroup, row.key).addGroup(group);
    else if (row.part === 'COHORT') tallyIn(byCohort, row.key).addGroup(group);
    else treated.set(row.key, row.enrolments);
  }
  return { all, byPhase, byYearGroup, byCohort, bySchool, excluded: exclusionsOf((treatment) => treated.get(treatment) ?? 0) };
}
