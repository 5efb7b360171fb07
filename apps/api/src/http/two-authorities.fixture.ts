import { seedEnrolment, seedLocalAuthority, seedParent, seedPupil, seedSchool, systemQuery } from '@rollcall/db/testing';
import { DataSource } from 'typeorm';
import type { ApiHarness, Caller, GraphQLResponse } from '../testing/api-harness';

/**
 * The two-LA world the HTTP tests share (each test file seeds it in its own database): LA 928 ("home") with school A
 * (100001, primary) and school B (100002, secondary), and LA 343 ("neighbour") with school C (100003). Each fixture
 * (records, casework, attendance) adds the children and callers its tests need.
 */
export interface TwoAuthorities {
  readonly home: '928';
  readonly neighbour: '343';
  readonly schoolA: number;
  readonly schoolB: number;
  readonly schoolC: number;
}

type SchoolType = NonNullable<Parameters<typeof seedSchool>[1]['type']>;

export async function seedTwoAuthorities(ds: DataSource, options: { readonly schoolBType?: SchoolType } = {}): Promise<TwoAuthorities> {
  const home = '928' as const;
  const neighbour = '343' as const;
  await seedLocalAuthority(ds, home, 'Home Borough Council');
  await seedLocalAuthority(ds, neighbour, 'Neighbouring County Council');
  const schoolA = await seedSchool(ds, { urn: 100001, laCode: home, phase: 'PRIMARY', type: 'COMMUNITY' });
  const schoolB = await seedSchool(ds, { urn: 100002, laCode: home, phase: 'SECONDARY', type: options.schoolBType ?? 'COMMUNITY' });
  const schoolC = await seedSchool(ds, { urn: 100003, laCode: neighbour });
  return { home, neighbour, schoolA, schoolB, schoolC };
}

/**
 * Six children whose records each caller should or should not see, all admitted on 2 September 2024:
 * - amy: at school A; mother Alice (parental responsibility) and aunt Carol (none);
 * - ben: at school B; father Bob;
 * - cal: at school A, a child in need from 1 September 2024 (so the Virtual School's);
 * - dee: lives in LA 928, at school C in LA 343 (her record is LA 343's: LA 928 may read it, not change it); mother Dora;
 * - eve: lives in and goes to school in LA 343;
 * - fay: looked after by LA 928 from 1 September 2024, placed at school C in LA 343.
 */
export interface SixChildren {
  readonly amy: string;
  readonly ben: string;
  readonly cal: string;
  readonly dee: string;
  readonly eve: string;
  readonly fay: string;
  readonly amysMum: string;
  readonly amysAunt: string;
  readonly bensDad: string;
  readonly deesMum: string;
}

export async function seedSixChildren(ds: DataSource, w: TwoAuthorities, surnameOf: (forename: string) => string): Promise<SixChildren> {
  const pupil = async (laCode: string, forename: string, urn: number, homeLaCode = laCode) => {
    const id = await seedPupil(ds, { laCode, forename, surname: surnameOf(forename), homeLaCode });
    await seedEnrolment(ds, { laCode, pupilId: id, urn, admittedOn: '2024-09-02' });
    return id;
  };
  const amy = await pupil(w.home, 'Amy', w.schoolA);
  const ben = await pupil(w.home, 'Ben', w.schoolB);
  const cal = await pupil(w.home, 'Cal', w.schoolA);
  const dee = await pupil(w.neighbour, 'Dee', w.schoolC, w.home);
  const eve = await pupil(w.neighbour, 'Eve', w.schoolC);
  const fay = await pupil(w.neighbour, 'Fay', w.schoolC);
  const amysMum = await seedParent(ds, { laCode: w.home, pupilId: amy, forename: 'Alice' });
  const amysAunt = await seedParent(ds, { laCode: w.home, pupilId: amy, forename: 'Carol', relationship: 'AUNT', parentalResponsibility: false, livesWith: false });
  const bensDad = await seedParent(ds, { laCode: w.home, pupilId: ben, forename: 'Bob', relationship: 'FATHER' });
  const deesMum = await seedParent(ds, { laCode: w.neighbour, pupilId: dee, forename: 'Dora' });
  await systemQuery(ds, `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on) VALUES ($1, $2, 'CHILD_IN_NEED', '2024-09-01')`, [w.home, cal]);
  await systemQuery(
    ds,
    `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on, responsible_la_code) VALUES ($1, $2, 'LOOKED_AFTER', '2024-09-01', $3)`,
    [w.neighbour, fay, w.home],
  );
  return { amy, ben, cal, dee, eve, fay, amysMum, amysAunt, bensDad, deesMum };
}

