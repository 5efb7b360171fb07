import { systemActor, systemScope } from '@rollcall/api-core';
import { RegisterImportService } from '@rollcall/api-registers';
import { fixtureUpn, seedCharacteristic, seedEnrolment, seedParent, seedPupil, systemQuery } from '@rollcall/db/testing';
import { LocalDate, Session, eachDay, isWeekend } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import type { ApiHarness, Caller } from '../testing/api-harness';
import { PEOPLE, TwoAuthorities, seedTwoAuthorities, signInPeople } from './two-authorities.fixture';

export { asSystem, dataOf, errorCode, errorMessage, outcomeOf, rowCount } from './two-authorities.fixture';

/**
 * The places, children and callers the registers and dashboards HTTP tests share (each test file its own database):
 * - the two-LA world (two-authorities.fixture.ts), school A with a planned closure on Friday 14 November 2025 and an
 *   unplanned one on the afternoon of 20 November;
 * - at school A: Amy Adams and Bob Baker (year 3), Cal Clarke (year 4, a child in need: the Virtual School's), Dot Dunn
 *   (year 4, free school meals), Rae Reed (reception, aged 4 on 31 August 2025); Amy's mother Alice;
 * - at school B: Ben Brown (year 10, aged 15 on 31 August 2025); at school C: Eve Evans.
 */
export interface AttendanceWorld extends TwoAuthorities {
  readonly amy: string;
  readonly bob: string;
  readonly cal: string;
  readonly dot: string;
  readonly rae: string;
  readonly ben: string;
  readonly eve: string;
  readonly amysMum: string;
  readonly upn: Readonly<Record<'amy' | 'bob' | 'cal' | 'dot' | 'rae' | 'ben' | 'eve', string>>;
}

export async function seedAttendanceWorld(ds: DataSource): Promise<AttendanceWorld> {
  const places = await seedTwoAuthorities(ds);
  const { home, neighbour, schoolA, schoolB, schoolC } = places;
  await systemQuery(ds, `UPDATE school SET name = CASE urn WHEN 100001 THEN 'Hope Primary' WHEN 100002 THEN 'Bootle High' ELSE 'Sefton Park Primary' END`);
  await systemQuery(
    ds,
    `INSERT INTO school_closure (urn, starts_on, ends_on, kind, sessions, description) VALUES
       (100001, '2025-11-14', '2025-11-14', 'PLANNED_CLOSURE', 'BOTH', 'Polling station'),
       (100001, '2025-11-20', '2025-11-20', 'UNPLANNED_CLOSURE', 'PM', 'Heating failure')`,
  );
  const pupil = async (laCode: string, forename: string, surname: string, urn: number, ncYear: number, dateOfBirth: LocalDate) => {
    const id = await seedPupil(ds, { laCode, forename, surname, dateOfBirth });
    await systemQuery(ds, `UPDATE pupil SET nc_year = $3 WHERE la_code = $1 AND id = $2`, [laCode, id, ncYear]);
    await seedEnrolment(ds, { laCode, pupilId: id, urn, admittedOn: '2024-09-02' });
    return id;
  };
  const amy = await pupil(home, 'Amy', 'Adams', schoolA, 3, '2017-11-10');
  const bob = await pupil(home, 'Bob', 'Baker', schoolA, 3, '2018-01-20');
  const cal = await pupil(home, 'Cal', 'Clarke', schoolA, 4, '2016-12-01');
  const dot = await pupil(home, 'Dot', 'Dunn', schoolA, 4, '2017-03-03');
  const rae = await pupil(home, 'Rae', 'Reed', schoolA, 0, '2021-03-01');
  const ben = await pupil(home, 'Ben', 'Brown', schoolB, 10, '2010-05-01');
  const eve = await pupil(neighbour, 'Eve', 'Evans', schoolC, 3, '2017-06-06');
  const amysMum = await seedParent(ds, { laCode: home, pupilId: amy, forename: 'Alice' });
  await seedCharacteristic(ds, { laCode: home, pupilId: cal, characteristic: 'CHILD_IN_NEED', startsOn: '2024-09-01' });
  await seedCharacteristic(ds, { laCode: home, pupilId: dot, characteristic: 'FSM', startsOn: '2024-09-01' });
  const upns = (await systemQuery(ds, `SELECT id::text AS id, upn FROM pupil`)) as { id: string; upn: string }[];
  const upnOf = (id: string) => upns.find((u) => u.id === id)?.upn as string;
  return {
    ...places,
    amy,
    bob,
    cal,
    dot,
    rae,
    ben,
    eve,
    amysMum,
    upn: { amy: upnOf(amy), bob: upnOf(bob), cal: upnOf(cal), dot: upnOf(dot), rae: upnOf(rae), ben: upnOf(ben), eve: upnOf(eve) },
  };
}

