import { LocalDate } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { ENROLMENT_COLUMNS, EnrolmentRecord, EnrolmentRow, toEnrolmentRecord } from './enrolment-record';
import { PupilRecord, pupilColumns, toPupilRecord } from './pupil-record';

/** An enrolment with its pupil, as a register lists it. */
export interface SchoolEnrolment extends EnrolmentRecord {
  readonly pupil: PupilRecord;
}

/**
 * The school's roll on a date: every enrolment admitted on or before `on` and not left before it (the leaving
 * date is the last day on the register), ordered by surname, forename, UPN.
 */
export async function enrolmentsForSchool(tx: EntityManager, urn: number, on: LocalDate): Promise<SchoolEnrolment[]> {
  const rows = (await tx.query(
    `SELECT ${ENROLMENT_COLUMNS}, ${pupilColumns('p_')}
       FROM enrolment e JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
      WHERE e.urn = $1 AND e.admitted_on <= $2 AND (e.left_on IS NULL OR e.left_on >= $2)
      ORDER BY p.surname, p.forename, p.upn, e.admitted_on`,
    [urn, on],
  )) as (EnrolmentRow & Record<string, unknown>)[];
  return rows.map((r) => ({ ...toEnrolmentRecord(r), pupil: toPupilRecord(r, 'p_') }));
}
