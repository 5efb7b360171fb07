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

/** A stored mark in the rules' terms: 2024 codes as they are, pre-2024 codes by their default 2024 equivalent. */
export function toMark(date: LocalDate, session: Session, code: string): Mark | undefined {
  if (date < CODE_SET_2024_EFFECTIVE_FROM && isLegacyAttendanceCode(code)) return { date, session, code: mapLegacyCode(code).to };
  return isAttendanceCode(code) ? { date, session, code } : undefined;
}

/** The pupil's marks at every school in the LA from `from` to `to`, inclusive, oldest first. */
export async function marksForPupil(tx: EntityManager, laCode: string, pupilId: string, from: LocalDate, to: LocalDate): Promise<Mark[]> {
  const rows = (await tx.query(
    `SELECT m.date, m.session, m.code
       FROM attendance_mark m JOIN enrolment e ON e.la_code = m.la_code AND e.id = m.enrolment_id
      WHERE e.la_code = $1 AND e.pupil_id = $2 AND m.date BETWEEN $3 AND $4
      ORDER BY m.date, m.session`,
    [laCode, pupilId, from, to],
  )) as { date: LocalDate; session: Session; code: string }[];
  return rows.flatMap((r) => toMark(r.date, r.session, r.code) ?? []);
}
