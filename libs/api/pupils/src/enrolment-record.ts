import { LocalDate } from '@rollcall/rules';
import { Registration } from './pupil-input';

/** A pupil's place on one school's admission register. */
export interface EnrolmentRecord {
  readonly laCode: string;
  readonly id: string;
  readonly pupilId: string;
  readonly urn: number;
  readonly admittedOn: LocalDate;
  /** Last day on the register (inclusive); null while on roll. */
  readonly leftOn: LocalDate | null;
  readonly deletionGround: string | null;
  readonly registration: Registration;
  readonly boarder: boolean;
}

/** The select list `toEnrolmentRecord` reads, for an `enrolment` aliased `e`. */
export const ENROLMENT_COLUMNS = `e.la_code, e.id::text AS id, e.pupil_id::text AS pupil_id, e.urn,
  to_char(e.admitted_on, 'YYYY-MM-DD') AS admitted_on, to_char(e.left_on, 'YYYY-MM-DD') AS left_on,
  e.deletion_ground, e.registration, e.boarder`;

export interface EnrolmentRow {
  la_code: string;
  id: string;
  pupil_id: string;
  urn: number;
  admitted_on: string;
  left_on: string | null;
  deletion_ground: string | null;
  registration: Registration;
  boarder: boolean;
}

export function toEnrolmentRecord(r: EnrolmentRow): EnrolmentRecord {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    urn: r.urn,
    admittedOn: r.admitted_on,
    leftOn: r.left_on,
    deletionGround: r.deletion_ground,
    registration: r.registration,
    boarder: r.boarder,
  };
}
