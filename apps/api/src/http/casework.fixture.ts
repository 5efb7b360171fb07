import { seedEnrolment, seedLocalAuthority, seedParent, seedPupil, seedSchool, systemQuery } from '@rollcall/db/testing';
import { DataSource } from 'typeorm';
import type { ApiHarness, Caller, GraphQLResponse } from '../testing/api-harness';

/**
 * The people and places the casework HTTP tests share: two LAs, three schools, and children whose records each
 * caller should or should not see.
 * - amy: at school A in LA 928, mother `amysMum` (parental responsibility) and `amysCarer` (no parental responsibility);
 * - ben: at school B in LA 928, father `bensDad`;
 * - cal: at school A, a child in need (so the Virtual School's);
 * - dee: lives in LA 928, at school C in LA 343 (her record is LA 343's: LA 928 may read it, not change it);
 * - eve: lives in and goes to school in LA 343;
 * - fay: looked after by LA 928, placed at school C in LA 343.
 */
export interface CaseworkWorld {
  readonly home: '928';
  readonly neighbour: '343';
  readonly schoolA: number;
  readonly schoolB: number;
  readonly schoolC: number;
  readonly amy: string;
  readonly ben: string;
  readonly cal: string;
  readonly dee: string;
  readonly eve: string;
  readonly fay: string;
  readonly amysMum: string;
  readonly amysCarer: string;
  readonly bensDad: string;
  readonly deesMum: string;
}

export async function seedCaseworkWorld(ds: DataSource): Promise<CaseworkWorld> {
  const home = '928' as const;
  const neighbour = '343' as const;
  await seedLocalAuthority(ds, home, 'Home LA');
  await seedLocalAuthority(ds, neighbour, 'Neighbouring LA');
  const schoolA = await seedSchool(ds, { urn: 100001, laCode: home });
  const schoolB = await seedSchool(ds, { urn: 100002, laCode: home, phase: 'SECONDARY' });
  const schoolC = await seedSchool(ds, { urn: 100003, laCode: neighbour });
  const pupil = async (laCode: string, forename: string, urn: number, homeLaCode = laCode) => {
    const id = await seedPupil(ds, { laCode, forename, surname: 'Casework', homeLaCode });
    await seedEnrolment(ds, { laCode, pupilId: id, urn, admittedOn: '2024-09-02' });
    return id;
  };
  const amy = await pupil(home, 'Amy', schoolA);
  const ben = await pupil(home, 'Ben', schoolB);
  const cal = await pupil(home, 'Cal', schoolA);
  const dee = await pupil(neighbour, 'Dee', schoolC, home);
  const eve = await pupil(neighbour, 'Eve', schoolC);
  const fay = await pupil(neighbour, 'Fay', schoolC);
  const amysMum = await seedParent(ds, { laCode: home, pupilId: amy, forename: 'Alice' });
  const amysCarer = await seedParent(ds, { laCode: home, pupilId: amy, forename: 'Carol', relationship: 'AUNT', parentalResponsibility: false, livesWith: false });
  const bensDad = await seedParent(ds, { laCode: home, pupilId: ben, forename: 'Bob', relationship: 'FATHER' });
  const deesMum = await seedParent(ds, { laCode: neighbour, pupilId: dee, forename: 'Dora' });
  await systemQuery(ds, `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on) VALUES ($1, $2, 'CHILD_IN_NEED', '2024-09-01')`, [home, cal]);
  await systemQuery(
    ds,
    `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on, responsible_la_code) VALUES ($1, $2, 'LOOKED_AFTER', '2024-09-01', $3)`,
    [neighbour, fay, home],
  );
  return { home, neighbour, schoolA, schoolB, schoolC, amy, ben, cal, dee, eve, fay, amysMum, amysCarer, bensDad, deesMum };
}

export const CALLER_NAMES = [
  'nobody',
  'staffA',
  'staffB',
  'officer',
  'admin',
  'neighbourOfficer',
  'virtualSchool',
  'parent',
  'laKey',
  'schoolKeyA',
  'keyWithoutScope',
] as const;
export type CallerName = (typeof CALLER_NAMES)[number];
export type Callers = Record<CallerName, Caller>;

/** Everyone, signed in for real (or holding a real API key); `keyScopes` are the scopes the two casework keys carry. */
export async function signInEveryone(
  api: ApiHarness,
  w: CaseworkWorld,
  keyScopes: Parameters<ApiHarness['apiKey']>[0]['scopes'] = ['casework:read'],
): Promise<Callers> {
  return {
    nobody: api.anonymous,
    staffA: await api.signIn({ role: 'SCHOOL_STAFF', laCode: w.home, urn: w.schoolA }),
    staffB: await api.signIn({ role: 'SCHOOL_STAFF', laCode: w.home, urn: w.schoolB }),
    officer: await api.signIn({ role: 'LA_OFFICER', laCode: w.home }),
    admin: await api.signIn({ role: 'LA_ADMIN', laCode: w.home }),
    neighbourOfficer: await api.signIn({ role: 'LA_OFFICER', laCode: w.neighbour }),
    virtualSchool: await api.signIn({ role: 'VIRTUAL_SCHOOL', laCode: w.home }),
    parent: await api.signIn({ role: 'PARENT', laCode: w.home, parentId: w.amysMum }),
    laKey: await api.apiKey({ laCode: w.home, scopes: keyScopes }),
    schoolKeyA: await api.apiKey({ laCode: w.home, urn: w.schoolA, scopes: keyScopes }),
    keyWithoutScope: await api.apiKey({ laCode: w.home, scopes: ['attendance:read'] }),
  };
}

/** The error code of a response's first error (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT…), or undefined. */
export function errorCode(response: GraphQLResponse): string | undefined {
  const code = response.body.errors?.[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/**
 * What a caller got from a field, as one comparable value: the error code when refused access, or what `pick`
 * makes of the field's data (e.g. the ids listed, or a mutation result's `__typename`/refusal code).
 */
export function outcomeOf<T>(response: GraphQLResponse, field: string, pick: (value: never) => T): T | string {
  const code = errorCode(response);
  if (code) return code;
  const value = (response.body.data as Record<string, unknown> | null | undefined)?.[field];
  return pick(value as never);
}

/** A mutation result as one value: the type name, or the refusal's code or reason. */
export function resultOf(value: { __typename: string; code?: string; reason?: string } | null): string {
  if (!value) return 'null';
  if (value.__typename === 'Refused') return value.code ?? 'Refused';
  if (value.__typename.endsWith('Refused')) return value.reason ?? value.__typename;
  return value.__typename;
}

/** Rows in a table (every tenant's), to show a refused change wrote nothing. */
export async function rowCount(ds: DataSource, table: string): Promise<number> {
  return ((await systemQuery(ds, `SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;
}

/** A query for the test's own checks and set-up, as Rollcall itself (every tenant, through row-level security). */
export function asSystem<T = Record<string, unknown>>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  return systemQuery(ds, sql, params) as Promise<T[]>;
}
