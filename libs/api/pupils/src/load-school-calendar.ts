import { Refusal } from '@rollcall/api-core';
import { Closure, ClosureKind, HalfTerm, HalfTermName, SchoolCalendar } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

interface HalfTermRow {
  academic_year: number;
  name: HalfTermName;
  starts_on: string;
  ends_on: string;
}

interface ClosureRow {
  starts_on: string;
  ends_on: string;
  kind: ClosureKind;
  sessions: 'AM' | 'PM' | 'BOTH';
  description: string | null;
}

/**
 * The school's calendar as the rules library reads it: its half terms and closures, with the England & Wales
 * bank holidays (the default when `bankHolidays` is absent).
 */
export async function loadSchoolCalendar(tx: EntityManager, urn: number): Promise<SchoolCalendar> {
  // One statement (it is read by every register and submission): the half terms and closures as JSON arrays.
  const [row] = (await tx.query(
    `SELECT EXISTS (SELECT 1 FROM school WHERE urn = $1) AS known,
            (SELECT coalesce(json_agg(h ORDER BY h.starts_on), '[]')
               FROM (SELECT academic_year, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
                       FROM school_half_term WHERE urn = $1) h) AS half_terms,
            (SELECT coalesce(json_agg(c ORDER BY c.starts_on, c.kind), '[]')
               FROM (SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, kind, sessions, description
                       FROM school_closure WHERE urn = $1) c) AS closures`,
    [urn],
  )) as { known: boolean; half_terms: HalfTermRow[]; closures: ClosureRow[] }[];
  if (!row.known) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { urn });
  const halfTerms: HalfTerm[] = row.half_terms.map((r) => ({
    name: r.name,
    academicYear: r.academic_year,
    start: r.starts_on,
    end: r.ends_on,
  }));
  const closures: Closure[] = row.closures.map((r) => {
    const closure: Closure = { start: r.starts_on, end: r.ends_on, kind: r.kind, sessions: r.sessions };
    return r.description === null ? closure : { ...closure, description: r.description };
  });
  return { halfTerms, closures };
}
