import { Closure, ClosureKind, HalfTerm, HalfTermName, SchoolCalendar } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** Several schools' calendars in two statements (the pupils context's `loadSchoolCalendar` reads one school's). */
export async function schoolCalendars(tx: EntityManager, urns: readonly number[]): Promise<Map<number, SchoolCalendar>> {
  const unique = [...new Set(urns)];
  const calendars = new Map<number, { halfTerms: HalfTerm[]; closures: Closure[] }>(unique.map((urn) => [urn, { halfTerms: [], closures: [] }]));
  if (unique.length === 0) return calendars;
  const halfTerms = (await tx.query(
    `SELECT urn, academic_year, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
       FROM school_half_term WHERE urn = ANY($1::int[]) ORDER BY urn, starts_on`,
    [unique],
  )) as { urn: number; academic_year: number; name: HalfTermName; starts_on: string; ends_on: string }[];
  const closures = (await tx.query(
    `SELECT urn, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, kind, sessions, description
       FROM school_closure WHERE urn = ANY($1::int[]) ORDER BY urn, starts_on, kind`,
    [unique],
  )) as { urn: number; starts_on: string; ends_on: string; kind: ClosureKind; sessions: 'AM' | 'PM' | 'BOTH'; description: string | null }[];
  for (const h of halfTerms) calendars.get(h.urn)?.halfTerms.push({ name: h.name, academicYear: h.academic_year, start: h.starts_on, end: h.ends_on });
  for (const c of closures) {
    const closure: Closure = { start: c.starts_on, end: c.ends_on, kind: c.kind, sessions: c.sessions };
    calendars.get(c.urn)?.closures.push(c.description === null ? closure : { ...closure, description: c.description });
  }
  return calendars;
}
