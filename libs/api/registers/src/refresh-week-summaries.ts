import { CODE_SET_2024_EFFECTIVE_FROM, LocalDate, addDays, weekStart } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { affectedRows } from './affected-rows';

/**
 * The weeks to recompute: (enrolment, week) pairs in which marks were just written (each week holds marks), or every
 * week of some enrolments in a date range (also after marks were removed).
 */
export type WeekSummaryTarget =
  | { readonly pairs: readonly { readonly enrolmentId: string; readonly weekStart: LocalDate }[] }
  | { readonly enrolmentIds: readonly string[]; readonly from: LocalDate; readonly to: LocalDate };

export interface WeekSummaryRefresh {
  /** Summary rows written (created or replaced). */
  readonly written: number;
  /** Weeks asked about that have no marks, so no summary (any held before is removed). */
  readonly empty: number;
}

/**
 * SQL for the Monday of the week holding a date column, in whole-day arithmetic (1 January 1900 was a Monday): no
 * time zone involved, unlike date_trunc on a date, and several times cheaper than extract(isodow …).
 */
export function mondayOf(column: string): string {
  return `(${column} - ((${column} - DATE '1900-01-01') % 7))`;
}

/** The session counts a week or year summary holds, as its columns. */
export const SUMMARY_TOTALS = ['possible', 'present', 'approved_educational_activity', 'authorised', 'unauthorised', 'not_possible'] as const;

/**
 * Recomputes `pupil_week_summary` for the given weeks from the marks themselves, inside the caller's transaction
 * (docs/0005-marks-at-scale.md), which must be the one that changed the marks. Any date in a week names that week
 * (Monday to Sunday).
 */
export async function refreshWeekSummaries(tx: EntityManager, laCode: string, target: WeekSummaryTarget): Promise<WeekSummaryRefresh> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('refreshWeekSummaries must run inside the transaction that changed the marks (inTransaction)');
  }
  if ('pairs' in target) return refreshWeekPairs(tx, laCode, target.pairs);
  if (target.enrolmentIds.length === 0 || target.to < target.from) return { written: 0, empty: 0 };
  const from = weekStart(target.from);
  const to = addDays(weekStart(target.to), 6);
  return refreshWeekSummariesFrom(
    tx,
    laCode,
    {
      sql: `SELECT DISTINCT m.enrolment_id, ${mondayOf('m.date')} AS week_start
              FROM attendance_mark m
             WHERE m.la_code = $1 AND m.enrolment_id = ANY($4::bigint[]) AND m.date BETWEEN $2 AND $3
            UNION
            SELECT s.enrolment_id, s.week_start
              FROM pupil_week_summary s
             WHERE s.la_code = $1 AND s.enrolment_id = ANY($4::bigint[]) AND s.week_start BETWEEN $2 AND $3`,
      params: [laCode, from, to, target.enrolmentIds],
    },
    { from, to },
  );
}

/**
 * `refreshWeekSummaries` for the weeks in which marks were just written, the few a register or an amendment touches,
 * in one statement and without temporary tables: each week is recomputed from its marks and upserted, and each year
 * summary moves by the difference between its weeks' new and old totals (a year summary is the sum of its weeks, and
 * the school's import lock keeps other writers of these enrolments out until the transaction ends). Every week given
 * must hold marks: one without (its marks removed) is an error, as its summary would not be removed here.
 */
