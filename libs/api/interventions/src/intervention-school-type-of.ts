import { InterventionSchoolType } from '@rollcall/rules';

/** `school.type` as recorded (the schema's CHECK list). */
export type SchoolType =
  | 'COMMUNITY'
  | 'FOUNDATION'
  | 'VOLUNTARY_AIDED'
  | 'VOLUNTARY_CONTROLLED'
  | 'ACADEMY'
  | 'FREE_SCHOOL'
  | 'INDEPENDENT'
  | 'SPECIAL'
  | 'NON_MAINTAINED_SPECIAL'
  | 'PRU'
  | 'ALTERNATIVE_PROVISION';

const TYPES: Readonly<Record<SchoolType, InterventionSchoolType>> = {
  COMMUNITY: 'MAINTAINED',
  FOUNDATION: 'MAINTAINED',
  VOLUNTARY_AIDED: 'MAINTAINED',
  VOLUNTARY_CONTROLLED: 'MAINTAINED',
  ACADEMY: 'ACADEMY',
  FREE_SCHOOL: 'ACADEMY',
  INDEPENDENT: 'INDEPENDENT',
  SPECIAL: 'MAINTAINED_SPECIAL',
  NON_MAINTAINED_SPECIAL: 'NON_MAINTAINED_SPECIAL',
  PRU: 'PUPIL_REFERRAL_UNIT',
  ALTERNATIVE_PROVISION: 'ALTERNATIVE_PROVISION_ACADEMY',
};

/** The kind of school the rules library's intervention scope checks use, for a school as recorded. */
export function interventionSchoolTypeOf(type: SchoolType): InterventionSchoolType {
  return TYPES[type];
}
