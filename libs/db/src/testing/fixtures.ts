import { LocalDate, Session, termDatesFor, upnCheckLetter } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import type { SchoolType } from '../entities';
import { systemQuery, withSystemScope } from './system-scope';

/**
 * Minimal SQL fixtures for the services' database tests: an LA, a school with real term dates, pupils,
 * parents, enrolments, characteristics and marks, written straight into the tables (the roster and register
 * services are tested on their own). Ids come back as strings, as bigint ids do everywhere else. Each runs under
 * SYSTEM scope, so it works through the application's connection (row-level security) as well as the owner's.
 */

export type FixtureSchoolType = SchoolType;

export async function seedLocalAuthority(ds: DataSource, laCode: string, name = `LA ${laCode}`): Promise<void> {
  await systemQuery(ds, `INSERT INTO local_authority (la_code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [laCode, name]);
}

export interface FixtureSchool {
  readonly urn: number;
  readonly laCode: string;
  readonly type?: FixtureSchoolType;
  readonly phase?: 'PRIMARY' | 'SECONDARY';
  /** Academic years whose typical term dates and INSET days the school gets (default 2024 and 2025). */
  readonly academicYears?: readonly number[];
}

/** A school with the typical English term dates (`termDatesFor`) for the years asked for. */
export async function seedSchool(ds: DataSource, school: FixtureSchool): Promise<number> {
  await withSystemScope(ds, (tx) => seedSchoolIn(tx, school));
  return school.urn;
}

async function seedSchoolIn(tx: EntityManager, school: FixtureSchool): Promise<void> {
  await tx.query(
    `INSERT INTO school (urn, la_code, laestab, name, type, phase) VALUES ($1, $2, $3, $4, $5, $6)`,
    [school.urn, school.laCode, Number(`${school.laCode}${String(school.urn).slice(-4)}`), `School ${school.urn}`, school.type ?? 'COMMUNITY', school.phase ?? 'PRIMARY'],
  );
  for (const year of school.academicYears ?? [2024, 2025]) {
    const dates = termDatesFor(year);
    for (const h of dates.halfTerms) {
      await tx.query(`INSERT INTO school_half_term (urn, academic_year, name, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`, [
        school.urn,
        year,
        h.name,
        h.start,
        h.end,
      ]);
    }
    for (const day of dates.insetDays ?? []) {
      await tx.query(`INSERT INTO school_closure (urn, starts_on, ends_on, kind) VALUES ($1, $2, $2, 'INSET')`, [school.urn, day]);
    }
  }
}

let serial = 0;

/** A valid UPN issued by `laCode`. */
export function fixtureUpn(laCode: string): string {
  serial += 1;
  const body = `${laCode}${String(serial).padStart(9, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
}

export interface FixturePupil {
  readonly laCode: string;
  readonly forename?: string;
  readonly surname?: string;
  readonly dateOfBirth?: LocalDate;
  readonly homeLaCode?: string;
  /** Undefined gives a street address; null leaves the whole address out. */
  readonly addressLine1?: string | null;
}

export async function seedPupil(ds: DataSource, pupil: FixturePupil): Promise<string> {
  const rows = (await systemQuery(
    ds,
    `INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, address_line1, town, postcode, home_la_code)
     VALUES ($1, $2, $3, $4, $5, 'F', $6, $7, $8, $9) RETURNING id::text AS id`,
    [
      pupil.laCode,
      fixtureUpn(pupil.laCode),
      pupil.forename ?? 'Amy',
      pupil.surname ?? 'Jones',
      pupil.dateOfBirth ?? '2015-05-10',
      pupil.addressLine1 === undefined ? '1 Church Road' : pupil.addressLine1,
      pupil.addressLine1 === null ? null : 'Bootle',
      pupil.addressLine1 === null ? null : 'L20 1AA',
      pupil.homeLaCode ?? pupil.laCode,
    ],
  )) as { id: string }[];
  return rows[0].id;
}

export interface FixtureParent {
  readonly laCode: string;
  readonly pupilId: string;
  readonly forename?: string;
  readonly relationship?: string;
  readonly parentalResponsibility?: boolean;
  readonly livesWith?: boolean;
  /** Undefined gives a phone number; null leaves it out. */
  readonly phone?: string | null;
}

/** A parent linked to the pupil (with parental responsibility and living with them unless told otherwise). */
export async function seedParent(ds: DataSource, parent: FixtureParent): Promise<string> {
  const rows = (await systemQuery(
    ds,
    `INSERT INTO parent (la_code, forename, surname, phone, address_line1, town, postcode)
     VALUES ($1, $2, 'Jones', $3, '1 Church Road', 'Bootle', 'L20 1AA') RETURNING id::text AS id`,
    [parent.laCode, parent.forename ?? 'Sam', parent.phone === undefined ? '07700 900123' : parent.phone],
  )) as { id: string }[];
  await linkParent(ds, { ...parent, parentId: rows[0].id });
  return rows[0].id;
}

export async function linkParent(ds: DataSource, link: FixtureParent & { readonly parentId: string }): Promise<void> {
  await systemQuery(
    ds,
    `INSERT INTO pupil_parent (la_code, pupil_id, parent_id, relationship, parental_responsibility, lives_with)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [link.laCode, link.pupilId, link.parentId, link.relationship ?? 'MOTHER', link.parentalResponsibility ?? true, link.livesWith ?? true],
  );
}

export async function seedEnrolment(
  ds: DataSource,
  enrolment: { readonly laCode: string; readonly pupilId: string; readonly urn: number; readonly admittedOn: LocalDate; readonly leftOn?: LocalDate },
): Promise<string> {
  const rows = (await systemQuery(
    ds,
    `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on, left_on) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
    [enrolment.laCode, enrolment.pupilId, enrolment.urn, enrolment.admittedOn, enrolment.leftOn ?? null],
  )) as { id: string }[];
  return rows[0].id;
}

export async function seedCharacteristic(
  ds: DataSource,
  c: { readonly laCode: string; readonly pupilId: string; readonly characteristic: string; readonly startsOn: LocalDate; readonly endsOn?: LocalDate },
): Promise<void> {
  await systemQuery(
    ds,
    `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on, ends_on, responsible_la_code)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [c.laCode, c.pupilId, c.characteristic, c.startsOn, c.endsOn ?? null, c.characteristic === 'LOOKED_AFTER' ? c.laCode : null],
  );
}

export interface FixtureMark {
  readonly date: LocalDate;
  readonly session: Session;
  readonly code: string;
}

/** Marks for one enrolment in one statement; a repeated session replaces the earlier mark. */
export async function seedMarks(ds: DataSource, laCode: string, enrolmentId: string, marks: readonly FixtureMark[]): Promise<void> {
  if (marks.length === 0) return;
  await systemQuery(
    ds,
    `INSERT INTO attendance_mark (la_code, enrolment_id, date, session, code, source, recorded_by)
     SELECT $1, $2, m.date, m.session, m.code, 1, 'fixture'
       FROM jsonb_to_recordset($3::jsonb) AS m(date date, session text, code text)
     ON CONFLICT (la_code, enrolment_id, date, session) DO UPDATE SET code = EXCLUDED.code`,
    [laCode, enrolmentId, JSON.stringify(marks)],
  );
}

/** The same code for both sessions of every listed date. */
export function wholeDays(dates: readonly LocalDate[], code: string): FixtureMark[] {
  return dates.flatMap((date) => [
    { date, session: 'AM' as const, code },
    { date, session: 'PM' as const, code },
  ]);
}

export async function countRows(ds: DataSource, table: string): Promise<number> {
  const rows = (await systemQuery(ds, `SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return rows[0].n;
}

/** The refusal a piece of work ends in (fails the test when it succeeds or fails otherwise). */
export async function refusalOf<R extends Error>(work: Promise<unknown>, type: new (...args: never[]) => R): Promise<R> {
  try {
    await work;
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error('expected a refusal, but the work succeeded');
}
