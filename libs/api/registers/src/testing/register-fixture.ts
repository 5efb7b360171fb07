import { withSystemScope } from '@rollcall/db/testing';
import { LocalDate, upnCheckLetter } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Test data for register imports, written with plain SQL: an LA, a school with three years of term dates and a few
 * closures, and pupils with enrolments. Independent of the pupils context's services on purpose. Written under
 * SYSTEM scope, so any connection will do, the application's (under row-level security) included.
 */
export const FIXTURE_LA = '343';
export const FIXTURE_URN = 100001;
export const FIXTURE_LAESTAB = 3434001;

/** Half terms for 2023/24 (pre-2024 codes), 2024/25 and 2025/26. */
export const FIXTURE_HALF_TERMS: readonly { academicYear: number; name: string; startsOn: LocalDate; endsOn: LocalDate }[] = [
  { academicYear: 2023, name: 'AUTUMN_1', startsOn: '2023-09-04', endsOn: '2023-10-20' },
  { academicYear: 2023, name: 'AUTUMN_2', startsOn: '2023-10-30', endsOn: '2023-12-20' },
  { academicYear: 2023, name: 'SPRING_1', startsOn: '2024-01-04', endsOn: '2024-02-09' },
  { academicYear: 2023, name: 'SPRING_2', startsOn: '2024-02-19', endsOn: '2024-03-28' },
  { academicYear: 2023, name: 'SUMMER_1', startsOn: '2024-04-15', endsOn: '2024-05-24' },
  { academicYear: 2023, name: 'SUMMER_2', startsOn: '2024-06-03', endsOn: '2024-07-23' },
  { academicYear: 2024, name: 'AUTUMN_1', startsOn: '2024-09-03', endsOn: '2024-10-25' },
  { academicYear: 2024, name: 'AUTUMN_2', startsOn: '2024-11-04', endsOn: '2024-12-20' },
  { academicYear: 2024, name: 'SPRING_1', startsOn: '2025-01-06', endsOn: '2025-02-14' },
  { academicYear: 2024, name: 'SPRING_2', startsOn: '2025-02-24', endsOn: '2025-04-04' },
  { academicYear: 2024, name: 'SUMMER_1', startsOn: '2025-04-22', endsOn: '2025-05-23' },
  { academicYear: 2024, name: 'SUMMER_2', startsOn: '2025-06-02', endsOn: '2025-07-22' },
  { academicYear: 2025, name: 'AUTUMN_1', startsOn: '2025-09-01', endsOn: '2025-10-24' },
  { academicYear: 2025, name: 'AUTUMN_2', startsOn: '2025-11-03', endsOn: '2025-12-19' },
  { academicYear: 2025, name: 'SPRING_1', startsOn: '2026-01-05', endsOn: '2026-02-13' },
  { academicYear: 2025, name: 'SPRING_2', startsOn: '2026-02-23', endsOn: '2026-03-27' },
  { academicYear: 2025, name: 'SUMMER_1', startsOn: '2026-04-13', endsOn: '2026-05-22' },
  { academicYear: 2025, name: 'SUMMER_2', startsOn: '2026-06-01', endsOn: '2026-07-21' },
];

/** INSET on Monday 1 September 2025, a planned closure on Friday 10 October 2025, an unplanned one on 20 November 2025 PM. */
export const FIXTURE_CLOSURES: readonly { startsOn: LocalDate; endsOn: LocalDate; kind: string; sessions: string; description: string }[] = [
  { startsOn: '2025-09-01', endsOn: '2025-09-01', kind: 'INSET', sessions: 'BOTH', description: 'Staff training' },
  { startsOn: '2025-10-10', endsOn: '2025-10-10', kind: 'PLANNED_CLOSURE', sessions: 'BOTH', description: 'Polling station' },
  { startsOn: '2025-11-20', endsOn: '2025-11-20', kind: 'UNPLANNED_CLOSURE', sessions: 'PM', description: 'Heating failure' },
];

export interface FixturePupil {
  readonly upn: string;
  readonly pupilId: string;
  readonly enrolmentId: string;
}

