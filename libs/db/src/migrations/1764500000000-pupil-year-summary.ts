import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-enrolment totals for each academic year, kept with the week summaries in the transaction that changes the
 * marks (libs/api/registers), so that an LA-wide year-to-date figure reads one row per pupil rather than one per
 * pupil per week (docs/benchmarks.md: about 40 times fewer rows). A week counts in the academic year its Sunday
 * falls in, so the first week of September counts in the new year. The key, LA then year then enrolment, serves both
 * that read (an LA's year is one range of it) and the upkeep (one enrolment's year), so no other index is needed.
 *
 * The table holds a child's data exactly as `pupil_week_summary` does, so it takes the same access rules: whatever
 * row-level security, policies and grants that table has when this runs are copied to it (with the table's name
 * changed in each policy), and this migration comes after the one that sets them.
 */
export class PupilYearSummary1764500000000 implements MigrationInterface {
  name = 'PupilYearSummary1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pupil_year_summary (
        la_code char(3) NOT NULL,
        enrolment_id bigint NOT NULL,
        academic_year smallint NOT NULL,
        pupil_id bigint NOT NULL,
        urn int NOT NULL,
        possible int NOT NULL,
        present int NOT NULL,
        approved_educational_activity int NOT NULL,
        authorised int NOT NULL,
        unauthorised int NOT NULL,
        not_possible int NOT NULL,
        PRIMARY KEY (la_code, academic_year, enrolment_id)
      );

      INSERT INTO pupil_year_summary (la_code, enrolment_id, academic_year, pupil_id, urn, possible, present,
             approved_educational_activity, authorised, unauthorised, not_possible)
      SELECT w.la_code, w.enrolment_id,
             extract(year FROM w.week_start + 6)::int - CASE WHEN extract(month FROM w.week_start + 6) < 9 THEN 1 ELSE 0 END,
             min(w.pupil_id), min(w.urn), sum(w.possible), sum(w.present), sum(w.approved_educational_activity),
             sum(w.authorised), sum(w.unauthorised), sum(w.not_possible)
        FROM pupil_week_summary w
       GROUP BY 1, 2, 3;
    `);
    await q.query(`
      DO $$
      DECLARE
        source regclass := 'pupil_week_summary'::regclass;
        p record;
        g record;
      BEGIN
        IF (SELECT relrowsecurity FROM pg_class WHERE oid = source) THEN
          ALTER TABLE pupil_year_summary ENABLE ROW LEVEL SECURITY;
        END IF;
        IF (SELECT relforcerowsecurity FROM pg_class WHERE oid = source) THEN
          ALTER TABLE pupil_year_summary FORCE ROW LEVEL SECURITY;
        END IF;
        FOR p IN SELECT * FROM pg_policies WHERE schemaname = 'public' AND tablename = 'pupil_week_summary' LOOP
          EXECUTE format('CREATE POLICY %I ON pupil_year_summary AS %s FOR %s TO %s%s%s',
            replace(p.policyname, 'pupil_week_summary', 'pupil_year_summary'), p.permissive, p.cmd,
            (SELECT string_agg(CASE WHEN r = 'public' THEN 'PUBLIC' ELSE quote_ident(r) END, ', ') FROM unnest(p.roles) r),
            CASE WHEN p.qual IS NULL THEN '' ELSE format(' USING (%s)', replace(p.qual, 'pupil_week_summary', 'pupil_year_summary')) END,
            CASE WHEN p.with_check IS NULL THEN '' ELSE format(' WITH CHECK (%s)', replace(p.with_check, 'pupil_week_summary', 'pupil_year_summary')) END);
        END LOOP;
        FOR g IN SELECT grantee, privilege_type FROM information_schema.role_table_grants
                  WHERE table_schema = 'public' AND table_name = 'pupil_week_summary' AND grantee <> current_user LOOP
          EXECUTE format('GRANT %s ON pupil_year_summary TO %s', g.privilege_type,
            CASE WHEN g.grantee = 'PUBLIC' THEN 'PUBLIC' ELSE quote_ident(g.grantee) END);
        END LOOP;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pupil_year_summary`);
  }
}
