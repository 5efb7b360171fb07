import { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'rollcall_app';
const TABLE = 'school_week_summary';
/** The counts a school's week adds up from its week summaries (`enrolments` counts the week summaries themselves). */
const SUMMED = ['possible', 'present', 'approved_educational_activity', 'authorised', 'unauthorised', 'not_possible'];
const FUNCTION = 'keep_school_week_summary()';

// The terms of 1764400000000's policies for a school-level record (`register_import`'s): the LA's tenant (SYSTEM, the
// LA's officers and admins) and the staff of the school, in their own tenant. No pupil is named, so no pupil term.
const tenant = `(${TABLE}.la_code = (SELECT rollcall_scope_tenant()) OR (SELECT rollcall_scope_all_tenants()))`;
const staffWrites = `(${TABLE}.la_code = (SELECT rollcall_scope_la()) AND ${TABLE}.urn = ANY ((SELECT rollcall_scope_urns())::int[]))`;
const schoolRecord = `${tenant}\n    OR ${staffWrites}`;

/** SQL: the deltas of the rows in a transition table, added (+1) or taken away (-1). */
const deltasOf = (rows: 'new_rows' | 'old_rows', sign: 1 | -1): string =>
  `SELECT la_code, urn, week_start, ${sign} AS enrolments, ${SUMMED.map((c) => (sign === 1 ? c : `-${c} AS ${c}`)).join(', ')} FROM ${rows}`;

/**
 * SQL: one INSERT … ON CONFLICT DO UPDATE adding the deltas up by school and week. Groups whose deltas all cancel (an
 * UPDATE that changed no count) are left alone; the rows are written in key order, so two statements never wait for
 * each other's rows the other way round.
 */
const applyDeltas = (deltas: string): string => `
          INSERT INTO public.${TABLE} AS s (la_code, urn, week_start, enrolments, ${SUMMED.join(', ')})
          SELECT d.la_code, d.urn, d.week_start, sum(d.enrolments), ${SUMMED.map((c) => `sum(d.${c})`).join(', ')}
            FROM (${deltas}) d
           GROUP BY d.la_code, d.urn, d.week_start
          HAVING ${['enrolments', ...SUMMED].map((c) => `sum(d.${c}) <> 0`).join(' OR ')}
           ORDER BY d.la_code, d.urn, d.week_start
          ON CONFLICT (la_code, urn, week_start) DO UPDATE
            SET ${['enrolments', ...SUMMED].map((c) => `${c} = s.${c} + excluded.${c}`).join(', ')}`;

/**
 * SQL: the deltas applied, then the schools' weeks left with no week summary removed. Only rows taken away can bring a
 * week to nothing, and most statements bring none there (a register replaces a week's summaries), so the removal runs
 * only when the upsert returned such a week.
 */
const applyDeltasAndRemoveEmptyWeeks = (deltas: string): string => `
          WITH changed AS (${applyDeltas(deltas)}
            RETURNING s.enrolments
          )
          SELECT count(*) FILTER (WHERE enrolments = 0) INTO emptied FROM changed;
          IF emptied > 0 THEN
            DELETE FROM public.${TABLE} s
             USING (SELECT DISTINCT la_code, urn, week_start FROM old_rows) o
             WHERE s.la_code = o.la_code AND s.urn = o.urn AND s.week_start = o.week_start AND s.enrolments = 0;
          END IF;`;

/**
 * Per-school-per-week totals of `pupil_week_summary` (docs/0005-marks-at-scale.md), so that the LA dashboard's week
 * breakdown reads one row per school per week instead of one per pupil per week. Each row is exactly the sum of the
 * school's week summaries for that week (`enrolments` counts them), and a school's week with none has no row.
 *
 * Kept by statement-level triggers on `pupil_week_summary` with transition tables: each INSERT, UPDATE or DELETE adds
 * up what it wrote and took away by school and week, applies it with one INSERT … ON CONFLICT DO UPDATE, and removes
 * the weeks left with nothing. So every writer, present or future, keeps it, in its own transaction. Writers of one
 * school wait for each other already (the register import's advisory lock, libs/api/registers), so a school's rows
 * here add no waiting of their own.
 *
 * Access: the totals name no child, but belong to a school, so they take `register_import`'s policies (the LA's
 * tenant, the school's own staff; docs/0006), enabled and forced. The application may only read it: the trigger
 * function is SECURITY DEFINER, owned by the table's owner (whoever runs the migrations) with a fixed search_path
 * (`pg_catalog, pg_temp`; every name in it is schema-qualified), so the totals change only through the trigger and no
 * service can make them drift from the week summaries. A trigger function cannot be called directly, and its only
 * input is the rows the statement has just written under its own policies. Row-level security is forced, so an owner
 * that is no superuser still writes under the writer's scope; the write policies are the same terms as
 * `pupil_week_summary`'s on the same `la_code` and `urn`, so any scope that may write a week summary (school staff and
 * MIS keys of that school, the LA's ingest as SYSTEM) may write its school's total. (A superuser owner, as the
 * embedded server's, bypasses them.)
 */
export class SchoolWeekSummary1765100000000 implements MigrationInterface {
  name = 'SchoolWeekSummary1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ${TABLE} (
        la_code char(3) NOT NULL,
        urn int NOT NULL,
        week_start date NOT NULL,
        enrolments int NOT NULL,
        ${SUMMED.map((c) => `${c} int NOT NULL`).join(',\n        ')},
        PRIMARY KEY (la_code, urn, week_start)
      )`);

    await q.query(`
      CREATE FUNCTION ${FUNCTION} RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$
      DECLARE
        emptied bigint;
      BEGIN
        IF TG_OP = 'INSERT' THEN${applyDeltas(deltasOf('new_rows', 1))};
        ELSIF TG_OP = 'UPDATE' THEN${applyDeltasAndRemoveEmptyWeeks(`${deltasOf('new_rows', 1)} UNION ALL ${deltasOf('old_rows', -1)}`)}
        ELSIF TG_OP = 'DELETE' THEN${applyDeltasAndRemoveEmptyWeeks(deltasOf('old_rows', -1))}
        ELSIF TG_OP = 'TRUNCATE' THEN
          TRUNCATE public.${TABLE};
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION ${FUNCTION} FROM PUBLIC`);
    // A trigger with transition tables fires for one kind of statement, so one each. Created before the totals are
    // filled in: creating them locks out writers of the week summaries until this migration commits.
    await q.query(`
      CREATE TRIGGER pupil_week_summary_to_school_insert AFTER INSERT ON pupil_week_summary
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION};
      CREATE TRIGGER pupil_week_summary_to_school_update AFTER UPDATE ON pupil_week_summary
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION};
      CREATE TRIGGER pupil_week_summary_to_school_delete AFTER DELETE ON pupil_week_summary
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION};
      CREATE TRIGGER pupil_week_summary_to_school_truncate AFTER TRUNCATE ON pupil_week_summary
        FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}`);

    // The week summaries are under forced row-level security, so an owner that is no superuser reads them as Rollcall
    // itself (SYSTEM, every tenant) for this statement only, then has the scope it came with again.
    const [held] = (await q.query(
      `SELECT current_setting('rollcall.role', true) AS role, current_setting('rollcall.la_code', true) AS la_code`,
    )) as { role: string | null; la_code: string | null }[];
    await q.query(`SELECT set_config('rollcall.role', 'SYSTEM', true), set_config('rollcall.la_code', '', true)`);
    await q.query(`
      INSERT INTO ${TABLE} (la_code, urn, week_start, enrolments, ${SUMMED.join(', ')})
      SELECT la_code, urn, week_start, count(*), ${SUMMED.map((c) => `sum(${c})`).join(', ')}
        FROM pupil_week_summary
       GROUP BY la_code, urn, week_start`);
    await q.query(`SELECT set_config('rollcall.role', $1, true), set_config('rollcall.la_code', $2, true)`, [held.role ?? '', held.la_code ?? '']);

    await q.query(`ALTER TABLE ${TABLE} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT ON ${TABLE} TO ${APP}`);
    await q.query(`CREATE POLICY ${TABLE}_read ON ${TABLE} FOR SELECT USING (\n    ${schoolRecord})`);
    // What the trigger writes, under the writer's scope when the owner is subject to the policies.
    await q.query(`CREATE POLICY ${TABLE}_insert ON ${TABLE} FOR INSERT WITH CHECK (\n    ${schoolRecord})`);
    await q.query(`CREATE POLICY ${TABLE}_update ON ${TABLE} FOR UPDATE USING (\n    ${schoolRecord}) WITH CHECK (\n    ${schoolRecord})`);
    await q.query(`CREATE POLICY ${TABLE}_delete ON ${TABLE} FOR DELETE USING (\n    ${schoolRecord})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await q.query(`DROP TRIGGER pupil_week_summary_to_school_${event} ON pupil_week_summary`);
    }
    await q.query(`DROP FUNCTION ${FUNCTION}`);
    // The policies and grants go with the table.
    await q.query(`DROP TABLE ${TABLE}`);
  }
}
