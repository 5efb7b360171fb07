import { APP_ROLE } from './app-role';
import {
  DatabaseScope,
  LA_A,
  LA_B,
  SCHOOL_A1,
  SCHOOL_A2,
  SCHOOL_B1,
  TWO_AUTHORITY_PARENTS,
  TWO_AUTHORITY_PUPILS,
  TwoAuthorities,
  TwoAuthorityParent,
  TwoAuthorityPupil,
  seedTwoAuthorities,
  useTestDataSource,
  withScope,
} from './testing';

/** Tables with an `la_code` but no child's data: reference data and third-party keys (docs/0006). */
const NOT_CHILD_DATA = ['api_key', 'la_policy', 'local_authority', 'school'];

describe('row-level security in the schema', () => {
  const db = useTestDataSource();
  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.ownerDataSource.query(sql, params)) as T[];

  it('is enabled and forced, with policies, on every table holding la_code, pupil_id or enrolment_id', async () => {
    const tables = await rows<{ table: string; enabled: boolean; forced: boolean; policies: number; childColumns: boolean }>(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname IN ('pupil_id', 'enrolment_id') AND NOT a.attisdropped) AS "childColumns"
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                       AND a.attname IN ('la_code', 'pupil_id', 'enrolment_id') AND NOT a.attisdropped)
       ORDER BY 1`);
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['pupil', 'attendance_mark', 'audit_event', 'role_grant', ...NOT_CHILD_DATA]));
    const unprotected = tables.filter((t) => !NOT_CHILD_DATA.includes(t.table) && !(t.enabled && t.forced && t.policies > 0)).map((t) => t.table);
    expect(unprotected).toEqual([]);
    // An exempt table that gained a child's column would be child data after all.
    expect(tables.filter((t) => NOT_CHILD_DATA.includes(t.table) && t.childColumns).map((t) => t.table)).toEqual([]);
  });

  it('connects the application as a role that owns nothing, is no superuser and cannot bypass row-level security', async () => {
    const [role] = await rows<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`,
      [APP_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: true });
    const owned = await rows<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND pg_has_role($1, c.relowner, 'USAGE')`,
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
    const [who] = (await db.dataSource.query(
      `SELECT current_user AS "user", current_setting('is_superuser') AS superuser, pg_has_role(current_user, 'pg_read_all_data', 'USAGE') AS "readsAll"`,
    )) as { user: string; superuser: string; readsAll: boolean }[];
    expect(who).toEqual({ user: APP_ROLE, superuser: 'off', readsAll: false });
  });

  it('lists what a scope reaches only through SECURITY DEFINER functions owned by a role that cannot sign in', async () => {
    const functions = await rows<{
      name: string;
      definer: boolean;
      owner: string;
      login: boolean;
      bypass: boolean;
      publicExecute: boolean;
      appExecute: boolean;
      language: string;
      volatility: string;
      parallel: string;
      config: string[];
    }>(
      `
      SELECT p.proname AS name, p.prosecdef AS definer, r.rolname AS owner, r.rolcanlogin AS login, r.rolbypassrls OR r.rolsuper AS bypass,
             has_function_privilege('public', p.oid, 'EXECUTE') AS "publicExecute", has_function_privilege($1, p.oid, 'EXECUTE') AS "appExecute",
             l.lanname AS language, p.provolatile AS volatility, p.proparallel AS parallel, p.proconfig AS config
        FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner JOIN pg_language l ON l.oid = p.prolang
       WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef AND p.prorettype <> 'trigger'::regtype ORDER BY 1`,
      [APP_ROLE],
    );
    expect(functions).toEqual(
      // The scope lists, and the session's grants read before any scope exists (migration 1765200000000).
      ['rollcall_scope_enrolments', 'rollcall_scope_parents', 'rollcall_scope_pupils', 'rollcall_session_principal'].map((name) => ({
        name,
        definer: true,
        owner: 'rollcall_scope',
        login: false,
        bypass: false,
        publicExecute: false,
        appExecute: true,
        // PL/pgSQL runs only the scope's own branch, with plans it keeps for the session (migration 1765000000000).
        language: 'plpgsql',
        volatility: 's',
        parallel: 's',
        config: ['search_path=pg_catalog, pg_temp'],
      })),
    );
  });

  it('keeps the school week totals by triggers only: a SECURITY DEFINER function nobody may call, owned by the table’s owner', async () => {
    const functions = await rows<{ name: string; ownsTable: boolean; publicExecute: boolean; appExecute: boolean; config: string[]; triggers: string[] }>(
      `SELECT p.proname AS name, p.proowner = (SELECT relowner FROM pg_class WHERE oid = 'school_week_summary'::regclass) AS "ownsTable",
              has_function_privilege('public', p.oid, 'EXECUTE') AS "publicExecute", has_function_privilege($1, p.oid, 'EXECUTE') AS "appExecute",
              p.proconfig AS config,
              ARRAY(SELECT t.tgname::text FROM pg_trigger t WHERE t.tgfoid = p.oid ORDER BY 1) AS triggers
         FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef AND p.prorettype = 'trigger'::regtype ORDER BY 1`,
      [APP_ROLE],
    );
    expect(functions).toEqual([
      {
        name: 'keep_school_week_summary',
        ownsTable: true,
        publicExecute: false,
        appExecute: false,
        config: ['search_path=pg_catalog, pg_temp'],
        triggers: ['pupil_week_summary_to_school_delete', 'pupil_week_summary_to_school_insert', 'pupil_week_summary_to_school_truncate', 'pupil_week_summary_to_school_update'],
      },
    ]);
  });

  it('keeps the mark partitions out of the application’s reach, and protected should anyone else reach them', async () => {
    const partitions = await rows<{ name: string; forced: boolean; granted: boolean }>(
      `SELECT c.relname AS name, c.relrowsecurity AND c.relforcerowsecurity AS forced,
              has_table_privilege($1, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE') AS granted
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'attendance_mark'::regclass`,
      [APP_ROLE],
    );
    expect(partitions.length).toBeGreaterThan(20);
    expect(partitions.filter((p) => !p.forced || p.granted)).toEqual([]);
    await expect(db.dataSource.query(`SELECT count(*) FROM attendance_mark_2025`)).rejects.toThrow(/permission denied/);
  });

  it('grants the application every table but the migration log, only reading and adding to the audit trail and mark history, and only reading the school week totals', async () => {
    const grants = await rows<{ table: string; privileges: string }>(
      `SELECT c.relname AS table,
              concat_ws(',', CASE WHEN has_table_privilege($1, c.oid, 'SELECT') THEN 'SELECT' END,
                             CASE WHEN has_table_privilege($1, c.oid, 'INSERT') THEN 'INSERT' END,
                             CASE WHEN has_table_privilege($1, c.oid, 'UPDATE') THEN 'UPDATE' END,
                             CASE WHEN has_table_privilege($1, c.oid, 'DELETE') THEN 'DELETE' END,
                             CASE WHEN has_table_privilege($1, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END) AS privileges
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
      [APP_ROLE],
    );
    const byTable = Object.fromEntries(grants.map((g) => [g.table, g.privileges]));
    const special = { migrations: '', attendance_code: 'SELECT', audit_event: 'SELECT,INSERT', attendance_mark_history: 'SELECT,INSERT', school_week_summary: 'SELECT' };
    expect(byTable).toMatchObject(special);
    const others = grants.filter((g) => !Object.keys(special).includes(g.table));
    expect(others.filter((g) => g.privileges !== 'SELECT,INSERT,UPDATE,DELETE')).toEqual([]);
  });
});

