import { isLocalDate, validateUpn } from '@rollcall/rules';
import { PUPIL_CHARACTERISTICS, PupilInput, REGISTRATIONS } from './pupil-input';

/** One thing wrong with one pupil in a submitted roll, naming the pupil and the field to fix. */
export interface PupilProblem {
  /** Position in the submitted list, from 0. */
  readonly index: number;
  readonly upn: string;
  /** The pupil's name as submitted, so a person can find the record. */
  readonly pupil: string;
  /** The field path, e.g. `upn`, `dateOfBirth`, `parents[1].surname`. */
  readonly field: string;
  readonly message: string;
}

const LA_CODE = /^\d{3}$/;
const NC_YEAR_MIN = -2;
const NC_YEAR_MAX = 14;

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Everything wrong with a batch of pupils, in submission order (an empty list when all can be stored). */
export function pupilInputProblems(pupils: readonly PupilInput[]): PupilProblem[] {
  const problems: PupilProblem[] = [];
  const firstIndexByUpn = new Map<string, number>();
  pupils.forEach((p, index) => {
    const upn = typeof p.upn === 'string' ? p.upn.trim().toUpperCase() : '';
    const name = `${typeof p.forename === 'string' ? p.forename : ''} ${typeof p.surname === 'string' ? p.surname : ''}`.trim();
    const add = (field: string, message: string) =>
      problems.push({ index, upn, pupil: name === '' ? `pupil ${index + 1}` : name, field, message });

    // domain §15.1: the UPN must pass the DfE checks
    const upnCheck = validateUpn(typeof p.upn === 'string' ? p.upn : '');
    if (!upnCheck.allowed) add('upn', upnCheck.detail.problems.map((x) => x.message).join('; '));
    else if (firstIndexByUpn.has(upn)) add('upn', `UPN ${upn} appears more than once (first as pupil ${(firstIndexByUpn.get(upn) ?? 0) + 1})`);
    else firstIndexByUpn.set(upn, index);

    if (blank(p.forename)) add('forename', 'Forename is missing');
    if (blank(p.surname)) add('surname', 'Surname is missing');
    if (!isDate(p.dateOfBirth)) add('dateOfBirth', 'Date of birth must be a date in the form YYYY-MM-DD');
    if (!['F', 'M', 'U'].includes(p.sex)) add('sex', 'Sex must be F, M or U');
    if (typeof p.homeLaCode !== 'string' || !LA_CODE.test(p.homeLaCode)) {
      add('homeLaCode', `Home LA code "${String(p.homeLaCode)}" must be a 3-digit DfE local authority code`);
    }
    if (p.ncYear !== undefined && (!Number.isInteger(p.ncYear) || p.ncYear < NC_YEAR_MIN || p.ncYear > NC_YEAR_MAX)) {
      add('ncYear', `NC year must be a whole number from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}`);
    }
    if (!isDate(p.admittedOn)) add('admittedOn', 'Admission date must be a date in the form YYYY-MM-DD');
    else if (isDate(p.dateOfBirth) && p.admittedOn < p.dateOfBirth) add('admittedOn', 'Admission date is before the date of birth');
    if (p.leftOn !== undefined) {
      if (!isDate(p.leftOn)) add('leftOn', 'Leaving date must be a date in the form YYYY-MM-DD');
      else if (isDate(p.admittedOn) && p.leftOn < p.admittedOn) add('leftOn', 'Leaving date is before the admission date');
    }
    if (p.registration !== undefined && !REGISTRATIONS.includes(p.registration)) {
      add('registration', `Registration must be one of ${REGISTRATIONS.join(', ')}`);
    }
    if (p.boarder !== undefined && typeof p.boarder !== 'boolean') add('boarder', 'Boarder must be true or false');

    const seenCharacteristics = new Set<string>();
    (p.characteristics ?? []).forEach((c, i) => {
      const field = `characteristics[${i}]`;
      if (!PUPIL_CHARACTERISTICS.includes(c.characteristic)) {
        add(`${field}.characteristic`, `"${String(c.characteristic)}" is not one of ${PUPIL_CHARACTERISTICS.join(', ')}`);
      }
      if (!isDate(c.startsOn)) add(`${field}.startsOn`, 'Start date must be a date in the form YYYY-MM-DD');
      if (c.endsOn !== undefined && (!isDate(c.endsOn) || (isDate(c.startsOn) && c.endsOn < c.startsOn))) {
        add(`${field}.endsOn`, 'End date must be a date in the form YYYY-MM-DD, on or after the start date');
      }
      if (c.responsibleLaCode !== undefined && !LA_CODE.test(c.responsibleLaCode)) {
        add(`${field}.responsibleLaCode`, `"${c.responsibleLaCode}" must be a 3-digit DfE local authority code`);
      }
      const key = `${c.characteristic}/${c.startsOn}`;
      if (seenCharacteristics.has(key)) add(field, `${c.characteristic} starting ${c.startsOn} is listed twice`);
      seenCharacteristics.add(key);
    });

    (p.parents ?? []).forEach((parent, i) => {
      const field = `parents[${i}]`;
      if (blank(parent.forename)) add(`${field}.forename`, 'Parent forename is missing');
      if (blank(parent.surname)) add(`${field}.surname`, 'Parent surname is missing');
      if (blank(parent.relationship)) add(`${field}.relationship`, 'Relationship to the pupil is missing');
      if (typeof parent.parentalResponsibility !== 'boolean') add(`${field}.parentalResponsibility`, 'Must be true or false');
      if (typeof parent.livesWith !== 'boolean') add(`${field}.livesWith`, 'Must be true or false');
      if (parent.contactPriority !== undefined && (!Number.isInteger(parent.contactPriority) || parent.contactPriority < 1)) {
        add(`${field}.contactPriority`, 'Contact priority must be a whole number from 1');
      }
    });

    if (p.socialWorker !== undefined) {
      if (blank(p.socialWorker.name)) add('socialWorker.name', "Social worker's name is missing");
      if (!isDate(p.socialWorker.startsOn)) add('socialWorker.startsOn', 'Start date must be a date in the form YYYY-MM-DD');
    }
  });
  return problems;
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && isLocalDate(value);
}