// domain §1.2–§1.3 and §4: possible = present + approved educational activity + authorised + unauthorised
async function refreshWeekPairs(
  tx: EntityManager,
  laCode: string,
  pairs: readonly { readonly enrolmentId: string; readonly weekStart: LocalDate }[],
): Promise<WeekSummaryRefresh> {
  if (pairs.length === 0) return { written: 0, empty: 0 };
  // The weeks' whole span as constants too, so that PostgreSQL plans only the academic-year partitions it touches.
  const mondays = pairs.map((p) => weekStart(p.weekStart)).sort();
  const range = { from: mondays[0], to: addDays(mondays[mondays.length - 1], 6) };
  const [row] = (await tx.query(
    `WITH pairs AS (
       SELECT DISTINCT t.enrolment_id, ${mondayOf('t.day')} AS week_start FROM unnest($2::bigint[], $3::date[]) AS t(enrolment_id, day)
     ),
     counted AS MATERIALIZED (
       SELECT k.* FROM pairs p
       CROSS JOIN LATERAL (
         SELECT m.enrolment_id, p.week_start, ${codeSetOf('m.date', '$4')} AS code_set, m.code, count(*)::int AS n
           FROM attendance_mark m
          WHERE m.la_code = $1 AND m.enrolment_id = p.enrolment_id AND m.date BETWEEN p.week_start AND p.week_start + 6
            AND m.date BETWEEN $5 AND $6
          GROUP BY 1, 2, 3, 4
       ) k
     )
     ${weeklySql('')},
     fresh AS (
       SELECT w.enrolment_id, w.week_start, e.pupil_id, e.urn, w.present + w.aea + w.authorised + w.unauthorised AS possible,
              w.present, w.aea AS approved_educational_activity, w.authorised, w.unauthorised, w.not_possible, w.code_counts
         FROM weekly w
         JOIN enrolment e ON e.la_code = $1 AND e.id = w.enrolment_id
     ),
     held AS (
       SELECT s.* FROM pairs p
       CROSS JOIN LATERAL (
         SELECT s.* FROM pupil_week_summary s WHERE s.la_code = $1 AND s.enrolment_id = p.enrolment_id AND s.week_start = p.week_start OFFSET 0
       ) s
     ),
     written AS (
       INSERT INTO pupil_week_summary AS s (la_code, enrolment_id, week_start, pupil_id, urn, ${SUMMARY_TOTALS.join(', ')}, code_counts)
       SELECT $1, enrolment_id, week_start, pupil_id, urn, ${SUMMARY_TOTALS.join(', ')}, code_counts FROM fresh
       ON CONFLICT (la_code, enrolment_id, week_start) DO UPDATE SET
         ${[...SUMMARY_TOTALS, 'code_counts'].map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
       RETURNING 1
     ),
     moved AS (
       SELECT enrolment_id, week_start, pupil_id, urn, ${SUMMARY_TOTALS.join(', ')} FROM fresh
       UNION ALL
       SELECT enrolment_id, week_start, pupil_id, urn, ${SUMMARY_TOTALS.map((c) => `-${c}`).join(', ')} FROM held
     ),
     years AS (
       ${addToYearSummariesSql(
         `SELECT $1, enrolment_id, ${academicYearOfWeek('week_start')}, pupil_id, urn, ${SUMMARY_TOTALS.map((c) => `sum(${c})`).join(', ')}
            FROM moved GROUP BY 2, 3, 4, 5`,
       )}
     )
     SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM pairs)::int AS weeks, (SELECT count(*) FROM years)::int AS years`,
    [laCode, pairs.map((p) => p.enrolmentId), pairs.map((p) => p.weekStart), CODE_SET_2024_EFFECTIVE_FROM, range.from, range.to],
  )) as { written: number; weeks: number }[];
  if (row.written !== row.weeks) {
    // The statement has already run, but the transaction will roll back: nothing half-written is kept.
    throw new Error(`refreshWeekSummaries: ${row.weeks - row.written} of the weeks given have no marks; after removing marks, name the enrolments and dates`);
  }
  return { written: row.written, empty: 0 };
}

const TARGET_TABLE = 'week_summary_target';
const YEAR_TARGET_TABLE = 'year_summary_target';

