/** Grounds on which a compulsory-school-age pupil's name must be deleted from the admission register. */
export type DeletionGroundId =
  | 'REGISTERED_AT_ANOTHER_SCHOOL'
  | 'COMPLETED_NURSERY_NOT_RETURNING'
  | 'DUAL_REGISTERED_NOT_RETURNING'
  | 'SAO_AMENDED_TO_ANOTHER_SCHOOL'
  | 'SAO_REVOKED_EDUCATED_OTHERWISE'
  | 'HOME_EDUCATION_NOTIFIED_IN_WRITING'
  | 'NO_LONGER_LIVES_WITHIN_REASONABLE_DISTANCE'
  | 'FAILED_TO_RETURN_AFTER_LEAVE'
  | 'MEDICALLY_UNFIT_UNTIL_END_OF_CSA'
  | 'IN_CUSTODY_NOT_RETURNING'
  | 'DIED'
  | 'PERMANENTLY_EXCLUDED'
  | 'CEASED_CSA_OR_COMPLETED_FINAL_YEAR'
  | 'CONTINUOUS_ABSENCE_20_SCHOOL_DAYS';

export interface DeletionGround {
  readonly id: DeletionGroundId;
  /** The paragraph of SI 2024/208 reg 9(1), where the letter is confirmed. */
  readonly regulation: string;
  readonly letterConfirmed: boolean;
  readonly description: string;
  /** What must be true (and recorded) before the name is deleted on this ground. */
  readonly requires: readonly string[];
  /** The LA must be told (beyond the deletion return). */
  readonly informLa?: boolean;
  /** No deletion return unless the LA has asked for them (2016 amendment regs reg 5; 2024 wording UNCONFIRMED). */
  readonly returnOnlyIfLaAsks?: boolean;
}

/** domain §2; SI 2024/208 reg 9(1): letters (a)–(e) and (i) confirmed, the other letters UNCONFIRMED. */
const GROUNDS: Readonly<Record<DeletionGroundId, Omit<DeletionGround, 'id'>>> = {
  REGISTERED_AT_ANOTHER_SCHOOL: {
    regulation: 'reg 9(1)(a)',
    letterConfirmed: true,
    description: 'Registered as a pupil at another school',
    requires: [
      'The pupil is on the admission register of another school',
      'No school attendance order names this school',
      'Not a mobile child whose main school is this school',
      'Dual registration has not been agreed',
    ],
  },
  COMPLETED_NURSERY_NOT_RETURNING: {
    regulation: 'reg 9(1)(b)',
    letterConfirmed: true,
    description: 'Completed nursery education and not expected back',
    requires: ['The pupil has completed nursery education at the school', 'The pupil is not expected to return for further education'],
  },
  DUAL_REGISTERED_NOT_RETURNING: {
    regulation: 'reg 9(1)(c)',
    letterConfirmed: true,
    description: 'Dual registered and not expected back',
    requires: [
      'The pupil is registered at another school as well',
      'The pupil is not expected to attend this school again',
      'Every other school where the pupil is registered consents',
      'No school attendance order names this school',
      'Not a mobile child whose main school is this school',
    ],
  },
  SAO_AMENDED_TO_ANOTHER_SCHOOL: {
    regulation: 'reg 9(1)(d)',
    letterConfirmed: true,
    description: 'School attendance order amended by the LA to name another school',
    requires: ['The LA has amended the school attendance order to name another school'],
  },
  SAO_REVOKED_EDUCATED_OTHERWISE: {
    regulation: 'reg 9(1)(e)',
    letterConfirmed: true,
    description: 'School attendance order revoked because suitable education is arranged otherwise',
    requires: ['The school attendance order has been revoked on the ground that arrangements have been made for suitable education otherwise than at school'],
  },
  HOME_EDUCATION_NOTIFIED_IN_WRITING: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'Parent has notified the school in writing that the pupil will be educated at home',
    requires: [
      'Written notice from the parent of education otherwise than at school',
      'The date given in the notice has passed',
      'No school attendance order is in force',
    ],
    informLa: true,
  },
  NO_LONGER_LIVES_WITHIN_REASONABLE_DISTANCE: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'No longer lives within reasonable distance of the school',
    requires: ['The pupil has ceased to live within reasonable distance of the school', 'The pupil is not a boarder'],
  },
  FAILED_TO_RETURN_AFTER_LEAVE: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'Failed to return after leave of absence',
    requires: ['Leave of absence was granted', 'The pupil has not returned after it ended', 'Reasonable enquiries by the school and the LA have failed to locate the pupil'],
  },
  MEDICALLY_UNFIT_UNTIL_END_OF_CSA: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'Certified as medically unlikely to be fit to attend before ceasing to be of compulsory school age',
    requires: [
      'A medical officer has certified the pupil unlikely to be in a fit state to attend before ceasing to be of compulsory school age',
      'Neither the pupil nor the parent has indicated an intention to continue at the school after that age',
    ],
  },
  IN_CUSTODY_NOT_RETURNING: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'In custody on a final order of 4 months or more and not expected back',
    requires: ['Detained in pursuance of a final order of a court for at least 4 months', 'The school does not reasonably believe the pupil will return at the end of that period'],
  },
  DIED: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'The pupil has died',
    requires: ['The pupil has died'],
  },
  PERMANENTLY_EXCLUDED: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'Permanently excluded',
    requires: ['The pupil has been permanently excluded', 'The review stages have been completed or the time to ask for them has passed'],
  },
  CEASED_CSA_OR_COMPLETED_FINAL_YEAR: {
    regulation: 'reg 9(1), letter UNCONFIRMED',
    letterConfirmed: false,
    description: 'Ceased to be of compulsory school age, or completed the school’s final year',
    requires: ['The pupil has ceased to be of compulsory school age, or has completed the most senior year the school provides'],
    returnOnlyIfLaAsks: true,
  },
  CONTINUOUS_ABSENCE_20_SCHOOL_DAYS: {
    regulation: 'reg 9(1)(i)',
    letterConfirmed: true,
    description: 'Continuously absent for 20 school days or more and cannot be found',
    requires: [
      'Continuously absent for at least 20 school days',
      'Every session in that period coded G, N or O',
      'No reasonable grounds to believe the absence is because of sickness or an unavoidable cause',
      'Both the school and the LA have failed to locate the pupil after reasonable enquiries',
    ],
  },
};

// domain §2 (deletion grounds); SI 2024/208 reg 9(1): every ground — (a)–(e), the further grounds, then (i)
export const DELETION_GROUNDS: readonly DeletionGround[] = (Object.keys(GROUNDS) as DeletionGroundId[]).map((id) => ({ id, ...GROUNDS[id] }));

/** The ground's entry in `DELETION_GROUNDS`. */
export function deletionGround(id: DeletionGroundId): DeletionGround {
  return { id, ...GROUNDS[id] };
}