type Label = string;

/** How each table's rows are named for the comparison: by pupil forename, "pupil<parent", school URN or LA. */
const PUPIL = (column: string) => `(SELECT p.forename FROM pupil p WHERE p.la_code = t.la_code AND p.id = ${column})`;
const PARENT = (column: string) => `(SELECT p.forename FROM parent p WHERE p.la_code = t.la_code AND p.id = ${column})`;
const BY_ENROLMENT = PUPIL('(SELECT e.pupil_id FROM enrolment e WHERE e.la_code = t.la_code AND e.id = t.enrolment_id)');
const THROUGH = (table: string, key: string) => PUPIL(`(SELECT x.pupil_id FROM ${table} x WHERE x.la_code = t.la_code AND x.id = t.${key})`);

const TABLES: Readonly<Record<string, { key: string; label: string }>> = {
  pupil: { key: `t.id::text`, label: `t.forename` },
  pupil_characteristic: { key: `t.pupil_id || t.characteristic`, label: PUPIL('t.pupil_id') },
  social_worker_assignment: { key: `t.pupil_id || ':' || t.starts_on`, label: PUPIL('t.pupil_id') },
  enrolment: { key: `t.id::text`, label: PUPIL('t.pupil_id') },
  attendance_mark: { key: `t.enrolment_id || t.session`, label: BY_ENROLMENT },
  attendance_mark_history: { key: `t.id::text`, label: BY_ENROLMENT },
  pupil_week_summary: { key: `t.enrolment_id::text`, label: PUPIL('t.pupil_id') },
  pupil_year_summary: { key: `t.enrolment_id::text`, label: PUPIL('t.pupil_id') },
  support_plan: { key: `t.id::text`, label: PUPIL('t.pupil_id') },
  support_plan_action: { key: `t.id::text`, label: THROUGH('support_plan', 'plan_id') },
  support_plan_review: { key: `t.id::text`, label: THROUGH('support_plan', 'plan_id') },
  intervention: { key: `t.id::text`, label: PUPIL('t.pupil_id') },
  intervention_event: { key: `t.id::text`, label: THROUGH('intervention', 'intervention_id') },
  intervention_document: { key: `t.id::text`, label: THROUGH('intervention', 'intervention_id') },
  intervention_payment: { key: `t.id::text`, label: THROUGH('intervention', 'intervention_id') },
  intervention_parent: { key: `t.intervention_id || ':' || t.parent_id`, label: `${THROUGH('intervention', 'intervention_id')} || '<' || ${PARENT('t.parent_id')}` },
  pupil_parent: { key: `t.pupil_id || ':' || t.parent_id`, label: `${PUPIL('t.pupil_id')} || '<' || ${PARENT('t.parent_id')}` },
  absence_report: { key: `t.id::text`, label: `${PUPIL('t.pupil_id')} || '<' || ${PARENT('t.parent_id')}` },
  leave_request: { key: `t.id::text`, label: `${PUPIL('t.pupil_id')} || '<' || ${PARENT('t.parent_id')}` },
  parent: { key: `t.id::text`, label: `t.forename` },
  statutory_return: { key: `t.id::text`, label: `t.urn::text` },
  statutory_return_pupil: { key: `t.return_id || ':' || t.pupil_id`, label: PUPIL('t.pupil_id') },
  targeting_support_meeting: { key: `t.id::text`, label: `t.urn::text` },
  targeting_support_meeting_action: { key: `t.id::text`, label: PUPIL('t.pupil_id') },
  register_import: { key: `t.id::text`, label: `t.urn::text` },
  school_week_summary: { key: `t.urn || ':' || t.week_start`, label: `t.urn::text` },
  notification_outbox: { key: `t.id::text`, label: `t.la_code::text` },
  audit_event: { key: `t.id::text`, label: `t.la_code || ':' || coalesce(${PUPIL('t.pupil_id')}, '-')` },
  role_grant: { key: `t.id::text`, label: `t.role` },
};