/**
 * The statements behind `refreshWeekSummaries`. `target.sql` (with its own `params`) selects (enrolment_id,
 * week_start) pairs, Mondays, all within `range`. Every read is by an
 * enrolment's own key range (never the LA's whole year, whatever the number of its schools), and the range lets
 * PostgreSQL skip the academic-year partitions no target week touches.
 */
export async function refreshWeekSummariesFrom(
  tx: EntityManager,
  laCode: string,
  target: { readonly sql: string; readonly params: readonly unknown[] },
  range: { readonly from: LocalDate; readonly to: LocalDate },
): Promise<WeekSummaryRefresh> {
  await emptyTempTable(tx, TARGET_TABLE, 'week_start date NOT NULL');
  const weeks = await affectedRows(tx, `INSERT INTO ${TARGET_TABLE} SELECT DISTINCT enrolment_id, week_start FROM (${target.sql}) t`, target.params);
  if (weeks === 0) return { written: 0, empty: 0 };
  await tx.query(`ANALYZE ${TARGET_TABLE}`);
  await deleteWeekSummaries(tx, laCode, TARGET_TABLE, 'w.week_start = t.week_start');
  const written = await affectedRows(
    tx,
    `WITH enrolments AS (
       SELECT enrolment_id, min(week_start) AS first_day, max(week_start) + 6 AS last_day FROM ${TARGET_TABLE} GROUP BY enrolment_id
     ),
     counted AS MATERIALIZED (
       SELECT k.* FROM enrolments en
       CROSS JOIN LATERAL (
         SELECT m.enrolment_id, ${mondayOf('m.date')} AS week_start, ${codeSetOf('m.date', '$4')} AS code_set, m.code, count(*)::int AS n
           FROM attendance_mark m
          WHERE m.la_code = $1 AND m.enrolment_id = en.enrolment_id AND m.date BETWEEN en.first_day AND en.last_day
            AND m.date BETWEEN $2 AND $3
          GROUP BY 1, 2, 3, 4
       ) k
     )
     ${insertSummariesSql(`JOIN ${TARGET_TABLE} t ON t.enrolment_id = k.enrolment_id AND t.week_start = k.week_start`)}`,
    [laCode, range.from, range.to, CODE_SET_2024_EFFECTIVE_FROM],
  );
  await refreshYearSummaries(tx, laCode, `SELECT DISTINCT enrolment_id, ${academicYearOfWeek('week_start')} FROM ${TARGET_TABLE}`);
  return { written, empty: weeks - written };
}

/** The staging table of new marks and its table of spans: per enrolment, the whole weeks its marks fall in. */
export interface NewMarksTables {
  /** Columns enrolment_id, date, code. */
  readonly marks: string;
  /** Columns enrolment_id, first_day (a Monday), last_day (a Sunday). */
  readonly spans: string;
}

/**
 * Writes the summaries of every (enrolment, week) among the new marks in `tables.marks` from those marks alone, with
 * one GROUP BY and no read of `attendance_mark`. Only correct when no other mark is held for those enrolments in
 * their spans: the caller has checked that, inside the transaction that writes the marks, under the school's import
 * lock. A summary left in a span from marks since removed is replaced. Returns the summaries written.
 */
export async function writeWeekSummariesOfNewMarks(
  tx: EntityManager,
  laCode: string,
  tables: NewMarksTables,
): Promise<number> {
  await deleteWeekSummaries(tx, laCode, tables.spans, 'w.week_start BETWEEN t.first_day AND t.last_day');
  // The 2024 codes came in on a Monday, so a week's marks share one code set and it need not be part of the grouping.
  const byWeek = weekStart(CODE_SET_2024_EFFECTIVE_FROM) === CODE_SET_2024_EFFECTIVE_FROM;
  const written = await affectedRows(
    tx,
    `WITH counted AS (
       SELECT s.enrolment_id, ${mondayOf('s.date')} AS week_start, ${codeSetOf(byWeek ? mondayOf('s.date') : 's.date', '$2')} AS code_set,
              s.code, count(*)::int AS n
         FROM ${tables.marks} s
        GROUP BY ${byWeek ? '1, 2, 4' : '1, 2, 3, 4'}
     )
     ${insertSummariesSql('')}`,
    [laCode, CODE_SET_2024_EFFECTIVE_FROM],
  );
  await refreshYearSummaries(
    tx,
    laCode,
    `SELECT r.enrolment_id, y FROM ${tables.spans} r
      CROSS JOIN generate_series(${academicYearOfWeek('r.first_day')}, ${academicYearOfWeek('r.last_day - 6')}) y`,
  );
  return written;
}

