import type { SchoolType } from '@rollcall/db';
import { InterventionSchoolType } from '@rollcall/rules';

/** How each kind of school recorded in `school.type` counts for the interventions' rules. */
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
