import { KeysetList, Page, PageRequest, Refusal, Scope, SqlParams, containsPattern, inTransaction, keysetPage } from '@rollcall/api-core';
import { ClosureKind, HalfTermName, LocalDate, academicYearEnd, academicYearLabel, academicYearStart } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { SCHOOL_PHASES, SCHOOL_TYPES, SchoolPhase, SchoolType } from './school-input';
import { LocalAuthorityRecord, SCHOOL_COLUMNS, SchoolCalendarRecord, SchoolRecord, SchoolRow, toSchoolRecord } from './school-record';

export interface SchoolFilter {
  readonly phase?: SchoolPhase;
  readonly type?: SchoolType;
  /** Part of the name, the URN, or the start of the postcode. */
  readonly search?: string;
}

/** A school's calendar for an academic year, as a loader asks for it. */
export interface CalendarKey {
  readonly urn: number;
  readonly academicYear: number;
}

/** Schools by name, then URN. */
const SCHOOL_LIST: KeysetList<SchoolRow, SchoolRecord> = {
  select: SCHOOL_COLUMNS,
  from: 'school s',
  key: [
    { expr: 's.name', type: 'text' },
    { expr: 's.urn', type: 'int' },
  ],
  direction: 'ASC',
  toItem: toSchoolRecord,
  keyOf: (r) => [r.name, r.urn],
};

const FIRST_ACADEMIC_YEAR = 2000;
const LAST_ACADEMIC_YEAR = 2100;

function invalidFilter(field: string, message: string): Refusal {
  return new Refusal('INVALID_FILTER', message, { field });
}

/**
 * The schools a caller works with: school staff (and a school's API key) their own schools; LA officers, admins,
 * the Virtual School (and an LA-wide key) the schools in their LA. Parents reach their child's school through the
 * child, not here.
 */
function schoolVisibleTo(scope: Scope, sql: SqlParams): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  switch (scope.role) {
    case 'SCHOOL_STAFF':
      return `(s.la_code = ${sql.add(scope.laCode)}::bpchar AND s.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[]))`;
    case 'LA_OFFICER':
    case 'LA_ADMIN':
    case 'VIRTUAL_SCHOOL':
      return `s.la_code = ${sql.add(scope.laCode)}::bpchar`;
    case 'PARENT':
      return 'false';
  }
}