/**
 * Deletes the week summaries of the enrolments in `table` (t) whose week matches `weeks` (on w). Each enrolment's are
 * found by its own key range (OFFSET 0 keeps the planner from turning that into a scan of the LA's summaries, which
 * stale statistics during a bulk load invite) and deleted by their row addresses.
 */
async function deleteWeekSummaries(tx: EntityManager, laCode: string, table: string, weeks: string): Promise<void> {
  await tx.query(
    `DELETE FROM pupil_week_summary
      WHERE ctid = ANY(ARRAY(
        SELECT w.ctid FROM ${table} t
         CROSS JOIN LATERAL (
           SELECT w.ctid FROM pupil_week_summary w WHERE w.la_code = $1 AND w.enrolment_id = t.enrolment_id AND ${weeks} OFFSET 0
         ) w))`,
    [laCode],
  );
}

/** SQL for the code set in force on a date column, given the 2024 set's first day as a parameter. */
function codeSetOf(column: string, effectiveFrom: string): string {
  return `CASE WHEN ${column} >= ${effectiveFrom}::date THEN '2024' ELSE '2006' END`;
}

/** The CTE `weekly`: `counted` (enrolment_id, week_start, code_set, code, n) as one row of totals per enrolment and week. */
// domain §1.2–§1.3 and §4: sessions by statistical category, from the code set in force on each date
export function weeklySql(restrict: string): string {
  return `,
     weekly AS (
       SELECT k.enrolment_id, k.week_start,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'PRESENT'), 0)::int AS present,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'APPROVED_EDUCATIONAL_ACTIVITY'), 0)::int AS aea,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'AUTHORISED_ABSENCE'), 0)::int AS authorised,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'UNAUTHORISED_ABSENCE'), 0)::int AS unauthorised,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'NOT_POSSIBLE'), 0)::int AS not_possible,
              jsonb_object_agg(k.code, k.n) AS code_counts
         FROM counted k
         ${restrict}
         JOIN attendance_code c ON c.code_set = k.code_set AND c.code = k.code
        GROUP BY k.enrolment_id, k.week_start
     )`;
}

/**
 * The CTE `weekly` and the INSERT that turn `counted` (enrolment_id, week_start, code_set, code, n) into summary rows,
 * $1 being the LA; `restrict` joins `counted k` to the weeks wanted. A plain INSERT, without RETURNING or ON CONFLICT,
 * so that under row-level security only the insert policy is checked, once per row.
 */
// domain §1.2–§1.3 and §4: possible = present + approved educational activity + authorised + unauthorised; categories from the code set in force on each date
function insertSummariesSql(restrict: string): string {
  return `${weeklySql(restrict)}
     INSERT INTO pupil_week_summary (la_code, enrolment_id, week_start, pupil_id, urn, possible, present,
            approved_educational_activity, authorised, unauthorised, not_possible, code_counts)
     SELECT $1, w.enrolment_id, w.week_start, e.pupil_id, e.urn, w.present + w.aea + w.authorised + w.unauthorised,
            w.present, w.aea, w.authorised, w.unauthorised, w.not_possible, w.code_counts
       FROM weekly w
       JOIN enrolment e ON e.la_code = $1 AND e.id = w.enrolment_id`;
}