/** A valid UPN for pupil `serial` of a school: the DfE check letter over LA, establishment, year and serial. */
export function fixtureUpn(laestab: number, serial: number): string {
  const body = `${laestab}${String(20 + Math.floor(serial / 1000)).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
}

export interface FixtureSchoolOptions {
  readonly laCode?: string;
  readonly laName?: string;
  readonly urn?: number;
  readonly laestab?: number;
}

/** The LA (if new), the school and its calendar. */
export async function createFixtureSchool(ds: DataSource, options: FixtureSchoolOptions = {}): Promise<void> {
  await withSystemScope(ds, (tx) => createFixtureSchoolIn(tx, options));
}

async function createFixtureSchoolIn(ds: EntityManager, options: FixtureSchoolOptions): Promise<void> {
  const laCode = options.laCode ?? FIXTURE_LA;
  const urn = options.urn ?? FIXTURE_URN;
  await ds.query(`INSERT INTO local_authority (la_code, name) VALUES ($1, $2) ON CONFLICT (la_code) DO NOTHING`, [
    laCode,
    options.laName ?? `LA ${laCode}`,
  ]);
  await ds.query(`INSERT INTO school (urn, la_code, laestab, name, type, phase) VALUES ($1, $2, $3, $4, 'COMMUNITY', 'PRIMARY')`, [
    urn,
    laCode,
    options.laestab ?? FIXTURE_LAESTAB,
    `School ${urn}`,
  ]);
  await ds.query(
    `INSERT INTO school_half_term (urn, academic_year, name, starts_on, ends_on)
     SELECT $1, academic_year, name, starts_on, ends_on
       FROM jsonb_to_recordset($2::jsonb) AS t(academic_year smallint, name text, starts_on date, ends_on date)`,
    [urn, JSON.stringify(FIXTURE_HALF_TERMS.map((h) => ({ academic_year: h.academicYear, name: h.name, starts_on: h.startsOn, ends_on: h.endsOn })))],
  );
  await ds.query(
    `INSERT INTO school_closure (urn, starts_on, ends_on, kind, sessions, description)
     SELECT $1, starts_on, ends_on, kind, sessions, description
       FROM jsonb_to_recordset($2::jsonb) AS t(starts_on date, ends_on date, kind text, sessions text, description text)`,
    [
      urn,
      JSON.stringify(
        FIXTURE_CLOSURES.map((c) => ({ starts_on: c.startsOn, ends_on: c.endsOn, kind: c.kind, sessions: c.sessions, description: c.description })),
      ),
    ],
  );
}

export interface FixturePupilsOptions {
  readonly laCode?: string;
  readonly urn?: number;
  readonly laestab?: number;
  readonly count: number;
  /** The serial of the first pupil (UPNs are unique per school by serial). */
  readonly firstSerial?: number;
  readonly admittedOn?: LocalDate;
  readonly leftOn?: LocalDate | null;
}

/** Pupils on the school's roll from `admittedOn` (default 1 September 2023), in one statement each for pupils and enrolments. */
export async function createFixturePupils(ds: DataSource, options: FixturePupilsOptions): Promise<FixturePupil[]> {
  return withSystemScope(ds, (tx) => createFixturePupilsIn(tx, options));
}

async function createFixturePupilsIn(ds: EntityManager, options: FixturePupilsOptions): Promise<FixturePupil[]> {
  const laCode = options.laCode ?? FIXTURE_LA;
  const urn = options.urn ?? FIXTURE_URN;
  const laestab = options.laestab ?? FIXTURE_LAESTAB;
  const first = options.firstSerial ?? 1;
  const upns = Array.from({ length: options.count }, (_, i) => fixtureUpn(laestab, first + i));
  const pupils = (await ds.query(
    `INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code)
     SELECT $1, upn, 'Pupil', 'No. ' || ord, DATE '2016-05-01', CASE WHEN ord % 2 = 0 THEN 'F' ELSE 'M' END, $1
       FROM unnest($2::text[]) WITH ORDINALITY AS t(upn, ord)
     RETURNING id::text AS id, upn`,
    [laCode, upns],
  )) as { id: string; upn: string }[];
  const enrolments = (await ds.query(
    `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on, left_on)
     SELECT $1, id, $2, $3, $4 FROM unnest($5::bigint[]) AS t(id)
     RETURNING id::text AS id, pupil_id::text AS pupil_id`,
    [laCode, urn, options.admittedOn ?? '2023-09-01', options.leftOn ?? null, pupils.map((p) => p.id)],
  )) as { id: string; pupil_id: string }[];
  const enrolmentOf = new Map(enrolments.map((e) => [e.pupil_id, e.id]));
  const byUpn = new Map(pupils.map((p) => [p.upn, p.id]));
  return upns.map((upn) => {
    const pupilId = byUpn.get(upn) as string;
    return { upn, pupilId, enrolmentId: enrolmentOf.get(pupilId) as string };
  });
}