const ALL_PUPILS = Object.keys(TWO_AUTHORITY_PUPILS) as TwoAuthorityPupil[];
const ALL_PARENTS = Object.keys(TWO_AUTHORITY_PARENTS) as TwoAuthorityParent[];
const LINKS = ALL_PARENTS.map((parent) => ({ pupil: TWO_AUTHORITY_PARENTS[parent].child as TwoAuthorityPupil, parent }));
const SCHOOL_FIRST_PUPIL: Record<number, TwoAuthorityPupil> = { [SCHOOL_A1]: 'Ann', [SCHOOL_A2]: 'Ben', [SCHOOL_B1]: 'Cal' };

interface Expectation {
  readonly name: string;
  readonly scope?: DatabaseScope | ((ids: TwoAuthorities) => DatabaseScope);
  /** The children the scope reaches; their records follow. */
  readonly pupils: readonly TwoAuthorityPupil[];
  /** Parent records it sees (a parent: only their own). */
  readonly parents: readonly TwoAuthorityParent[];
  /** Schools whose returns, meetings and imports it sees. */
  readonly schools: readonly number[];
  /** Tenants whose outbox, audit trail and role grants it sees. */
  readonly tenants: readonly string[];
  /** For a parent: the links and requests they see (their own, and any about a child they see). */
  readonly asParent?: { readonly links: readonly string[]; readonly requests: readonly string[] };
}