/**
 * SQL adding the rows `select` gives (la_code, enrolment_id, academic_year, pupil_id, urn and the `SUMMARY_TOTALS`, as
 * changes) to the year summaries, creating those not held; RETURNING 1 for each.
 */
export function addToYearSummariesSql(select: string): string {
  return `INSERT INTO pupil_year_summary AS y (la_code, enrolment_id, academic_year, pupil_id, urn, ${SUMMARY_TOTALS.join(', ')})
       ${select}
       ON CONFLICT (la_code, academic_year, enrolment_id) DO UPDATE SET ${SUMMARY_TOTALS.map((c) => `${c} = y.${c} + EXCLUDED.${c}`).join(', ')}
       RETURNING 1`;
}

/** SQL for the academic year (2025 for 2025/26) a week counts in: the one its Sunday falls in. */
function academicYearOfWeek(weekStartColumn: string): string {
  const sunday = `(${weekStartColumn} + 6)`;
  return `(extract(year FROM ${sunday})::int - CASE WHEN extract(month FROM ${sunday}) < 9 THEN 1 ELSE 0 END)`;
}

/**
 * Recomputes `pupil_year_summary` for the (enrolment_id, academic year) pairs `yearsSql` selects, from the week
 * summaries just written, in the same transaction: each enrolment's year read (and its old row found) by its own key
 * range. A year with no week summary left has no row. Deleted and inserted plainly, as the week summaries are.
 */
async function refreshYearSummaries(tx: EntityManager, laCode: string, yearsSql: string): Promise<void> {
  await emptyTempTable(tx, YEAR_TARGET_TABLE, 'academic_year int NOT NULL');
  await tx.query(`INSERT INTO ${YEAR_TARGET_TABLE} SELECT DISTINCT * FROM (${yearsSql}) y`);
  await tx.query(
    `DELETE FROM pupil_year_summary
      WHERE ctid = ANY(ARRAY(
        SELECT p.ctid FROM ${YEAR_TARGET_TABLE} t
         CROSS JOIN LATERAL (
           SELECT p.ctid FROM pupil_year_summary p
            WHERE p.la_code = $1 AND p.academic_year = t.academic_year AND p.enrolment_id = t.enrolment_id OFFSET 0
         ) p))`,
    [laCode],
  );
  await tx.query(
    `INSERT INTO pupil_year_summary (la_code, enrolment_id, academic_year, pupil_id, urn, possible, present,
            approved_educational_activity, authorised, unauthorised, not_possible)
     SELECT $1, y.enrolment_id, y.academic_year, e.pupil_id, e.urn, t.possible, t.present, t.aea, t.authorised, t.unauthorised, t.not_possible
       FROM ${YEAR_TARGET_TABLE} y
       JOIN enrolment e ON e.la_code = $1 AND e.id = y.enrolment_id
      CROSS JOIN LATERAL (
        SELECT count(*) AS weeks, sum(s.possible)::int AS possible, sum(s.present)::int AS present,
               sum(s.approved_educational_activity)::int AS aea, sum(s.authorised)::int AS authorised,
               sum(s.unauthorised)::int AS unauthorised, sum(s.not_possible)::int AS not_possible
          FROM pupil_week_summary s
         WHERE s.la_code = $1 AND s.enrolment_id = y.enrolment_id
           AND s.week_start BETWEEN make_date(y.academic_year, 9, 1) - 6 AND make_date(y.academic_year + 1, 8, 31) - 6
      ) t
      WHERE t.weeks > 0`,
    [laCode],
  );
}

/** A temporary table (enrolment_id and `columns`) for this transaction, empty. */
async function emptyTempTable(tx: EntityManager, name: string, columns: string): Promise<void> {
  await tx.query(`CREATE TEMP TABLE IF NOT EXISTS ${name} (enrolment_id bigint NOT NULL, ${columns}) ON COMMIT DROP`);
  await tx.query(`TRUNCATE ${name}`);
}
