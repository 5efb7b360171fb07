import { linkParent, seedCharacteristic, seedEnrolment, seedLocalAuthority, seedParent, seedPupil, seedSchool, systemQuery } from '@rollcall/db/testing';
import { DataSource } from 'typeorm';
import type { ApiHarness, Caller, GraphQLResponse } from '../testing/api-harness';

/**
 * The people and places the records, administration and audit HTTP tests share: two LAs, three schools, and children
 * whose records each caller should or should not see.
 * - amy: at school A in LA 928; free school meals now, SEN support in the past; mother Alice (parental responsibility)
 *   and aunt Carol (none); in year 3;
 * - ben: was at school A until July 2024 (with SEN support there until July 2023), now at school B in LA 928; father Bob;
 *   in year 7;
 * - cal: at school A, a child in need with a social worker (so the Virtual School's);
 * - dee: lives in LA 928, at school C in LA 343 (her record is LA 343's: LA 928 may read it);
 * - eve: lives in and goes to school in LA 343;
 * - fay: looked after by LA 928, placed at school C in LA 343.
 */
export interface RecordsWorld {
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
  readonly amysAunt: string;
  readonly bensDad: string;
  readonly deesMum: string;
}

export async function seedRecordsWorld(ds: DataSource): Promise<RecordsWorld> {
  const home = '928' as const;
  const neighbour = '343' as const;
  await seedLocalAuthority(ds, home, 'Home Borough Council');
  await seedLocalAuthority(ds, neighbour, 'Neighbouring County Council');
  const schoolA = await seedSchool(ds, { urn: 100001, laCode: home, phase: 'PRIMARY', type: 'COMMUNITY' });
  const schoolB = await seedSchool(ds, { urn: 100002, laCode: home, phase: 'SECONDARY', type: 'ACADEMY' });
  const schoolC = await seedSchool(ds, { urn: 100003, laCode: neighbour });
  await asSystem(ds, `UPDATE school SET name = 'Hope Primary', postcode = 'L20 1AA', named_la_officer = 'Priya Shah', senior_attendance_champion = 'Mr Green' WHERE urn = $1`, [schoolA]);
  await asSystem(ds, `UPDATE school SET name = 'Bootle High', postcode = 'L30 2BB' WHERE urn = $1`, [schoolB]);
  await asSystem(ds, `UPDATE school SET name = 'Sefton Park Primary' WHERE urn = $1`, [schoolC]);

  const pupil = async (laCode: string, forename: string, surname: string, urn: number, homeLaCode = laCode) => {
    const id = await seedPupil(ds, { laCode, forename, surname, homeLaCode });
    await seedEnrolment(ds, { laCode, pupilId: id, urn, admittedOn: '2024-09-02' });
    return id;
  };
  const amy = await pupil(home, 'Amy', 'Adams', schoolA);
  const ben = await seedPupil(ds, { laCode: home, forename: 'Ben', surname: 'Brown' });
  await asSystem(ds, `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on, left_on, deletion_ground) VALUES ($1, $2, $3, '2020-09-01', '2024-07-19', 'REGISTERED_ELSEWHERE')`, [
    home,
    ben,
    schoolA,
  ]);
  await seedEnrolment(ds, { laCode: home, pupilId: ben, urn: schoolB, admittedOn: '2024-09-02' });
  const cal = await pupil(home, 'Cal', 'Clarke', schoolA);
  const dee = await pupil(neighbour, 'Dee', 'Davies', schoolC, home);
  const eve = await pupil(neighbour, 'Eve', 'Evans', schoolC);
  const fay = await pupil(neighbour, 'Fay', 'Fisher', schoolC);
  await asSystem(ds, `UPDATE pupil SET nc_year = CASE id WHEN $1 THEN 3 WHEN $2 THEN 7 ELSE 4 END`, [amy, ben]);

  const amysMum = await seedParent(ds, { laCode: home, pupilId: amy, forename: 'Alice' });
  const amysAunt = await seedParent(ds, { laCode: home, pupilId: amy, forename: 'Carol', relationship: 'AUNT', parentalResponsibility: false, livesWith: false, phone: '07700 900999' });
  await asSystem(ds, `UPDATE pupil_parent SET contact_priority = 2 WHERE parent_id = $1`, [amysAunt]);
  await asSystem(ds, `UPDATE parent SET email = 'alice@example.org' WHERE id = $1`, [amysMum]);
  const bensDad = await seedParent(ds, { laCode: home, pupilId: ben, forename: 'Bob', relationship: 'FATHER' });
  const deesMum = await seedParent(ds, { laCode: neighbour, pupilId: dee, forename: 'Dora' });
  // Alice is also Cal's carer without parental responsibility: she must not see him in the parent portal.
  await linkParent(ds, { laCode: home, pupilId: cal, parentId: amysMum, relationship: 'NEIGHBOUR', parentalResponsibility: false, livesWith: false });

  await seedCharacteristic(ds, { laCode: home, pupilId: amy, characteristic: 'FSM', startsOn: '2023-09-01' });
  await seedCharacteristic(ds, { laCode: home, pupilId: amy, characteristic: 'SEN_SUPPORT', startsOn: '2022-01-10', endsOn: '2023-07-20' });
  await seedCharacteristic(ds, { laCode: home, pupilId: ben, characteristic: 'SEN_SUPPORT', startsOn: '2021-09-01', endsOn: '2023-07-20' });
  await seedCharacteristic(ds, { laCode: home, pupilId: cal, characteristic: 'CHILD_IN_NEED', startsOn: '2024-09-01' });
  await asSystem(ds, `INSERT INTO social_worker_assignment (la_code, pupil_id, starts_on, name, email, team) VALUES ($1, $2, '2024-09-01', 'Sam Patel', 'sam.patel@home.example', 'North')`, [
    home,
    cal,
  ]);
  await asSystem(ds, `INSERT INTO social_worker_assignment (la_code, pupil_id, starts_on, ends_on, name) VALUES ($1, $2, '2023-01-01', '2024-08-31', 'Former Worker')`, [home, cal]);
  await asSystem(
    ds,
    `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on, responsible_la_code) VALUES ($1, $2, 'LOOKED_AFTER', '2024-09-01', $3)`,
    [neighbour, fay, home],
  );
  return { home, neighbour, schoolA, schoolB, schoolC, amy, ben, cal, dee, eve, fay, amysMum, amysAunt, bensDad, deesMum };
}