const parentScope = (name: TwoAuthorityParent) => (ids: TwoAuthorities): DatabaseScope => ({ role: 'PARENT', laCode: LA_A, parentIds: [ids.parentIds[name]] });

const EXPECTATIONS: readonly Expectation[] = [
  { name: 'no scope', pupils: [], parents: [], schools: [], tenants: [] },
  { name: 'SYSTEM', scope: { role: 'SYSTEM' }, pupils: ALL_PUPILS, parents: ALL_PARENTS, schools: [SCHOOL_A1, SCHOOL_A2, SCHOOL_B1], tenants: [LA_A, LA_B] },
  { name: 'SYSTEM within LA A', scope: { role: 'SYSTEM', laCode: LA_A }, pupils: ['Ann', 'Ben'], parents: ['Pat', 'Quin', 'Ray'], schools: [SCHOOL_A1, SCHOOL_A2], tenants: [LA_A] },
  // Dan lives in LA A and is at school in LA B: A's officers see him, read-only.
  { name: 'an LA A officer', scope: { role: 'LA_OFFICER', laCode: LA_A }, pupils: ['Ann', 'Ben', 'Dan'], parents: ['Pat', 'Quin', 'Ray'], schools: [SCHOOL_A1, SCHOOL_A2], tenants: [LA_A] },
  { name: 'an LA B administrator', scope: { role: 'LA_ADMIN', laCode: LA_B }, pupils: ['Cal', 'Dan', 'Eve'], parents: ['Sue'], schools: [SCHOOL_B1], tenants: [LA_B] },
  { name: 'staff of school A1', scope: { role: 'SCHOOL_STAFF', laCode: LA_A, urns: [SCHOOL_A1] }, pupils: ['Ann'], parents: ['Pat', 'Ray'], schools: [SCHOOL_A1], tenants: [] },
  { name: 'staff of school B1', scope: { role: 'SCHOOL_STAFF', laCode: LA_B, urns: [SCHOOL_B1] }, pupils: ['Cal', 'Dan', 'Eve'], parents: ['Sue'], schools: [SCHOOL_B1], tenants: [] },
  // Ben is a child in need in A's tenant; Eve is looked after by A and placed in B.
  { name: 'LA A’s Virtual School', scope: { role: 'VIRTUAL_SCHOOL', laCode: LA_A }, pupils: ['Ben', 'Eve'], parents: ['Quin'], schools: [], tenants: [] },
  { name: 'LA B’s Virtual School', scope: { role: 'VIRTUAL_SCHOOL', laCode: LA_B }, pupils: ['Eve'], parents: [], schools: [], tenants: [] },
  {
    name: 'Pat, Ann’s parent',
    scope: parentScope('Pat'),
    pupils: ['Ann'],
    parents: ['Pat'],
    schools: [],
    tenants: [],
    asParent: { links: ['Ann<Pat'], requests: ['Ann<Pat', 'Ann<Ray'] },
  },
  // Ray lives with Ann but has no parental responsibility: his own record, link and requests only.
  { name: 'Ray, without parental responsibility', scope: parentScope('Ray'), pupils: [], parents: ['Ray'], schools: [], tenants: [], asParent: { links: ['Ann<Ray'], requests: ['Ann<Ray'] } },
  { name: 'Quin, Ben’s parent', scope: parentScope('Quin'), pupils: ['Ben'], parents: ['Quin'], schools: [], tenants: [], asParent: { links: ['Ben<Quin'], requests: ['Ben<Quin'] } },
];

