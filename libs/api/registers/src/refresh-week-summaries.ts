import { CODE_SET_2024_EFFECTIVE_FROM, LocalDate, addDays, weekStart } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** The weeks to recompute: explicit (enrolment, week) pairs, or every week of some enrolments in a date range. */
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

/**
 * Recomputes `pupil_week_summary` for the given weeks from the marks themselves, inside the caller's transaction
 * (docs/0005-marks-at-scale.md), which must be the one that changed the marks. Any date in a week names that week
 * (Monday to Sunday).
 */
export async function refreshWeekSummaries(tx: EntityManager, laCode: string, target: WeekSummaryTarget): Promise<WeekSummaryRefresh> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('refreshWeekSummaries must run inside the transaction that changed the marks (inTransaction)');
  }
  if ('pairs' in target) {
    if (target.pairs.length === 0) return { written: 0, empty: 0 };
    const mondays = target.pairs.map((p) => weekStart(p.weekStart));
    const sorted = [...mondays].sort();
    return refreshWeekSummariesFrom(
      tx,
      laCode,
      {
        sql: `SELECT enrolment_id, week_start FROM unnest($1::bigint[], $2::date[]) AS t(enrolment_id, week_start)`,
        params: [target.pairs.map((p) => p.enrolmentId), mondays],
      },
      { from: sorted[0], to: addDays(sorted[sorted.length - 1], 6) },
    );
  }
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

const TARGET_TABLE = 'week_summary_target';

/**
 * The statements behind `refreshWeekSummaries`. `target.sql` (with its own `params`) selects (enrolment_id,
 * week_start) pairs, Mondays, all within `range`. Every read is by an
 * enrolment's own key range (never the LA's whole year, whatever the number of its schools), and the range lets
 * PostgreSQL skip the academic-year partitions no target week touches.
 */
// domain §1.2–§1.3 and §4: possible = present + approved educational activity + authorised + unauthorised; categories from the code set in force on each date
export async function refreshWeekSummariesFrom(
  tx: EntityManager,
  laCode: string,
  target: { readonly sql: string; readonly params: readonly unknown[] },
  range: { readonly from: LocalDate; readonly to: LocalDate },
): Promise<WeekSummaryRefresh> {
  await tx.query(
    `CREATE TEMP TABLE IF NOT EXISTS ${TARGET_TABLE} (enrolment_id bigint NOT NULL, week_start date NOT NULL) ON COMMIT DROP`,
  );
  await tx.query(`TRUNCATE ${TARGET_TABLE}`);
  const [{ weeks }] = (await tx.query(
    `WITH inserted AS (INSERT INTO ${TARGET_TABLE} SELECT DISTINCT enrolment_id, week_start FROM (${target.sql}) t RETURNING 1)
     SELECT count(*)::int AS weeks FROM inserted`,
    [...target.params],
  )) as { weeks: number }[];
  if (weeks === 0) return { written: 0, empty: 0 };
  await tx.query(`ANALYZE ${TARGET_TABLE}`);
  const enrolmentIds = `ARRAY(SELECT DISTINCT enrolment_id FROM ${TARGET_TABLE})`;
  await tx.query(
    `DELETE FROM pupil_week_summary s
      WHERE s.la_code = $1 AND s.enrolment_id = ANY(${enrolmentIds}) AND s.week_start BETWEEN $2 AND $3
        AND EXISTS (SELECT 1 FROM ${TARGET_TABLE} t WHERE t.enrolment_id = s.enrolment_id AND t.week_start = s.week_start)`,
    [laCode, range.from, range.to],
  );
  const [{ written }] = (await tx.query(
    `WITH enrolments AS (
       SELECT enrolment_id, min(week_start) AS first_day, max(week_start) + 6 AS last_day FROM ${TARGET_TABLE} GROUP BY enrolment_id
     ),
     counted AS MATERIALIZED (
       SELECT k.* FROM enrolments en
       CROSS JOIN LATERAL (
         SELECT m.enrolment_id, ${mondayOf('m.date')} AS week_start,
                CASE WHEN m.date >= $4::date THEN '2024' ELSE '2006' END AS code_set, m.code, count(*)::int AS n
           FROM attendance_mark m
          WHERE m.la_code = $1 AND m.enrolment_id = en.enrolment_id AND m.date BETWEEN en.first_day AND en.last_day
            AND m.date BETWEEN $2 AND $3
          GROUP BY 1, 2, 3, 4
       ) k
     ),
     weekly AS (
       SELECT k.enrolment_id, k.week_start,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'PRESENT'), 0)::int AS present,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'APPROVED_EDUCATIONAL_ACTIVITY'), 0)::int AS aea,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'AUTHORISED_ABSENCE'), 0)::int AS authorised,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'UNAUTHORISED_ABSENCE'), 0)::int AS unauthorised,
              coalesce(sum(k.n) FILTER (WHERE c.category = 'NOT_POSSIBLE'), 0)::int AS not_possible,
              jsonb_object_agg(k.code, k.n) AS code_counts
         FROM counted k
         JOIN ${TARGET_TABLE} t ON t.enrolment_id = k.enrolment_id AND t.week_start = k.week_start
         JOIN attendance_code c ON c.code_set = k.code_set AND c.code = k.code
        GROUP BY k.enrolment_id, k.week_start
     ),
     written AS (
       INSERT INTO pupil_week_summary (la_code, enrolment_id, week_start, pupil_id, urn, possible, present,
              approved_educational_activity, authorised, unauthorised, not_possible, code_counts)
       SELECT $1, w.enrolment_id, w.week_start, e.pupil_id, e.urn, w.present + w.aea + w.authorised + w.unauthorised,
              w.present, w.aea, w.authorised, w.unauthorised, w.not_possible, w.code_counts
         FROM weekly w
         JOIN enrolment e ON e.la_code = $1 AND e.id = w.enrolment_id
       RETURNING 1
     )
     SELECT count(*)::int AS written FROM written`,
    [laCode, range.from, range.to, CODE_SET_2024_EFFECTIVE_FROM],
  )) as { written: number }[];
  return { written, empty: weeks - written };
}
