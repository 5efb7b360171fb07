import { LocalDate } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { ENROLMENT_COLUMNS, EnrolmentRecord, EnrolmentRow, toEnrolmentRecord } from './enrolment-record';
import { PupilCharacteristic } from './pupil-input';
import { PupilRecord, PupilRow, pupilColumns, toPupilRecord } from './pupil-record';
import { todayInEngland } from './today-in-england';

export interface CharacteristicRecord {
  readonly characteristic: PupilCharacteristic;
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate | null;
  readonly responsibleLaCode: string | null;
}

/** A parent as linked to this pupil. */
export interface PupilParentRecord {
  readonly id: string;
  readonly forename: string;
  readonly surname: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly addressLine1: string | null;
  readonly town: string | null;
  readonly postcode: string | null;
  readonly userId: string | null;
  readonly relationship: string;
  readonly parentalResponsibility: boolean;
  readonly livesWith: boolean;
  readonly contactPriority: number;
}

/** A parent's columns as linked to a pupil, from `pupil_parent pp JOIN parent pa`. */
export const PUPIL_PARENT_COLUMNS = `pa.id::text AS id, pa.forename, pa.surname, pa.email, pa.phone, pa.address_line1, pa.town, pa.postcode,
  pa.user_id::text AS user_id, pp.relationship, pp.parental_responsibility, pp.lives_with, pp.contact_priority`;

export interface PupilParentRow {
  id: string;
  forename: string;
  surname: string;
  email: string | null;
  phone: string | null;
  address_line1: string | null;
  town: string | null;
  postcode: string | null;
  user_id: string | null;
  relationship: string;
  parental_responsibility: boolean;
  lives_with: boolean;
  contact_priority: number;
}

export function toPupilParentRecord(p: PupilParentRow): PupilParentRecord {
  return {
    id: p.id,
    forename: p.forename,
    surname: p.surname,
    email: p.email,
    phone: p.phone,
    addressLine1: p.address_line1,
    town: p.town,
    postcode: p.postcode,
    userId: p.user_id,
    relationship: p.relationship,
    parentalResponsibility: p.parental_responsibility,
    livesWith: p.lives_with,
    contactPriority: p.contact_priority,
  };
}

export interface SocialWorkerRecord {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly team: string | null;
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate | null;
}

export interface PupilProfile {
  readonly pupil: PupilRecord;
  /** The characteristics in force on the date asked about. */
  readonly characteristics: readonly CharacteristicRecord[];
  /** In contact order. */
  readonly parents: readonly PupilParentRecord[];
  /** The social worker assigned on the date asked about. */
  readonly socialWorker: SocialWorkerRecord | null;
  /** Every enrolment, earliest admission first. */
  readonly enrolments: readonly EnrolmentRecord[];
}

/** Everything Rollcall holds about a pupil, as of `on` (default today), or undefined for an unknown pupil. */
export async function pupilProfile(
  tx: EntityManager,
  laCode: string,
  pupilId: string,
  on: LocalDate = todayInEngland(),
): Promise<PupilProfile | undefined> {
  const pupils = (await tx.query(`SELECT ${pupilColumns()} FROM pupil p WHERE p.la_code = $1 AND p.id = $2`, [
    laCode,
    pupilId,
  ])) as PupilRow[];
  if (pupils.length === 0) return undefined;

  const characteristics = (await tx.query(
    `SELECT characteristic, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on,
            responsible_la_code
       FROM pupil_characteristic
      WHERE la_code = $1 AND pupil_id = $2 AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)
      ORDER BY characteristic, starts_on`,
    [laCode, pupilId, on],
  )) as { characteristic: PupilCharacteristic; starts_on: string; ends_on: string | null; responsible_la_code: string | null }[];

  const parents = (await tx.query(
    `SELECT ${PUPIL_PARENT_COLUMNS}
       FROM pupil_parent pp JOIN parent pa ON pa.la_code = pp.la_code AND pa.id = pp.parent_id
      WHERE pp.la_code = $1 AND pp.pupil_id = $2
      ORDER BY pp.contact_priority, pa.id`,
    [laCode, pupilId],
  )) as PupilParentRow[];

  const workers = (await tx.query(
    `SELECT name, email, phone, team, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
       FROM social_worker_assignment
      WHERE la_code = $1 AND pupil_id = $2 AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)
      ORDER BY starts_on DESC LIMIT 1`,
    [laCode, pupilId, on],
  )) as { name: string; email: string | null; phone: string | null; team: string | null; starts_on: string; ends_on: string | null }[];

  const enrolments = (await tx.query(
    `SELECT ${ENROLMENT_COLUMNS} FROM enrolment e WHERE e.la_code = $1 AND e.pupil_id = $2 ORDER BY e.admitted_on, e.id`,
    [laCode, pupilId],
  )) as EnrolmentRow[];

  const worker = workers[0];
  return {
    pupil: toPupilRecord(pupils[0]),
    characteristics: characteristics.map((c) => ({
      characteristic: c.characteristic,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      responsibleLaCode: c.responsible_la_code,
    })),
    parents: parents.map(toPupilParentRecord),
    socialWorker: worker
      ? { name: worker.name, email: worker.email, phone: worker.phone, team: worker.team, startsOn: worker.starts_on, endsOn: worker.ends_on }
      : null,
    enrolments: enrolments.map(toEnrolmentRecord),
  };
}