/** The people every fixture signs in; each adds the API keys its tests need. */
export const PEOPLE = ['nobody', 'staffA', 'staffB', 'officer', 'admin', 'neighbourOfficer', 'virtualSchool', 'parent'] as const;
export type Person = (typeof PEOPLE)[number];

/** Everyone but the keys, signed in for real: staff of schools A and B, both LAs' officers, 928's admin and Virtual School, a parent. */
export async function signInPeople(api: ApiHarness, w: TwoAuthorities, parentId: string): Promise<Record<Person, Caller>> {
  return {
    nobody: api.anonymous,
    staffA: await api.signIn({ role: 'SCHOOL_STAFF', laCode: w.home, urn: w.schoolA }),
    staffB: await api.signIn({ role: 'SCHOOL_STAFF', laCode: w.home, urn: w.schoolB }),
    officer: await api.signIn({ role: 'LA_OFFICER', laCode: w.home }),
    admin: await api.signIn({ role: 'LA_ADMIN', laCode: w.home }),
    neighbourOfficer: await api.signIn({ role: 'LA_OFFICER', laCode: w.neighbour }),
    virtualSchool: await api.signIn({ role: 'VIRTUAL_SCHOOL', laCode: w.home }),
    parent: await api.signIn({ role: 'PARENT', laCode: w.home, parentId }),
  };
}

/** The error code of a response's first error (UNAUTHENTICATED, FORBIDDEN, INVALID_FILTER…), or undefined. */
export function errorCode(response: GraphQLResponse): string | undefined {
  const code = response.body.errors?.[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** The message of a response's first error. */
export function errorMessage(response: GraphQLResponse): string | undefined {
  return response.body.errors?.[0]?.message;
}

/**
 * What a caller got from a field, as one comparable value: the error code when refused access, or what `pick` makes of
 * the field's data (e.g. the names listed, or a mutation result's `__typename`/refusal code).
 */
export function outcomeOf<T>(response: GraphQLResponse, field: string, pick: (value: never) => T): T | string {
  const code = errorCode(response);
  if (code) return code;
  const value = (response.body.data as Record<string, unknown> | null | undefined)?.[field];
  return pick(value as never);
}

/** A mutation result as one value: the type name, or a refusal's reason (a typed refusal) or code. */
export function resultOf(value: { __typename: string; code?: string; reason?: string } | null): string {
  if (!value) return 'null';
  if (value.__typename.endsWith('Refused')) return value.reason ?? value.code ?? value.__typename;
  return value.__typename;
}

/** A response's data, or one field of it; fails the test with the errors when there is none. */
export function dataOf<T>(response: GraphQLResponse<T>): T;
export function dataOf<T>(response: GraphQLResponse, field: string): T;
export function dataOf<T>(response: GraphQLResponse, field?: string): T {
  if (field === undefined) {
    if (!response.body.data) throw new Error(`No data: ${JSON.stringify(response.body.errors)}`);
    return response.body.data as T;
  }
  const value = (response.body.data as Record<string, unknown> | null | undefined)?.[field];
  if (value === undefined || value === null) throw new Error(`No ${field}: ${JSON.stringify(response.body)}`);
  return value as T;
}

/** A query for the test's own set-up and checks, as Rollcall itself (every tenant, through row-level security). */
export async function asSystem<T = Record<string, unknown>>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await systemQuery(ds, sql, params)) as T[];
}

/** Rows in a table (every tenant's), to show a refused change wrote nothing. */
export async function rowCount(ds: DataSource, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  return (await asSystem<{ n: number }>(ds, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n;
}