function expectedLabels(e: Expectation): Record<string, Label[]> {
  const has = (pupil: TwoAuthorityPupil) => e.pupils.includes(pupil);
  const withCharacteristic = e.pupils.filter((p) => TWO_AUTHORITY_PUPILS[p].characteristic !== null);
  const links = LINKS.filter((l) => has(l.pupil)).map((l) => `${l.pupil}<${l.parent}`);
  const perPupil = [...e.pupils];
  const schoolPupils = e.schools.map((urn) => SCHOOL_FIRST_PUPIL[urn]);
  const audit = e.tenants.flatMap((la) => [`${la}:-`, ...ALL_PUPILS.filter((p) => TWO_AUTHORITY_PUPILS[p].laCode === la).map((p) => `${la}:${p}`)]);
  const grants = [...(e.tenants.includes(LA_A) ? ['PARENT'] : []), ...(e.tenants.includes(LA_B) ? ['SCHOOL_STAFF'] : [])];
  const sorted = (labels: readonly string[]) => [...labels].sort();
  return {
    pupil: sorted(perPupil),
    // A parent sees none of the characteristics or social workers held about their child.
    pupil_characteristic: e.asParent ? [] : sorted(withCharacteristic),
    social_worker_assignment: e.asParent ? [] : sorted(perPupil),
    enrolment: sorted(perPupil),
    attendance_mark: sorted(perPupil.flatMap((p) => [p, p])),
    attendance_mark_history: sorted(perPupil),
    pupil_week_summary: sorted(perPupil),
    pupil_year_summary: sorted(perPupil),
    support_plan: sorted(perPupil),
    support_plan_action: sorted(perPupil),
    support_plan_review: sorted(perPupil),
    intervention: sorted(perPupil),
    intervention_event: sorted(perPupil),
    intervention_document: sorted(perPupil),
    intervention_payment: sorted(perPupil),
    intervention_parent: sorted(links),
    pupil_parent: sorted(e.asParent?.links ?? links),
    absence_report: sorted(e.asParent?.requests ?? links),
    leave_request: sorted(e.asParent?.requests ?? links),
    parent: sorted(e.parents),
    statutory_return: sorted(e.schools.map(String)),
    statutory_return_pupil: sorted(schoolPupils),
    targeting_support_meeting: sorted(e.schools.map(String)),
    targeting_support_meeting_action: sorted(schoolPupils),
    register_import: sorted(e.schools.map(String)),
    school_week_summary: sorted(e.schools.map(String)),
    notification_outbox: sorted(e.tenants),
    audit_event: sorted(audit),
    role_grant: sorted(grants),
  };
}

