/** The kinds of school a legal intervention's scope depends on (domain §5 PN scope, §6 contracts). */
export type InterventionSchoolType =
  | 'MAINTAINED'
  | 'MAINTAINED_SPECIAL'
  | 'ACADEMY'
  | 'PUPIL_REFERRAL_UNIT'
  | 'ALTERNATIVE_PROVISION_ACADEMY'
  | 'NON_MAINTAINED_SPECIAL'
  | 'INDEPENDENT';

export const INTERVENTION_SCHOOL_TYPES: readonly InterventionSchoolType[] = [
  'MAINTAINED',
  'MAINTAINED_SPECIAL',
  'ACADEMY',
  'PUPIL_REFERRAL_UNIT',
  'ALTERNATIVE_PROVISION_ACADEMY',
  'NON_MAINTAINED_SPECIAL',
  'INDEPENDENT',
];
