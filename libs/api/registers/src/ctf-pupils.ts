import {
  ENROLMENT_COLUMNS,
  EnrolmentRow,
  PupilInput,
  PupilRow,
  Sex,
  pupilColumns,
  pupilInputProblems,
  toEnrolmentRecord,
  toPupilRecord,
  upsertPupilsInTransaction,
} from '@rollcall/api-pupils';
import { EntityManager } from 'typeorm';
import { CtfPupil } from './ctf-register-rows';
import { ProblemCollector } from './import-problem';

/** The CTF element to name when the pupils context finds a problem with one of its fields. */
const CTF_FIELD: Readonly<Record<string, string>> = {
  upn: 'UPN',
  forename: 'Forename',
  surname: 'Surname',
  dateOfBirth: 'DOB',
  sex: 'Sex',
  admittedOn: 'SchoolHistory/School/EntryDate',
  leftOn: 'SchoolHistory/School/LeavingDate',
};

/**
 * Creates or updates the CTF's pupils and their enrolment at the school, through the pupils context, inside the
 * import's transaction. A CTF carries names, date of birth and sex only, so for a pupil already held every other
 * detail (address, home LA, and the enrolment's admission date, registration and boarding) is kept as it is; a new
 * pupil's home LA is the school's, and their admission date is the SchoolHistory entry date for this school or else
 * the first session the file marks. Returns false (with the problems recorded) when any pupil cannot be stored.
 */
export async function upsertCtfPupils(
  tx: EntityManager,
  laCode: string,
  urn: number,
  pupils: readonly CtfPupil[],
  problems: ProblemCollector,
): Promise<boolean> {
  const usable = pupils.filter((p): p is CtfPupil & { validUpn: string } => p.validUpn !== undefined);
  if (usable.length === 0) return !problems.any;
  const upns = usable.map((p) => p.validUpn);

  const held = new Map(
    ((await tx.query(`SELECT ${pupilColumns()} FROM pupil p WHERE p.la_code = $1 AND p.upn = ANY($2::bpchar[])`, [laCode, upns])) as PupilRow[]).map(
      (r) => [r.upn, toPupilRecord(r)],
    ),
  );
  const enrolments = ((await tx.query(
    `SELECT ${ENROLMENT_COLUMNS}, p.upn AS upn
       FROM enrolment e JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
      WHERE e.la_code = $1 AND e.urn = $2 AND p.upn = ANY($3::bpchar[])
      ORDER BY e.admitted_on DESC`,
    [laCode, urn, upns],
  )) as (EnrolmentRow & { upn: string })[]).map((r) => ({ upn: r.upn, enrolment: toEnrolmentRecord(r) }));

  const inputs: PupilInput[] = [];
  const rows: number[] = [];
  for (const p of usable) {
    const pupil = held.get(p.validUpn);
    const atSchool = enrolments.filter((e) => e.upn === p.validUpn).map((e) => e.enrolment);
    const enrolment =
      atSchool.find((e) => p.firstMarkDate !== undefined && e.admittedOn <= p.firstMarkDate && (e.leftOn ?? '9999-12-31') >= p.firstMarkDate) ??
      atSchool[0];
    const admittedOn = enrolment?.admittedOn ?? p.entryDate ?? p.firstMarkDate;
    if (admittedOn === undefined) {
      problems.add({
        row: p.row,
        field: 'SchoolHistory/School/EntryDate',
        reason: 'INVALID_PUPIL',
        message: `Pupil ${p.validUpn} is not on this school's roll and the file gives no entry date (SchoolHistory) or attendance here, so their admission date is unknown.`,
        upn: p.validUpn,
      });
      continue;
    }
    const leftOn = p.leavingDate ?? enrolment?.leftOn ?? undefined;
    inputs.push({
      upn: p.validUpn,
      forename: p.forename,
      surname: p.surname,
      ...(pupil?.preferredName ? { preferredName: pupil.preferredName } : {}),
      dateOfBirth: p.dateOfBirth,
      sex: p.sex.toUpperCase() as Sex,
      ...(pupil?.addressLine1 ? { addressLine1: pupil.addressLine1 } : {}),
      ...(pupil?.addressLine2 ? { addressLine2: pupil.addressLine2 } : {}),
      ...(pupil?.town ? { town: pupil.town } : {}),
      ...(pupil?.postcode ? { postcode: pupil.postcode } : {}),
      homeLaCode: pupil?.homeLaCode ?? laCode,
      ...(pupil?.ncYear === null || pupil?.ncYear === undefined ? {} : { ncYear: pupil.ncYear }),
      admittedOn,
      ...(leftOn === undefined ? {} : { leftOn }),
      ...(enrolment ? { registration: enrolment.registration, boarder: enrolment.boarder } : {}),
    });
    rows.push(p.row);
  }

  for (const problem of pupilInputProblems(inputs)) {
    problems.add({
      row: rows[problem.index],
      field: CTF_FIELD[problem.field] ?? problem.field,
      reason: 'INVALID_PUPIL',
      message: problem.message,
      upn: problem.upn,
    });
  }
  if (problems.any) return false;
  await upsertPupilsInTransaction(tx, laCode, urn, inputs);
  return true;
}
