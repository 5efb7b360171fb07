import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security, enabled and forced, on every table holding a child's data (docs/0006-row-level-security.md).
 * The application connects as `rollcall_app`, which owns nothing, is no superuser and cannot bypass RLS; each
 * transaction sets its scope with `set_config(..., true)` (`SET LOCAL`, libs/api/core's `inTransaction`) and the
 * policies read it back. An unset scope sees nothing and can write nothing.
 *
 * `rollcall_scope` (NOLOGIN) owns the SECURITY DEFINER functions that list the pupils, enrolments and parents a
 * scope reaches outside its own tenant; it alone may read the five tables those lists come from without a scope,
 * so the policies never recurse into each other.
 */

const APP = 'rollcall_app';
const SCOPE = 'rollcall_scope';

// The scope, read once per statement (an InitPlan), never per row. Each accessor answers only for the roles it
// belongs to (school staff's URNs, a parent's own ids), so a policy needs no role test of its own where it uses one,
// and PostgreSQL estimates `la_code = …` and `urn = ANY (…)` from the column's statistics, as for any query.
// (The casts keep `= ANY (...)` reading an array, not the rows of a subquery.)
const ROLE = '(SELECT rollcall_scope_role())';
const LA = '(SELECT rollcall_scope_la())';
const URNS = '(SELECT rollcall_scope_urns())::int[]';
const PARENT_IDS = '(SELECT rollcall_scope_parent_ids())::bigint[]';

/** SYSTEM (within its LA when one is set) and the LA's officers and admins: every row of the tenant. */
const tenant = (t: string): string => `(${t}.la_code = (SELECT rollcall_scope_tenant()) OR (SELECT rollcall_scope_all_tenants()))`;
/** School staff: a row carrying the URN of one of their schools. */
const staffSchool = (t: string): string => `${t}.urn = ANY (${URNS})`;
/** School staff writing: a row of one of their schools, in their LA's tenant. */
const staffWrites = (t: string): string => `(${t}.la_code = ${LA} AND ${t}.urn = ANY (${URNS}))`;
/** A pupil the scope reaches beyond its tenant rights (staff, Virtual School, parent, an LA's residents elsewhere). */
const scopePupil = (t: string, column = 'pupil_id'): string =>
  `(${t}.la_code, ${t}.${column}) IN (SELECT s.la_code, s.pupil_id FROM rollcall_scope_pupils() s)`;
const scopeEnrolment = (t: string): string =>
  `(${t}.la_code, ${t}.enrolment_id) IN (SELECT s.la_code, s.enrolment_id FROM rollcall_scope_enrolments() s)`;
const scopeParent = (t: string): string => `(${t}.la_code, ${t}.id) IN (SELECT s.la_code, s.parent_id FROM rollcall_scope_parents() s)`;
/** A parent's own row, or a row naming them. */
const ownParent = (t: string, column = 'parent_id'): string => `(${t}.la_code = ${LA} AND ${t}.${column} = ANY (${PARENT_IDS}))`;
/** School staff writing a record of one of their pupils, in their LA's tenant. */
const staffWritesPupil = (t: string, column = 'pupil_id'): string =>
  `(${ROLE} = 'SCHOOL_STAFF' AND ${t}.la_code = ${LA} AND ${scopePupil(t, column)})`;
/** Any scoped role writing in its own LA's tenant (audit and outbox rows that go with its changes). */
const ownLa = (t: string): string => `(${ROLE} <> '' AND ${t}.la_code = ${LA})`;
const any = (...terms: string[]): string => terms.join('\n    OR ');

interface TablePolicy {
  readonly table: string;
  readonly read: string;
  /** For INSERT (WITH CHECK), UPDATE (USING and WITH CHECK) and DELETE (USING). */
  readonly write: string;
  /** Overrides `write` for INSERT. */
  readonly insert?: string;
  /** Only SELECT and INSERT are granted, and only their policies made: append-only for the application. */
  readonly appendOnly?: boolean;
}

/** Casework rows reached through the row they belong to: visible and writable exactly when that row is. */
function through(table: string, parent: string, key: string, parentWrite: (t: string) => string): Pick<TablePolicy, 'read' | 'write'> {
  const link = `p.la_code = ${table}.la_code AND p.id = ${table}.${key}`;
  return {
    read: `EXISTS (SELECT 1 FROM ${parent} p WHERE ${link})`,
    write: `EXISTS (SELECT 1 FROM ${parent} p WHERE ${link} AND (${parentWrite('p')}))`,
  };
}

const supportPlanWrite = (t: string): string => any(tenant(t), staffWrites(t), `(${ROLE} = 'VIRTUAL_SCHOOL' AND ${scopePupil(t)})`);
const interventionWrite = (t: string): string => any(tenant(t), staffWrites(t));
const schoolRecord = (t: string): string => any(tenant(t), staffWrites(t));
/** Rows carrying a URN and a pupil: staff see their own schools' rows, others the pupils they reach. */
const schoolPupilRead = (t: string): string => any(tenant(t), staffSchool(t), `(${ROLE} <> 'SCHOOL_STAFF' AND ${scopePupil(t)})`);
const parentRequest = (t: string): TablePolicy => ({
  table: t,
  read: any(tenant(t), scopePupil(t), ownParent(t)),
  write: any(
    tenant(t),
    staffWritesPupil(t),
    `(${ownParent(t)} AND EXISTS (SELECT 1 FROM pupil_parent pp WHERE pp.la_code = ${t}.la_code AND pp.pupil_id = ${t}.pupil_id AND pp.parent_id = ${t}.parent_id))`,
  ),
});

/** Every table holding a child's data, with who may read and write its rows. */
const CHILD_DATA_POLICIES: readonly TablePolicy[] = [
  { table: 'pupil', read: any(tenant('pupil'), scopePupil('pupil', 'id')), write: any(tenant('pupil'), staffWritesPupil('pupil', 'id')) },
  ...['pupil_characteristic', 'social_worker_assignment'].map((t) => ({ table: t, read: any(tenant(t), scopePupil(t)), write: any(tenant(t), staffWritesPupil(t)) })),
  {
    table: 'pupil_parent',
    read: any(tenant('pupil_parent'), `(${ROLE} <> 'PARENT' AND ${scopePupil('pupil_parent')})`, ownParent('pupil_parent')),
    write: any(tenant('pupil_parent'), staffWritesPupil('pupil_parent')),
  },
  {
    table: 'parent',
    read: any(tenant('parent'), scopeParent('parent'), ownParent('parent', 'id')),
    write: any(tenant('parent'), `(${ROLE} = 'SCHOOL_STAFF' AND parent.la_code = ${LA} AND ${scopeParent('parent')})`, ownParent('parent', 'id')),
  },
  {
    table: 'enrolment',
    read: any(tenant('enrolment'), staffSchool('enrolment'), `(${ROLE} <> 'SCHOOL_STAFF' AND ${scopePupil('enrolment')})`),
    write: schoolRecord('enrolment'),
  },
  ...['attendance_mark', 'attendance_mark_history'].map((t) => ({
    table: t,
    read: any(tenant(t), scopeEnrolment(t)),
    write: any(tenant(t), `(${ROLE} = 'SCHOOL_STAFF' AND ${t}.la_code = ${LA} AND ${scopeEnrolment(t)})`),
    appendOnly: t === 'attendance_mark_history',
  })),
  { table: 'pupil_week_summary', read: schoolPupilRead('pupil_week_summary'), write: schoolRecord('pupil_week_summary') },
  { table: 'register_import', read: schoolRecord('register_import'), write: schoolRecord('register_import') },
  { table: 'support_plan', read: schoolPupilRead('support_plan'), write: supportPlanWrite('support_plan') },
  { table: 'support_plan_action', ...through('support_plan_action', 'support_plan', 'plan_id', supportPlanWrite) },
  { table: 'support_plan_review', ...through('support_plan_review', 'support_plan', 'plan_id', supportPlanWrite) },
  { table: 'intervention', read: schoolPupilRead('intervention'), write: interventionWrite('intervention') },
  ...['intervention_parent', 'intervention_event', 'intervention_document', 'intervention_payment'].map((t) => ({
    table: t,
    ...through(t, 'intervention', 'intervention_id', interventionWrite),
  })),
  { table: 'statutory_return', read: schoolRecord('statutory_return'), write: schoolRecord('statutory_return') },
  { table: 'statutory_return_pupil', ...through('statutory_return_pupil', 'statutory_return', 'return_id', schoolRecord) },
  { table: 'targeting_support_meeting', read: schoolRecord('targeting_support_meeting'), write: schoolRecord('targeting_support_meeting') },
  { table: 'targeting_support_meeting_action', ...through('targeting_support_meeting_action', 'targeting_support_meeting', 'meeting_id', schoolRecord) },
  parentRequest('absence_report'),
  parentRequest('leave_request'),
  {
    table: 'notification_outbox',
    // The LA's team reads its tenant's outbox; a school, the Virtual School and a parent read what is addressed to them.
    read: any(
      tenant('notification_outbox'),
      `(notification_outbox.la_code = ${LA} AND notification_outbox.recipient = ANY (SELECT 'school:' || u FROM unnest(${URNS}) u))`,
      `(${ROLE} = 'VIRTUAL_SCHOOL' AND notification_outbox.la_code = ${LA} AND notification_outbox.recipient = 'virtual-school:' || ${LA})`,
      `(notification_outbox.la_code = ${LA} AND notification_outbox.recipient = ANY (SELECT 'parent:' || p FROM unnest(${PARENT_IDS}) p))`,
    ),
    write: tenant('notification_outbox'),
    insert: any(tenant('notification_outbox'), ownLa('notification_outbox')),
  },
  {
    table: 'audit_event',
    read: tenant('audit_event'),
    write: tenant('audit_event'),
    insert: any(tenant('audit_event'), ownLa('audit_event'), `(audit_event.pupil_id IS NOT NULL AND ${scopePupil('audit_event')})`),
    appendOnly: true,
  },
  // Links a parent's record to a sign-in; only Rollcall itself and the LA's administrators change them.
  { table: 'role_grant', read: tenant('role_grant'), write: `(${ROLE} IN ('SYSTEM', 'LA_ADMIN') AND ${tenant('role_grant')})` },
];

/** Reference data and sign-in tables: no child's data, no row policies; the services decide who changes them. */
const REFERENCE_TABLES = ['local_authority', 'la_policy', 'school', 'school_half_term', 'school_closure', 'app_user', 'api_key', 'user_session'];
/** The tables `rollcall_scope` reads, without a scope, to list what a scope reaches. */
const SCOPE_SOURCES = ['pupil', 'enrolment', 'pupil_characteristic', 'pupil_parent', 'social_worker_assignment'];
const SCOPE_FUNCTIONS = ['rollcall_scope_pupils()', 'rollcall_scope_enrolments()', 'rollcall_scope_parents()'];
const SOCIAL_WORKER = `('CHILD_IN_NEED', 'CHILD_PROTECTION', 'LOOKED_AFTER', 'PREVIOUSLY_LOOKED_AFTER')`;

export class RowLevelSecurity1764400000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // Roles belong to the whole server: create them once, and refuse to go on if someone made them too powerful.
    await q.query(`
      DO $$
      BEGIN
        BEGIN
          CREATE ROLE ${APP} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
        BEGIN
          CREATE ROLE ${SCOPE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname IN ('${APP}', '${SCOPE}') AND (rolsuper OR rolbypassrls)) THEN
          RAISE EXCEPTION '${APP} and ${SCOPE} must be neither superusers nor able to bypass row-level security';
        END IF;
        -- The migrating owner hands its scope functions to ${SCOPE}, so it must be able to act as it.
        IF NOT pg_has_role(current_user, '${SCOPE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${SCOPE} TO %I', current_user);
        END IF;
      END $$`);

    // The request's scope, as inTransaction sets it; anything unset or malformed reads as nothing.
    await q.query(`CREATE FUNCTION rollcall_scope_role() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
      RETURN coalesce(current_setting('rollcall.role', true), '')`);
    await q.query(`CREATE FUNCTION rollcall_scope_la() RETURNS bpchar LANGUAGE sql STABLE PARALLEL SAFE
      RETURN nullif(current_setting('rollcall.la_code', true), '')::bpchar`);
    await q.query(`CREATE FUNCTION rollcall_scope_urns() RETURNS int[] LANGUAGE sql STABLE PARALLEL SAFE
      RETURN CASE WHEN rollcall_scope_role() = 'SCHOOL_STAFF'
                  THEN string_to_array(nullif(current_setting('rollcall.urns', true), ''), ',')::int[] END`);
    await q.query(`CREATE FUNCTION rollcall_scope_parent_ids() RETURNS bigint[] LANGUAGE sql STABLE PARALLEL SAFE
      RETURN CASE WHEN rollcall_scope_role() = 'PARENT'
                  THEN string_to_array(nullif(current_setting('rollcall.parent_ids', true), ''), ',')::bigint[] END`);
    // The tenant whose every row the scope sees (SYSTEM within an LA, an LA's officers and admins), and whether it
    // sees every tenant (SYSTEM with no LA).
    await q.query(`CREATE FUNCTION rollcall_scope_tenant() RETURNS bpchar LANGUAGE sql STABLE PARALLEL SAFE
      RETURN CASE WHEN rollcall_scope_role() IN ('SYSTEM', 'LA_OFFICER', 'LA_ADMIN') THEN rollcall_scope_la() END`);
    await q.query(`CREATE FUNCTION rollcall_scope_all_tenants() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      RETURN rollcall_scope_role() = 'SYSTEM' AND rollcall_scope_la() IS NULL`);
    await q.query(`CREATE FUNCTION rollcall_scope_today() RETURNS date LANGUAGE sql STABLE PARALLEL SAFE
      RETURN (now() AT TIME ZONE 'Europe/London')::date`);

    // The Virtual School finds its children by these.
    await q.query(`
      CREATE INDEX pupil_characteristic_social_worker ON pupil_characteristic (la_code, pupil_id)
        WHERE characteristic IN ${SOCIAL_WORKER};
      CREATE INDEX pupil_characteristic_looked_after ON pupil_characteristic (responsible_la_code)
        WHERE characteristic = 'LOOKED_AFTER'`);

    await q.query(`
      CREATE FUNCTION rollcall_scope_pupils() RETURNS TABLE (la_code bpchar, pupil_id bigint)
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
      CREATE FUNCTION rollcall_scope_enrolments() RETURNS TABLE (la_code bpchar, enrolment_id bigint)
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
      CREATE FUNCTION rollcall_scope_parents() RETURNS TABLE (la_code bpchar, parent_id bigint)
        LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE ROWS 100 SET search_path = pg_catalog, pg_temp
      BEGIN ATOMIC
        -- The parents of the pupils a scope reaches (a parent sees only their own record: see the policies).
        SELECT DISTINCT pp.la_code, pp.parent_id FROM public.rollcall_scope_pupils() s
          JOIN public.pupil_parent pp ON pp.la_code = s.la_code AND pp.pupil_id = s.pupil_id
         WHERE public.rollcall_scope_role() <> 'PARENT';
      END`);
    for (const fn of SCOPE_FUNCTIONS) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO ${SCOPE}`);
      await q.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP}`);
    }

    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP}, ${SCOPE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP}`);
    for (const { table, read, write, insert, appendOnly } of CHILD_DATA_POLICIES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY`);
      await q.query(`GRANT ${appendOnly ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE'} ON ${table} TO ${APP}`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (\n    ${read})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (\n    ${insert ?? write})`);
      if (!appendOnly) {
        await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (\n    ${write}) WITH CHECK (\n    ${write})`);
        await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (\n    ${write})`);
      }
    }
    for (const table of SCOPE_SOURCES) {
      await q.query(`GRANT SELECT ON ${table} TO ${SCOPE}`);
      await q.query(`CREATE POLICY ${table}_scope_lists ON ${table} FOR SELECT TO ${SCOPE} USING (true)`);
    }
    // A partition is reached only through attendance_mark (whose policies apply); directly, by nobody but the owner.
    await q.query(`
      DO $$
      DECLARE part regclass;
      BEGIN
        FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'attendance_mark'::regclass LOOP
          EXECUTE format('REVOKE ALL ON %s FROM PUBLIC, ${APP}', part);
          EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', part);
        END LOOP;
      END $$`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${REFERENCE_TABLES.join(', ')} TO ${APP}`);
    await q.query(`GRANT SELECT ON attendance_code TO ${APP}`);
    // Identity columns need no grant; nextval() on a table's sequence (the roster reserves parent ids) does.
    await q.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${APP}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of [...CHILD_DATA_POLICIES].reverse()) {
      for (const suffix of ['read', 'insert', 'update', 'delete', 'scope_lists']) await q.query(`DROP POLICY IF EXISTS ${table}_${suffix} ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`
      DO $$
      DECLARE part regclass;
      BEGIN
        FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'attendance_mark'::regclass LOOP
          EXECUTE format('ALTER TABLE %s NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY', part);
        END LOOP;
      END $$`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP}, ${SCOPE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP}, ${SCOPE}`);
    for (const fn of ['rollcall_scope_parents()', 'rollcall_scope_enrolments()', 'rollcall_scope_pupils()']) await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`DROP INDEX pupil_characteristic_looked_after, pupil_characteristic_social_worker`);
    const accessors = ['rollcall_scope_all_tenants()', 'rollcall_scope_tenant()', 'rollcall_scope_today()', 'rollcall_scope_parent_ids()'];
    for (const fn of [...accessors, 'rollcall_scope_urns()', 'rollcall_scope_la()', 'rollcall_scope_role()']) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    // The roles themselves stay: they belong to the server, and other databases on it may use them.
  }
}
