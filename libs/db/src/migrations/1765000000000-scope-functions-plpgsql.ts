import { MigrationInterface, QueryRunner } from 'typeorm';

const SOCIAL_WORKER = `('CHILD_IN_NEED', 'CHILD_PROTECTION', 'LOOKED_AFTER', 'PREVIOUSLY_LOOKED_AFTER')`;
/** What all three functions are declared with (`CREATE OR REPLACE` keeps their owner, rollcall_scope, and grants). */
const DECLARED = `STABLE SECURITY DEFINER PARALLEL SAFE ROWS 100 SET search_path = pg_catalog, pg_temp`;

/**
 * The scope lists (`rollcall_scope_pupils()`, `…_enrolments()`, `…_parents()`) become PL/pgSQL
 * (docs/0006-row-level-security.md, "The scope functions"). As `LANGUAGE sql … BEGIN ATOMIC` functions PostgreSQL
 * could not inline them (SECURITY DEFINER, SET, a set result), so every call planned the whole nine-branch UNION
 * again (3–4 ms; a register request calls them three times), and the staff branch's `urn = ANY (function())` did
 * not use `enrolment_school`. Now each reads the scope once into variables and runs only its role's query, whose
 * plan PL/pgSQL caches for the session; the values reach it as parameters, so that plan uses the indexes
 * (enrolment_school, pupil_home_la, pupil_parent_parent, the pupil_characteristic partial indexes and the primary
 * keys). The rows are exactly those of the old definitions (restored by `down`), scope by scope.
 */
export class ScopeFunctionsPlpgsql1765000000000 implements MigrationInterface {
  name = 'ScopeFunctionsPlpgsql1765000000000';

