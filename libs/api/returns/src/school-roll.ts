import {
  CODE_SET_2024_EFFECTIVE_FROM,
  LocalDate,
  Mark,
  Session,
  isAttendanceCode,
  isLegacyAttendanceCode,
  mapLegacyCode,
} from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** A pupil on the school's roll at some time in a period, with their marks at this school. */
export interface RollPupil {
  readonly pupilId: string;
  readonly fullName: string;
  readonly address?: string;
  readonly dateOfBirth: LocalDate;
  readonly marks: readonly Mark[];
}

/** A stored mark in the rules' terms: 2024 codes as they are, pre-2024 codes by their default 2024 equivalent. */
export function toMark(date: LocalDate, session: Session, code: string): Mark | undefined {
  if (date < CODE_SET_2024_EFFECTIVE_FROM && isLegacyAttendanceCode(code)) return { date, session, code: mapLegacyCode(code).to };
  return isAttendanceCode(code) ? { date, session, code } : undefined;
}

export function joinAddress(...parts: readonly (string | null)[]): string | undefined {
  const text = parts.map((p) => p?.trim()).filter((p): p is string => !!p).join(', ');
  return text === '' ? undefined : text;
}

/**
 * Every pupil on the school's roll at some time from `from` to `to`, with their marks at this school from `marksFrom`
 * to `to` (one query for the pupils, one for the marks).
 */
export async function schoolRoll(tx: EntityManager, laCode: string, urn: number, from: LocalDate, to: LocalDate, marksFrom: LocalDate): Promise<RollPupil[]> {
  const pupils = (await tx.query(
    `SELECT DISTINCT ON (p.id) p.id::text AS id, p.forename, p.surname, p.address_line1, p.address_line2, p.town, p.postcode, p.date_of_birth
       FROM enrolment e JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
      WHERE e.la_code = $1 AND e.urn = $2 AND e.admitted_on <= $4 AND (e.left_on IS NULL OR e.left_on >= $3)
      ORDER BY p.id`,
    [laCode, urn, from, to],
  )) as {
    id: string;
    forename: string;
    surname: string;
    address_line1: string | null;
    address_line2: string | null;
    town: string | null;
    postcode: string | null;
    date_of_birth: LocalDate;
  }[];
  if (pupils.length === 0) return [];
  const rows = (await tx.query(
    `SELECT e.pupil_id::text AS pupil_id, m.date, m.session, m.code
       FROM attendance_mark m JOIN enrolment e ON e.la_code = m.la_code AND e.id = m.enrolment_id
      WHERE e.la_code = $1 AND e.urn = $2 AND e.pupil_id = ANY($3::bigint[]) AND m.date BETWEEN $4 AND $5
      ORDER BY m.date, m.session`,
    [laCode, urn, pupils.map((p) => p.id), marksFrom, to],
  )) as { pupil_id: string; date: LocalDate; session: Session; code: string }[];
  const marks = new Map<string, Mark[]>();
  for (const r of rows) {
    const mark = toMark(r.date, r.session, r.code);
    if (!mark) continue;
    const list = marks.get(r.pupil_id);
    if (list) list.push(mark);
    else marks.set(r.pupil_id, [mark]);
  }
  return pupils.map((p) => {
    const address = joinAddress(p.address_line1, p.address_line2, p.town, p.postcode);
    return {
      pupilId: p.id,
      fullName: `${p.forename} ${p.surname}`.trim(),
      ...(address === undefined ? {} : { address }),
      dateOfBirth: p.date_of_birth,
      marks: marks.get(p.id) ?? [],
    };
  });
}