function filterConditions(filter: SchoolFilter, sql: SqlParams): string[] {
  const where: string[] = [];
  if (filter.phase !== undefined) {
    if (!SCHOOL_PHASES.includes(filter.phase)) throw invalidFilter('phase', `Phase must be one of ${SCHOOL_PHASES.join(', ')}.`);
    where.push(`s.phase = ${sql.add(filter.phase)}`);
  }
  if (filter.type !== undefined) {
    if (!SCHOOL_TYPES.includes(filter.type)) throw invalidFilter('type', `Type must be one of ${SCHOOL_TYPES.join(', ')}.`);
    where.push(`s.type = ${sql.add(filter.type)}`);
  }
  if (filter.search !== undefined) {
    const search = filter.search.trim();
    if (search.length < 2 || search.length > 100) {
      throw invalidFilter('search', 'Search with 2 to 100 characters: part of a school’s name, its URN, or the start of its postcode.');
    }
    const compact = search.replace(/\s+/g, '').toUpperCase();
    where.push(`(s.name ILIKE ${sql.add(containsPattern(search))} OR s.urn::text = ${sql.add(search)}
              OR replace(upper(s.postcode), ' ', '') LIKE ${sql.add(`${compact.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)})`);
  }
  return where;
}

/** Checks an academic year asked about (2025 for 2025/26). */
export function checkAcademicYear(academicYear: number): void {
  if (!Number.isInteger(academicYear) || academicYear < FIRST_ACADEMIC_YEAR || academicYear > LAST_ACADEMIC_YEAR) {
    throw new Refusal('INVALID_ACADEMIC_YEAR', `Give the academic year by the year it starts, e.g. 2025 for 2025/26 (got ${academicYear}).`, {
      field: 'academicYear',
    });
  }
}

/** Reads local authorities, schools and school calendars for the caller. */
export class SchoolDirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The caller's own local authority. */
  async localAuthority(scope: Scope): Promise<LocalAuthorityRecord | undefined> {
    if (!scope.laCode) return undefined;
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT la_code, name FROM local_authority WHERE la_code = $1`, [scope.laCode]),
    )) as { la_code: string; name: string }[];
    return rows.length === 0 ? undefined : { laCode: rows[0].la_code, name: rows[0].name };
  }

  /** The schools the caller works with, by name then URN. */
  async list(scope: Scope, filter: SchoolFilter, page: PageRequest): Promise<Page<SchoolRecord>> {
    const sql = new SqlParams();
    const where = [schoolVisibleTo(scope, sql), ...filterConditions(filter, sql)].join(' AND ');
    return keysetPage(this.dataSource, scope, SCHOOL_LIST, where, sql, page);
  }

  /** One school the caller works with, or undefined. */
  async byUrn(scope: Scope, urn: number): Promise<SchoolRecord | undefined> {
    if (!Number.isInteger(urn) || urn < 100000 || urn > 999999) {
      throw new Refusal('INVALID_URN', `A URN is the school’s 6-digit Unique Reference Number (got ${urn}).`, { field: 'urn' });
    }
    const sql = new SqlParams();
    const where = `s.urn = ${sql.add(urn)} AND ${schoolVisibleTo(scope, sql)}`;
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT ${SCHOOL_COLUMNS} FROM school s WHERE ${where}`, sql.values),
    )) as SchoolRow[];
    return rows.length === 0 ? undefined : toSchoolRecord(rows[0]);
  }

  /**
   * The schools records name (an enrolment's school), in key order: a DataLoader's batch. Schools are reference data,
   * reached here through a record the caller was already allowed to read.
   */
  async schoolsNamedBy(scope: Scope, urns: readonly number[]): Promise<(SchoolRecord | undefined)[]> {
    if (urns.length === 0) return [];
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT ${SCHOOL_COLUMNS} FROM school s WHERE s.urn = ANY($1::int[])`, [[...urns]]),
    )) as SchoolRow[];
    const byUrn = new Map(rows.map((r) => [r.urn, toSchoolRecord(r)]));
    return urns.map((urn) => byUrn.get(urn));
  }

  /** Calendars for (school, academic year) pairs in two statements: a DataLoader's batch. */
  async calendars(scope: Scope, keys: readonly CalendarKey[]): Promise<SchoolCalendarRecord[]> {
    if (keys.length === 0) return [];
    keys.forEach((k) => checkAcademicYear(k.academicYear));
    const urns = keys.map((k) => k.urn);
    const years = keys.map((k) => k.academicYear);
    const starts = years.map(academicYearStart);
    const ends = years.map(academicYearEnd);
    const { halfTerms, closures } = await inTransaction(this.dataSource, scope, async (tx) => ({
      halfTerms: (await tx.query(
        `SELECT h.urn, h.academic_year, h.name, h.starts_on, h.ends_on
           FROM school_half_term h JOIN unnest($1::int[], $2::int[]) AS k(urn, academic_year) ON h.urn = k.urn AND h.academic_year = k.academic_year
          ORDER BY h.starts_on`,
        [urns, years],
      )) as { urn: number; academic_year: number; name: HalfTermName; starts_on: LocalDate; ends_on: LocalDate }[],
      closures: (await tx.query(
        `SELECT k.ord, c.starts_on, c.ends_on, c.kind, c.sessions, c.description
           FROM unnest($1::int[], $2::date[], $3::date[]) WITH ORDINALITY AS k(urn, year_start, year_end, ord)
           JOIN school_closure c ON c.urn = k.urn AND c.starts_on <= k.year_end AND c.ends_on >= k.year_start
          ORDER BY c.starts_on, c.kind`,
        [urns, starts, ends],
      )) as { ord: string; starts_on: LocalDate; ends_on: LocalDate; kind: ClosureKind; sessions: 'AM' | 'PM' | 'BOTH'; description: string | null }[],
    }));
    return keys.map((k, i) => ({
      urn: k.urn,
      academicYear: k.academicYear,
      label: academicYearLabel(k.academicYear),
      halfTerms: halfTerms
        .filter((h) => h.urn === k.urn && h.academic_year === k.academicYear)
        .map((h) => ({ name: h.name, startsOn: h.starts_on, endsOn: h.ends_on })),
      closures: closures
        .filter((c) => Number(c.ord) === i + 1)
        .map((c) => ({ startsOn: c.starts_on, endsOn: c.ends_on, kind: c.kind, sessions: c.sessions, description: c.description })),
    }));
  }
}