describe('row-level security, queried directly under each scope', () => {
  const db = useTestDataSource();
  let ids: TwoAuthorities;
  /** Every row's label, by table and key, read as the owner. */
  const labels = new Map<string, Map<string, Label>>();

  beforeAll(async () => {
    ids = await seedTwoAuthorities(db.ownerDataSource);
    for (const [table, { key, label }] of Object.entries(TABLES)) {
      const rows = (await db.ownerDataSource.query(`SELECT ${key} AS key, ${label} AS label FROM ${table} t`)) as { key: string; label: Label }[];
      labels.set(table, new Map(rows.map((r) => [r.key, r.label])));
    }
  });

  const scopeOf = (e: Expectation): DatabaseScope | undefined => (typeof e.scope === 'function' ? e.scope(ids) : e.scope);

  it('covers every table with row-level security', async () => {
    const protectedTables = (await db.ownerDataSource.query(
      `SELECT relname AS table FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relrowsecurity AND NOT relispartition ORDER BY 1`,
    )) as { table: string }[];
    expect(Object.keys(TABLES).sort()).toEqual(protectedTables.map((t) => t.table));
  });

  it.each(EXPECTATIONS.map((e) => [e.name, e] as const))('%s sees exactly its own rows in every table', async (_name, expectation) => {
    const seen = await withScope(db.dataSource, scopeOf(expectation), async (tx) => {
      const result: Record<string, Label[]> = {};
      for (const [table, { key }] of Object.entries(TABLES)) {
        const rows = (await tx.query(`SELECT ${key} AS key FROM ${table} t`)) as { key: string }[];
        result[table] = rows.map((r) => labels.get(table)?.get(r.key) ?? `unknown ${r.key}`).sort();
      }
      return result;
    });
    expect(seen).toEqual(expectedLabels(expectation));
  });

  describe('writes', () => {
    const laOfficerA: DatabaseScope = { role: 'LA_OFFICER', laCode: LA_A };
    const staffA1: DatabaseScope = { role: 'SCHOOL_STAFF', laCode: LA_A, urns: [SCHOOL_A1] };
    const refused = /violates row-level security policy/;

    /** Runs the statement under the scope and rolls it back, returning the rows it touched. */
    async function attempt(scope: DatabaseScope | undefined, sql: string, params: unknown[] = []): Promise<number> {
      const rollback = new Error('rollback');
      let touched = 0;
      await expect(
        withScope(db.dataSource, scope, async (tx) => {
          const result = (await tx.query(`WITH changed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM changed`, params)) as { n: number }[];
          touched = result[0].n;
          throw rollback;
        }),
      ).rejects.toBe(rollback);
      return touched;
    }
    async function refusal(scope: DatabaseScope | undefined, sql: string, params: unknown[] = []): Promise<void> {
      await expect(withScope(db.dataSource, scope, (tx) => tx.query(sql, params))).rejects.toThrow(refused);
    }
    const insertCharacteristic = `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on) VALUES ($1, $2, 'EARLY_HELP', '2025-10-01')`;
    const insertMark = `INSERT INTO attendance_mark (la_code, enrolment_id, date, session, code, source, recorded_by) VALUES ($1, $2, '2025-10-07', 'AM', '/', 1, 'test')`;

    it('lets an LA write its own tenant, not another LA’s, and not its residents held elsewhere', async () => {
      expect(await attempt(laOfficerA, insertCharacteristic, [LA_A, ids.pupilIds.Ann])).toBe(1);
      await refusal(laOfficerA, insertCharacteristic, [LA_B, ids.pupilIds.Cal]);
      // Dan lives in A but is held by B: A reads his record and cannot change it.
      expect(await attempt(laOfficerA, `UPDATE pupil SET surname = 'Changed' WHERE id = $1`, [ids.pupilIds.Dan])).toBe(0);
      expect(await attempt(laOfficerA, `UPDATE pupil SET surname = 'Changed' WHERE id = $1`, [ids.pupilIds.Ann])).toBe(1);
      await refusal(laOfficerA, `UPDATE notification_outbox SET la_code = $1`, [LA_B]);
      await refusal({ role: 'SYSTEM', laCode: LA_A }, `INSERT INTO parent (la_code, forename, surname) VALUES ($1, 'New', 'Parent')`, [LA_B]);
    });

    it('lets school staff write their own pupils’ registers only, in their own tenant', async () => {
      expect(await attempt(staffA1, insertMark, [LA_A, ids.enrolmentIds.Ann])).toBe(1);
      await refusal(staffA1, insertMark, [LA_A, ids.enrolmentIds.Ben]);
      await refusal(staffA1, insertMark, [LA_B, ids.enrolmentIds.Cal]);
      expect(await attempt(staffA1, `UPDATE attendance_mark SET code = 'M' WHERE enrolment_id = $1`, [ids.enrolmentIds.Ben])).toBe(0);
      expect(await attempt(staffA1, `DELETE FROM pupil_characteristic WHERE pupil_id = $1`, [ids.pupilIds.Ben])).toBe(0);
      // Handing one of their school's rows to another school is refused too.
      await refusal(staffA1, `UPDATE support_plan SET urn = $2 WHERE pupil_id = $1`, [ids.pupilIds.Ann, SCHOOL_A2]);
    });

    it('lets the Virtual School write a plan for a child it looks after in another LA, and for no one else', async () => {
      const plan = `INSERT INTO support_plan (la_code, pupil_id, kind, status, starts_on, created_by) VALUES ($1, $2, 'PERSONAL_EDUCATION_PLAN', 'ACTIVE', '2025-10-01', 'vs')`;
      expect(await attempt({ role: 'VIRTUAL_SCHOOL', laCode: LA_A }, plan, [LA_B, ids.pupilIds.Eve])).toBe(1);
      await refusal({ role: 'VIRTUAL_SCHOOL', laCode: LA_A }, plan, [LA_B, ids.pupilIds.Cal]);
      expect(await attempt({ role: 'VIRTUAL_SCHOOL', laCode: LA_A }, `UPDATE pupil SET surname = 'Changed' WHERE id = $1`, [ids.pupilIds.Eve])).toBe(0);
    });

    it('lets a parent report absence for their own child as themselves, and change no child’s record', async () => {
      const pat = parentScope('Pat')(ids);
      const report = `INSERT INTO absence_report (la_code, pupil_id, parent_id, first_date, first_session, last_date, last_session, reason)
                      VALUES ($1, $2, $3, '2025-10-08', 'AM', '2025-10-08', 'PM', 'ILLNESS')`;
      expect(await attempt(pat, report, [LA_A, ids.pupilIds.Ann, ids.parentIds.Pat])).toBe(1);
      await refusal(pat, report, [LA_A, ids.pupilIds.Ben, ids.parentIds.Pat]);
      await refusal(pat, report, [LA_A, ids.pupilIds.Ann, ids.parentIds.Ray]);
      expect(await attempt(pat, `UPDATE pupil SET surname = 'Changed' WHERE id = $1`, [ids.pupilIds.Ann])).toBe(0);
      expect(await attempt(pat, `UPDATE parent SET phone = '07700 900001' WHERE id = $1`, [ids.parentIds.Pat])).toBe(1);
      expect(await attempt(pat, `UPDATE parent SET phone = '07700 900001' WHERE id = $1`, [ids.parentIds.Ray])).toBe(0);
    });

    it('fails closed without a scope: nothing written, nothing changed', async () => {
      await refusal(undefined, insertMark, [LA_A, ids.enrolmentIds.Ann]);
      await refusal(undefined, `INSERT INTO audit_event (la_code, actor, action, entity) VALUES ($1, 'x', 'READ', 'Pupil')`, [LA_A]);
      expect(await attempt(undefined, `UPDATE pupil SET surname = 'Changed'`)).toBe(0);
      expect(await attempt(undefined, `DELETE FROM attendance_mark`)).toBe(0);
    });

    it('keeps the audit trail and the mark history append-only for the application', async () => {
      await expect(withScope(db.dataSource, { role: 'SYSTEM' }, (tx) => tx.query(`UPDATE audit_event SET actor = 'someone else'`))).rejects.toThrow(/permission denied/);
      await expect(withScope(db.dataSource, { role: 'SYSTEM' }, (tx) => tx.query(`DELETE FROM attendance_mark_history`))).rejects.toThrow(/permission denied/);
    });

    it('lets nobody change the school week totals but through the week summaries', async () => {
      await expect(withScope(db.dataSource, { role: 'SYSTEM' }, (tx) => tx.query(`UPDATE school_week_summary SET possible = 0`))).rejects.toThrow(/permission denied/);
      await expect(withScope(db.dataSource, staffA1, (tx) => tx.query(`DELETE FROM school_week_summary`))).rejects.toThrow(/permission denied/);
      await expect(
        withScope(db.dataSource, staffA1, (tx) =>
          tx.query(`INSERT INTO school_week_summary VALUES ($1, $2, '2025-10-13', 1, 2, 2, 0, 0, 0, 0)`, [LA_A, SCHOOL_A1]),
        ),
      ).rejects.toThrow(/permission denied/);
    });
  });
});

