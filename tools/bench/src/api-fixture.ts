import { Readable } from 'node:stream';
import { Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { IdentityService } from '@rollcall/api-identity';
import { RosterService } from '@rollcall/api-pupils';
import { RegisterImportService } from '@rollcall/api-registers';
import { DataSource } from 'typeorm';
import { ApiPlan, CLASS_SIZE, SEEDED_SESSIONS, codeFor } from './api-plan';
import { loadSyntheticRoster } from './synthetic-roster';

/** The staff's password (the product's policy: 12 characters or more). */
export const STAFF_PASSWORD = 'rollcall-bench-staff-password';

export interface ApiFixture {
  /** Each school's MIS key (`registers:write`), by the plan's school index. */
  readonly schoolKeys: readonly string[];
  /** Marks recorded before the clock starts (the first school week's, which the register query reads). */
  readonly seededMarks: number;
}

const scopeFor = (laCode: string): Scope => systemScope(systemActor('bench'), laCode);

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

/**
 * The API part's world, set up through the product's services as an LA administrator and the schools' MIS would:
 * the schools with their calendars and classes, the first week's registers (imported), a user with a school staff
 * role for each member of staff, and an MIS key for each school.
 */
export async function setUpApiFixture(dataSource: DataSource, plan: ApiPlan, log: (line: string) => void): Promise<ApiFixture> {
  const scope = scopeFor(plan.laCode);
  const pupils = plan.schools.length * plan.schools[0].classes.length * CLASS_SIZE;
  log(`  ${plan.schools.length} schools of ${plan.schools[0].classes.length} classes of ${CLASS_SIZE} (${pupils} pupils)…`);
  await loadSyntheticRoster(
    new RosterService(dataSource),
    scope,
    plan,
    plan.schools.map((school, s) => ({
      urn: school.urn,
      laestab: school.laestab,
      name: `Synthetic Primary ${school.urn}`,
      pupils: school.classes.flat().map((p, i) => ({ ...p, sex: (s + i) % 2 ? ('F' as const) : ('M' as const) })),
    })),
  );

  const seeded = plan.sessions.slice(0, SEEDED_SESSIONS);
  log(`  the first ${seeded.length} sessions' registers, imported…`);
  const importer = new RegisterImportService(dataSource);
  let seededMarks = 0;
  for (const school of plan.schools) {
    const rows = school.classes.flat().flatMap((p, i) => seeded.map((s, j) => `${p.upn},${s.date},${s.session},${codeFor(s.session, i * 31 + j)},\n`));
    const result = await importer.importCsv(scope, {
      laCode: plan.laCode,
      urn: school.urn,
      idempotencyKey: `bench-seed-${school.urn}`,
      csv: Readable.from([`upn,date,session,code,minutes_late\n${rows.join('')}`]),
    });
    seededMarks += result.marks;
  }

  log(`  ${plan.staff.length} school staff users and ${plan.schools.length} MIS keys…`);
  const identity = new IdentityService(dataSource);
  await inBatches(plan.staff, 4, async (staff) => {
    const user = await identity.createUser(scope, { email: staff.email, displayName: staff.email.split('@')[0], password: STAFF_PASSWORD });
    await identity.grantRole(scope, { userId: user.id, role: 'SCHOOL_STAFF', laCode: plan.laCode, urn: staff.urn });
  });
  const schoolKeys: string[] = [];
  for (const school of plan.schools) {
    const { key } = await identity.createApiKey(scope, { laCode: plan.laCode, urn: school.urn, name: `Bench MIS ${school.urn}`, scopes: ['registers:write'] });
    schoolKeys.push(key);
  }
  return { schoolKeys, seededMarks };
}

export interface WrittenBySubmissions {
  /** Register submissions the database holds (one `register_import` of kind MARKS each). */
  readonly submissions: number;
  /** Marks whose latest entry came from one of them. */
  readonly marks: number;
  /** Submissions that did not record a whole class (the import's own count of its marks). */
  readonly partial: number;
}

/** What the submissions wrote, counted in the database afterwards (as Rollcall itself, within the LA). */
export async function writtenBySubmissions(dataSource: DataSource, plan: ApiPlan): Promise<WrittenBySubmissions> {
  const urns = plan.schools.map((s) => s.urn);
  return inTransaction(dataSource, scopeFor(plan.laCode), async (tx) => {
    const [imports] = (await tx.query(
      `SELECT count(*)::int AS submissions, count(*) FILTER (WHERE marks IS DISTINCT FROM $3)::int AS partial
         FROM register_import WHERE la_code = $1 AND kind = 'MARKS' AND urn = ANY($2::int[])`,
      [plan.laCode, urns, CLASS_SIZE],
    )) as { submissions: number; partial: number }[];
    const [marks] = (await tx.query(
      `SELECT count(*)::int AS marks FROM attendance_mark
        WHERE la_code = $1 AND import_id IN (SELECT id FROM register_import WHERE la_code = $1 AND kind = 'MARKS' AND urn = ANY($2::int[]))`,
      [plan.laCode, urns],
    )) as { marks: number }[];
    return { submissions: imports.submissions, partial: imports.partial, marks: marks.marks };
  });
}