export const CALLER_NAMES = [
  'nobody',
  'staffA',
  'staffB',
  'officer',
  'admin',
  'neighbourOfficer',
  'neighbourAdmin',
  'virtualSchool',
  'parent',
  'laKey',
  'schoolKeyA',
  'keyWithoutScope',
] as const;
export type CallerName = (typeof CALLER_NAMES)[number];
export type Callers = Record<CallerName, Caller>;

/** Everyone, signed in for real (or holding a real API key: the two record keys carry `pupils:read`). */
export async function signInEveryone(api: ApiHarness, w: RecordsWorld): Promise<Callers> {
  return {
    nobody: api.anonymous,
    staffA: await api.signIn({ role: 'SCHOOL_STAFF', laCode: w.home, urn: w.schoolA }),
    staffB: await api.signIn({ role: 'SCHOOL_STAFF', laCode: w.home, urn: w.schoolB }),
    officer: await api.signIn({ role: 'LA_OFFICER', laCode: w.home }),
    admin: await api.signIn({ role: 'LA_ADMIN', laCode: w.home }),
    neighbourOfficer: await api.signIn({ role: 'LA_OFFICER', laCode: w.neighbour }),
    neighbourAdmin: await api.signIn({ role: 'LA_ADMIN', laCode: w.neighbour }),
    virtualSchool: await api.signIn({ role: 'VIRTUAL_SCHOOL', laCode: w.home }),
    parent: await api.signIn({ role: 'PARENT', laCode: w.home, parentId: w.amysMum }),
    laKey: await api.apiKey({ laCode: w.home, scopes: ['pupils:read'] }),
    schoolKeyA: await api.apiKey({ laCode: w.home, urn: w.schoolA, scopes: ['pupils:read'] }),
    keyWithoutScope: await api.apiKey({ laCode: w.home, scopes: ['casework:read'] }),
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
 * What a caller got from a field, as one comparable value: the error code when refused, or what `pick` makes of
 * the field's data (e.g. the names listed, or a mutation result's `__typename`/refusal code).
 */
export function outcomeOf<T>(response: GraphQLResponse, field: string, pick: (value: never) => T): T | string {
  const code = errorCode(response);
  if (code) return code;
  const value = (response.body.data as Record<string, unknown> | null | undefined)?.[field];
  return pick(value as never);
}

/** A mutation result as one value: the type name, or the refusal's code. */
export function resultOf(value: { __typename: string; code?: string } | null): string {
  if (!value) return 'null';
  return value.code ?? value.__typename;
}

/** A query for the test's own set-up and checks, as Rollcall itself (every tenant, through row-level security). */
export function asSystem<T = Record<string, unknown>>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  return systemQuery(ds, sql, params) as Promise<T[]>;
}

/** Rows in a table (every tenant's), to show a refused change wrote nothing. */
export async function rowCount(ds: DataSource, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  return (await asSystem<{ n: number }>(ds, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n;
}

/** A response's data, failing the test with the errors when there is none. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (!response.body.data) throw new Error(`No data: ${JSON.stringify(response.body.errors)}`);
  return response.body.data;
}