describe('a school reading its registers under row-level security', () => {
  const db = useTestDataSource();
  const staff: DatabaseScope = { role: 'SCHOOL_STAFF', laCode: LA_A, urns: [SCHOOL_A1] };

  beforeAll(async () => {
    await seedTwoAuthorities(db.ownerDataSource);
    // Two schools of 400 pupils with a term of marks each: 2 × 400 × 60 days × 2 sessions = 96,000 marks.
    await db.ownerDataSource.query(`
      WITH pupils AS (
        INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code)
        SELECT $1, 'X' || lpad(n::text, 12, '0'), 'Pupil', 'No. ' || n, '2016-01-01', 'M', $1 FROM generate_series(1, 800) n
        RETURNING id
      ), enrolments AS (
        INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on)
        SELECT $1, id, CASE WHEN id % 2 = 0 THEN $2::int ELSE $3::int END, '2024-09-02' FROM pupils RETURNING id
      )
      INSERT INTO attendance_mark (la_code, enrolment_id, date, session, code, source, recorded_by)
      SELECT $1, e.id, d::date, s, '/', 1, 'bulk'
        FROM enrolments e, generate_series('2025-09-01'::date, '2025-11-30', '1 day') d, unnest(ARRAY['AM', 'PM']) s
       WHERE extract(isodow FROM d) < 6`,
      [LA_A, SCHOOL_A1, SCHOOL_A2],
    );
    await db.ownerDataSource.query(`ANALYZE`);
  });

  it('finds a class’s week of marks through the primary key, with the scope checked from one hashed list', async () => {
    const plan = await withScope(db.dataSource, staff, async (tx) => {
      const enrolments = (await tx.query(`SELECT id FROM enrolment WHERE urn = $1 ORDER BY id DESC LIMIT 30`, [SCHOOL_A1])) as { id: string }[];
      const [row] = (await tx.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT enrolment_id, date, session, code FROM attendance_mark
          WHERE la_code = $1 AND enrolment_id = ANY ($2::bigint[]) AND date BETWEEN '2025-10-06' AND '2025-10-10'`,
        [LA_A, enrolments.map((e) => e.id)],
      )) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
      return row['QUERY PLAN'][0].Plan;
    });
    const nodes = flatten(plan);
    const scans = nodes.filter((n) => n['Relation Name']?.startsWith('attendance_mark'));
    expect(scans.map((n) => `${n['Node Type']} ${n['Index Name']}`)).toEqual(['Index Scan attendance_mark_2025_pkey']);
    expect(nodes.some((n) => n['Subplan Name']?.startsWith('hashed SubPlan') || n['Subplan Name']?.startsWith('SubPlan'))).toBe(true);
    expect(plan['Actual Rows']).toBe(30 * 5 * 2);
  });

  it('sees the same marks as Rollcall itself does for its school, and none of the other school’s', async () => {
    const count = (scope: DatabaseScope, urn: number) =>
      withScope(db.dataSource, scope, async (tx) => {
        const [row] = (await tx.query(
          `SELECT count(*)::int AS n FROM attendance_mark m JOIN enrolment e ON e.la_code = m.la_code AND e.id = m.enrolment_id WHERE e.urn = $1`,
          [urn],
        )) as { n: number }[];
        return row.n;
      });
    expect(await count(staff, SCHOOL_A1)).toBe(await count({ role: 'SYSTEM' }, SCHOOL_A1));
    expect(await count(staff, SCHOOL_A1)).toBeGreaterThan(40_000);
    expect(await count(staff, SCHOOL_A2)).toBe(0);
  });
});

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Name'?: string;
  readonly 'Subplan Name'?: string;
  readonly 'Actual Rows'?: number;
  readonly Plans?: readonly PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}
