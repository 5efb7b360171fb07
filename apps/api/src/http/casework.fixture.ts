import type { ApiHarness, Caller } from '../testing/api-harness';
import { DataSource } from 'typeorm';
import { PEOPLE, SixChildren, TwoAuthorities, asSystem, seedSixChildren, seedTwoAuthorities, signInPeople } from './two-authorities.fixture';

export { asSystem, errorCode, outcomeOf, resultOf, rowCount } from './two-authorities.fixture';

/** The casework HTTP tests' world: the two-LA world and its six children (two-authorities.fixture.ts), all surnamed Casework. */
export type CaseworkWorld = TwoAuthorities & SixChildren;

export async function seedCaseworkWorld(ds: DataSource): Promise<CaseworkWorld> {
  const places = await seedTwoAuthorities(ds);
  return { ...places, ...(await seedSixChildren(ds, places, () => 'Casework')) };
}

export const CALLER_NAMES = [...PEOPLE, 'laKey', 'schoolKeyA', 'keyWithoutScope'] as const;
export type CallerName = (typeof CALLER_NAMES)[number];
export type Callers = Record<CallerName, Caller>;

/** Everyone, signed in for real (or holding a real API key); `keyScopes` are the scopes the two casework keys carry. */
export async function signInEveryone(
  api: ApiHarness,
  w: CaseworkWorld,
  keyScopes: Parameters<ApiHarness['apiKey']>[0]['scopes'] = ['casework:read'],
): Promise<Callers> {
  return {
    ...(await signInPeople(api, w, w.amysMum)),
    laKey: await api.apiKey({ laCode: w.home, scopes: keyScopes }),
    schoolKeyA: await api.apiKey({ laCode: w.home, urn: w.schoolA, scopes: keyScopes }),
    keyWithoutScope: await api.apiKey({ laCode: w.home, scopes: ['attendance:read'] }),
  };
}

/**
 * For the N+1 tests: LA 929 with one school (100009) and `pupils` children (UPN `N000000000001`…), as Rollcall itself;
 * `enrolled` puts them on its roll from 2 September 2024. Returns the LA.
 */
export async function seedScaleSchool(ds: DataSource, pupils: number, enrolled = false): Promise<string> {
  const la = '929';
  await asSystem(ds, `INSERT INTO local_authority (la_code, name) VALUES ($1, 'Scale LA')`, [la]);
  await asSystem(ds, `INSERT INTO school (urn, la_code, laestab, name, type, phase) VALUES (100009, $1, 9299009, 'Scale School', 'COMMUNITY', 'PRIMARY')`, [la]);
  await asSystem(
    ds,
    `INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code)
     SELECT $1, 'N' || lpad(i::text, 12, '0'), 'Child', 'No' || i, '2015-01-01', 'F', $1 FROM generate_series(1, $2::int) AS i`,
    [la, pupils],
  );
  if (enrolled) {
    await asSystem(ds, `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on) SELECT la_code, id, 100009, '2024-09-02' FROM pupil WHERE la_code = $1`, [la]);
  }
  return la;
}