export const CALLER_NAMES = [...PEOPLE, 'schoolKeyA', 'schoolKeyB', 'laReadKey', 'keyWithoutScope'] as const;
export type CallerName = (typeof CALLER_NAMES)[number];
export type Callers = Record<CallerName, Caller>;

/** Everyone, signed in for real; schools A's and B's MIS keys write their registers, the LA's keys read attendance or hold another scope. */
export async function signInEveryone(api: ApiHarness, w: AttendanceWorld): Promise<Callers> {
  return {
    ...(await signInPeople(api, w, w.amysMum)),
    schoolKeyA: await api.apiKey({ laCode: w.home, urn: w.schoolA, scopes: ['registers:write', 'attendance:read'] }),
    schoolKeyB: await api.apiKey({ laCode: w.home, urn: w.schoolB, scopes: ['registers:write'] }),
    laReadKey: await api.apiKey({ laCode: w.home, scopes: ['attendance:read'] }),
    keyWithoutScope: await api.apiKey({ laCode: w.home, scopes: ['pupils:read'] }),
  };
}

/** Weekdays from `from` to `to` (the fixture schools have no bank holiday or INSET day in autumn 2 2025). */
export function weekdays(from: LocalDate, to: LocalDate): LocalDate[] {
  return eachDay(from, to).filter((d) => !isWeekend(d));
}

export interface SeedMark {
  readonly upn: string;
  readonly date: LocalDate;
  readonly session: Session;
  readonly code: string;
}

/** Marks written through the register import (so the week summaries are kept), as Rollcall itself. */
export async function importMarks(ds: DataSource, laCode: string, urn: number, marks: readonly SeedMark[], from: LocalDate, to: LocalDate): Promise<void> {
  await new RegisterImportService(ds).importMarks(systemScope(systemActor('test'), laCode), {
    laCode,
    urn,
    idempotencyKey: `fixture-${urn}-${from}-${to}-${Math.random().toString(36).slice(2)}`,
    from,
    to,
    marks,
  });
}

/** Every session of a pupil from `from` to `to` coded by `codeFor` (undefined: no mark). */
export function marksFor(upn: string, days: readonly LocalDate[], codeFor: (date: LocalDate, session: Session, index: number) => string | undefined): SeedMark[] {
  let index = 0;
  return days.flatMap((date) =>
    (['AM', 'PM'] as const).flatMap((session) => {
      const code = codeFor(date, session, index++);
      return code === undefined ? [] : [{ upn, date, session, code }];
    }),
  );
}

/** `count` pupils on the roll of a school from 2024-09-02, in one statement each for pupils and enrolments. */
export async function seedManyPupils(ds: DataSource, laCode: string, urn: number, count: number, ncYear = 5): Promise<string[]> {
  const upns = Array.from({ length: count }, () => fixtureUpn(laCode));
  const rows = (await systemQuery(
    ds,
    `INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code, nc_year)
     SELECT $1, u.upn, 'Pupil', 'Number ' || lpad(u.n::text, 3, '0'), '2015-05-10', 'F', $1, $2
       FROM unnest($3::text[]) WITH ORDINALITY AS u(upn, n)
     RETURNING id::text AS id`,
    [laCode, ncYear, upns],
  )) as { id: string }[];
  await systemQuery(
    ds,
    `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on) SELECT $1, id, $2, '2024-09-02' FROM unnest($3::bigint[]) AS t(id)`,
    [laCode, urn, rows.map((r) => r.id)],
  );
  return upns;
}
