import { linkParent, seedCharacteristic, systemQuery } from '@rollcall/db/testing';
import { DataSource } from 'typeorm';
import type { ApiHarness, Caller } from '../testing/api-harness';
import { PEOPLE, SixChildren, TwoAuthorities, seedSixChildren, seedTwoAuthorities, signInPeople } from './two-authorities.fixture';

export { asSystem, dataOf, errorCode, errorMessage, outcomeOf, resultOf, rowCount } from './two-authorities.fixture';

/**
 * The people and places the records, administration and audit HTTP tests share: the two-LA world with its six children
 * (two-authorities.fixture.ts), named and with the records each caller should or should not see:
 * - amy Adams: free school meals now, SEN support in the past; her aunt Carol is second to contact; in year 3;
 * - ben Brown: was at school A until July 2024 (with SEN support there until July 2023), now at school B; in year 7;
 * - cal Clarke: a child in need with a social worker (and a former one); Alice is also his carer, without parental
 *   responsibility;
 * - dee Davies, eve Evans, fay Fisher: as in the shared world; dee, cal, eve and fay in year 4.
 */
export type RecordsWorld = TwoAuthorities & SixChildren;

const SURNAMES: Readonly<Record<string, string>> = { Amy: 'Adams', Ben: 'Brown', Cal: 'Clarke', Dee: 'Davies', Eve: 'Evans', Fay: 'Fisher' };

export async function seedRecordsWorld(ds: DataSource): Promise<RecordsWorld> {
  const places = await seedTwoAuthorities(ds, { schoolBType: 'ACADEMY' });
  const { home, schoolA, schoolB, schoolC } = places;
  await systemQuery(ds, `UPDATE school SET name = 'Hope Primary', postcode = 'L20 1AA', named_la_officer = 'Priya Shah', senior_attendance_champion = 'Mr Green' WHERE urn = $1`, [schoolA]);
  await systemQuery(ds, `UPDATE school SET name = 'Bootle High', postcode = 'L30 2BB' WHERE urn = $1`, [schoolB]);
  await systemQuery(ds, `UPDATE school SET name = 'Sefton Park Primary' WHERE urn = $1`, [schoolC]);
  const children = await seedSixChildren(ds, places, (forename) => SURNAMES[forename]);
  const { amy, ben, cal, amysMum, amysAunt } = children;
  await systemQuery(ds, `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on, left_on, deletion_ground) VALUES ($1, $2, $3, '2020-09-01', '2024-07-19', 'REGISTERED_ELSEWHERE')`, [
    home,
    ben,
    schoolA,
  ]);
  await systemQuery(ds, `UPDATE pupil SET nc_year = CASE id WHEN $1 THEN 3 WHEN $2 THEN 7 ELSE 4 END`, [amy, ben]);
  await systemQuery(ds, `UPDATE pupil_parent SET contact_priority = 2 WHERE parent_id = $1`, [amysAunt]);
  await systemQuery(ds, `UPDATE parent SET phone = '07700 900999' WHERE id = $1`, [amysAunt]);
  await systemQuery(ds, `UPDATE parent SET email = 'alice@example.org' WHERE id = $1`, [amysMum]);
  // Alice is also Cal's carer without parental responsibility: she must not see him in the parent portal.
  await linkParent(ds, { laCode: home, pupilId: cal, parentId: amysMum, relationship: 'NEIGHBOUR', parentalResponsibility: false, livesWith: false });

  await seedCharacteristic(ds, { laCode: home, pupilId: amy, characteristic: 'FSM', startsOn: '2023-09-01' });
  await seedCharacteristic(ds, { laCode: home, pupilId: amy, characteristic: 'SEN_SUPPORT', startsOn: '2022-01-10', endsOn: '2023-07-20' });
  await seedCharacteristic(ds, { laCode: home, pupilId: ben, characteristic: 'SEN_SUPPORT', startsOn: '2021-09-01', endsOn: '2023-07-20' });
  await systemQuery(ds, `INSERT INTO social_worker_assignment (la_code, pupil_id, starts_on, name, email, team) VALUES ($1, $2, '2024-09-01', 'Sam Patel', 'sam.patel@home.example', 'North')`, [
    home,
    cal,
  ]);
  await systemQuery(ds, `INSERT INTO social_worker_assignment (la_code, pupil_id, starts_on, ends_on, name) VALUES ($1, $2, '2023-01-01', '2024-08-31', 'Former Worker')`, [home, cal]);
  return { ...places, ...children };
}

export const CALLER_NAMES = [...PEOPLE, 'neighbourAdmin', 'laKey', 'schoolKeyA', 'keyWithoutScope'] as const;
export type CallerName = (typeof CALLER_NAMES)[number];
export type Callers = Record<CallerName, Caller>;

/** Everyone, signed in for real (or holding a real API key: the two record keys carry `pupils:read`). */
export async function signInEveryone(api: ApiHarness, w: RecordsWorld): Promise<Callers> {
  return {
    ...(await signInPeople(api, w, w.amysMum)),
    neighbourAdmin: await api.signIn({ role: 'LA_ADMIN', laCode: w.neighbour }),
    laKey: await api.apiKey({ laCode: w.home, scopes: ['pupils:read'] }),
    schoolKeyA: await api.apiKey({ laCode: w.home, urn: w.schoolA, scopes: ['pupils:read'] }),
    keyWithoutScope: await api.apiKey({ laCode: w.home, scopes: ['casework:read'] }),
  };
}