  async up(q: QueryRunner): Promise<void> {
    const current = `c.starts_on <= scope_today AND (c.ends_on IS NULL OR c.ends_on >= scope_today)`;
    const assigned = `s.starts_on <= scope_today AND (s.ends_on IS NULL OR s.ends_on >= scope_today)`;
    await q.query(`
      CREATE OR REPLACE FUNCTION rollcall_scope_pupils() RETURNS TABLE (la_code bpchar, pupil_id bigint)
        LANGUAGE plpgsql ${DECLARED}
      AS $$
      #variable_conflict use_column
      DECLARE
        scope_role text := public.rollcall_scope_role();
        scope_la bpchar := public.rollcall_scope_la();
        scope_urns int[] := public.rollcall_scope_urns();
        scope_parent_ids bigint[] := public.rollcall_scope_parent_ids();
        scope_today date := public.rollcall_scope_today();
      BEGIN
        IF scope_role = 'SCHOOL_STAFF' THEN
          -- Pupils on the roll of one of their schools, now or in the past.
          RETURN QUERY SELECT DISTINCT e.la_code, e.pupil_id FROM public.enrolment e WHERE e.urn = ANY (scope_urns);
        ELSIF scope_role IN ('LA_OFFICER', 'LA_ADMIN') THEN
          -- Residents of the LA held in another LA's tenant (cross-border, read-only).
          RETURN QUERY SELECT p.la_code, p.id FROM public.pupil p WHERE p.home_la_code = scope_la AND p.home_la_code <> p.la_code;
        ELSIF scope_role = 'PARENT' THEN
          -- Children they hold parental responsibility for.
          RETURN QUERY SELECT DISTINCT pp.la_code, pp.pupil_id FROM public.pupil_parent pp
           WHERE pp.la_code = scope_la AND pp.parent_id = ANY (scope_parent_ids) AND pp.parental_responsibility;
        ELSIF scope_role = 'VIRTUAL_SCHOOL' THEN
          -- Children with a social worker today, in its tenant or living in its LA...
          RETURN QUERY
            SELECT c.la_code, c.pupil_id FROM public.pupil_characteristic c
             WHERE c.la_code = scope_la AND c.characteristic IN ${SOCIAL_WORKER} AND ${current}
            UNION
            SELECT c.la_code, c.pupil_id FROM public.pupil p
              JOIN public.pupil_characteristic c ON c.la_code = p.la_code AND c.pupil_id = p.id
             WHERE p.home_la_code = scope_la AND p.home_la_code <> p.la_code AND c.characteristic IN ${SOCIAL_WORKER} AND ${current}
            UNION
            -- ...looked after by its LA wherever they are at school...
            SELECT c.la_code, c.pupil_id FROM public.pupil_characteristic c
             WHERE c.characteristic = 'LOOKED_AFTER' AND c.responsible_la_code = scope_la AND ${current}
            UNION
            -- ...or with a social worker assigned today while held or living in its LA.
            SELECT s.la_code, s.pupil_id FROM public.social_worker_assignment s WHERE s.la_code = scope_la AND ${assigned}
            UNION
            SELECT s.la_code, s.pupil_id FROM public.pupil p
              JOIN public.social_worker_assignment s ON s.la_code = p.la_code AND s.pupil_id = p.id
             WHERE p.home_la_code = scope_la AND p.home_la_code <> p.la_code AND ${assigned};
        END IF;
        -- SYSTEM and the LA's own tenant are reached by the policies' tenant terms; no scope reaches nothing.
      END
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION rollcall_scope_enrolments() RETURNS TABLE (la_code bpchar, enrolment_id bigint)
        LANGUAGE plpgsql ${DECLARED}
      AS $$
      #variable_conflict use_column
      DECLARE
        scope_role text := public.rollcall_scope_role();
        scope_urns int[] := public.rollcall_scope_urns();
      BEGIN
        IF scope_role = 'SCHOOL_STAFF' THEN
          -- Their own schools' enrolments only (a register belongs to its school).
          RETURN QUERY SELECT e.la_code, e.id FROM public.enrolment e WHERE e.urn = ANY (scope_urns);
        ELSIF scope_role IN ('LA_OFFICER', 'LA_ADMIN', 'PARENT', 'VIRTUAL_SCHOOL') THEN
          -- Everyone else: every enrolment of the pupils they reach.
          RETURN QUERY SELECT e.la_code, e.id FROM public.rollcall_scope_pupils() s
            JOIN public.enrolment e ON e.la_code = s.la_code AND e.pupil_id = s.pupil_id;
        END IF;
      END
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION rollcall_scope_parents() RETURNS TABLE (la_code bpchar, parent_id bigint)
        LANGUAGE plpgsql ${DECLARED}
      AS $$
      #variable_conflict use_column
      DECLARE
        scope_role text := public.rollcall_scope_role();
      BEGIN
        -- The parents of the pupils a scope reaches (a parent sees only their own record: see the policies).
        IF scope_role IN ('SCHOOL_STAFF', 'LA_OFFICER', 'LA_ADMIN', 'VIRTUAL_SCHOOL') THEN
          RETURN QUERY SELECT DISTINCT pp.la_code, pp.parent_id FROM public.rollcall_scope_pupils() s
            JOIN public.pupil_parent pp ON pp.la_code = s.la_code AND pp.pupil_id = s.pupil_id;
        END IF;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The definitions of 1764400000000-row-level-security, as they were.
    await q.query(`
      CREATE OR REPLACE FUNCTION rollcall_scope_pupils() RETURNS TABLE (la_code bpchar, pupil_id bigint)
        LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE ROWS 100 SET search_path = pg_catalog, pg_temp
      BEGIN ATOMIC
        -- School staff: pupils on the roll of one of their schools, now or in the past.
        SELECT e.la_code, e.pupil_id FROM public.enrolment e
         WHERE public.rollcall_scope_role() = 'SCHOOL_STAFF' AND e.urn = ANY (public.rollcall_scope_urns())
        UNION
        -- LA officers and admins: residents of the LA held in another LA's tenant (cross-border, read-only).
        SELECT p.la_code, p.id FROM public.pupil p
         WHERE public.rollcall_scope_role() IN ('LA_OFFICER', 'LA_ADMIN')
           AND p.home_la_code = public.rollcall_scope_la() AND p.home_la_code <> p.la_code
        UNION
        -- Parents: children they hold parental responsibility for.
        SELECT pp.la_code, pp.pupil_id FROM public.pupil_parent pp
         WHERE public.rollcall_scope_role() = 'PARENT' AND pp.la_code = public.rollcall_scope_la()
           AND pp.parent_id = ANY (public.rollcall_scope_parent_ids()) AND pp.parental_responsibility
        UNION
        -- Virtual School: children with a social worker today, in its tenant or living in its LA...
        SELECT c.la_code, c.pupil_id FROM public.pupil_characteristic c
         WHERE public.rollcall_scope_role() = 'VIRTUAL_SCHOOL' AND c.la_code = public.rollcall_scope_la()
           AND c.characteristic IN ${SOCIAL_WORKER}
           AND c.starts_on <= public.rollcall_scope_today() AND (c.ends_on IS NULL OR c.ends_on >= public.rollcall_scope_today())
        UNION
        SELECT c.la_code, c.pupil_id FROM public.pupil p
          JOIN public.pupil_characteristic c ON c.la_code = p.la_code AND c.pupil_id = p.id
         WHERE public.rollcall_scope_role() = 'VIRTUAL_SCHOOL'
           AND p.home_la_code = public.rollcall_scope_la() AND p.home_la_code <> p.la_code
           AND c.characteristic IN ${SOCIAL_WORKER}
           AND c.starts_on <= public.rollcall_scope_today() AND (c.ends_on IS NULL OR c.ends_on >= public.rollcall_scope_today())
        UNION
        -- ...looked after by its LA wherever they are at school...
        SELECT c.la_code, c.pupil_id FROM public.pupil_characteristic c
         WHERE public.rollcall_scope_role() = 'VIRTUAL_SCHOOL' AND c.characteristic = 'LOOKED_AFTER'
           AND c.responsible_la_code = public.rollcall_scope_la()
           AND c.starts_on <= public.rollcall_scope_today() AND (c.ends_on IS NULL OR c.ends_on >= public.rollcall_scope_today())
        UNION
        -- ...or with a social worker assigned today while held or living in its LA.
        SELECT s.la_code, s.pupil_id FROM public.social_worker_assignment s
         WHERE public.rollcall_scope_role() = 'VIRTUAL_SCHOOL' AND s.la_code = public.rollcall_scope_la()
           AND s.starts_on <= public.rollcall_scope_today() AND (s.ends_on IS NULL OR s.ends_on >= public.rollcall_scope_today())
        UNION
        SELECT s.la_code, s.pupil_id FROM public.pupil p
          JOIN public.social_worker_assignment s ON s.la_code = p.la_code AND s.pupil_id = p.id
         WHERE public.rollcall_scope_role() = 'VIRTUAL_SCHOOL'
           AND p.home_la_code = public.rollcall_scope_la() AND p.home_la_code <> p.la_code
           AND s.starts_on <= public.rollcall_scope_today() AND (s.ends_on IS NULL OR s.ends_on >= public.rollcall_scope_today());
      END`);
    await q.query(`
      CREATE OR REPLACE FUNCTION rollcall_scope_enrolments() RETURNS TABLE (la_code bpchar, enrolment_id bigint)
        LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE ROWS 100 SET search_path = pg_catalog, pg_temp
      BEGIN ATOMIC
        -- School staff: their own schools' enrolments only (a register belongs to its school).
        SELECT e.la_code, e.id FROM public.enrolment e
         WHERE public.rollcall_scope_role() = 'SCHOOL_STAFF' AND e.urn = ANY (public.rollcall_scope_urns())
        UNION ALL
        -- Everyone else: every enrolment of the pupils they reach.
        SELECT e.la_code, e.id FROM public.rollcall_scope_pupils() s
          JOIN public.enrolment e ON e.la_code = s.la_code AND e.pupil_id = s.pupil_id
         WHERE public.rollcall_scope_role() <> 'SCHOOL_STAFF';
      END`);
    await q.query(`
      CREATE OR REPLACE FUNCTION rollcall_scope_parents() RETURNS TABLE (la_code bpchar, parent_id bigint)
        LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE ROWS 100 SET search_path = pg_catalog, pg_temp
      BEGIN ATOMIC
        -- The parents of the pupils a scope reaches (a parent sees only their own record: see the policies).
        SELECT DISTINCT pp.la_code, pp.parent_id FROM public.rollcall_scope_pupils() s
          JOIN public.pupil_parent pp ON pp.la_code = s.la_code AND pp.pupil_id = s.pupil_id
         WHERE public.rollcall_scope_role() <> 'PARENT';
      END`);
  }
}
