import { LocalDate } from '@rollcall/rules';

/** Dated characteristics a pupil record carries (the `pupil_characteristic` CHECK list). */
export const PUPIL_CHARACTERISTICS = [
  'FSM',
  'SEN_SUPPORT',
  'EHCP',
  'CHILD_IN_NEED',
  'CHILD_PROTECTION',
  'LOOKED_AFTER',
  'PREVIOUSLY_LOOKED_AFTER',
  'EARLY_HELP',
  'YOUNG_CARER',
  'YOUTH_JUSTICE',
] as const;
export type PupilCharacteristic = (typeof PUPIL_CHARACTERISTICS)[number];

export const REGISTRATIONS = ['MAIN', 'DUAL_MAIN', 'DUAL_SUBSIDIARY'] as const;
/** How the pupil is on this school's admission register: sole registration, or one of a dual registration. */
export type Registration = (typeof REGISTRATIONS)[number];

export type Sex = 'F' | 'M' | 'U';

export interface CharacteristicInput {
  readonly characteristic: PupilCharacteristic;
  readonly startsOn: LocalDate;
  readonly endsOn?: LocalDate;
  /** For a looked-after child: the LA whose care the child is in (its Virtual School). */
  readonly responsibleLaCode?: string;
}

export interface ParentInput {
  /**
   * Links one parent record to several children in the same call: entries with the same familyKey and the same
   * name are one parent (siblings share their parents' rows).
   */
  readonly familyKey?: string;
  readonly forename: string;
  readonly surname: string;
  /** e.g. 'MOTHER', 'FATHER', 'CARER', 'GRANDPARENT' (free text, as the school's MIS holds it). */
  readonly relationship: string;
  readonly parentalResponsibility: boolean;
  readonly livesWith: boolean;
  readonly email?: string;
  readonly phone?: string;
  readonly addressLine1?: string;
  readonly town?: string;
  readonly postcode?: string;
  /** 1 is called first; defaults to the parent's position in the list. */
  readonly contactPriority?: number;
}

export interface SocialWorkerInput {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly team?: string;
  readonly startsOn: LocalDate;
}

/**
 * One pupil as a school's roll (admission register) holds them, with their enrolment at the school the call is for.
 * `characteristics`, `parents` and `socialWorker` replace what is held when given and are left alone when omitted.
 */
export interface PupilInput {
  readonly upn: string;
  readonly forename: string;
  readonly surname: string;
  readonly preferredName?: string;
  readonly dateOfBirth: LocalDate;
  readonly sex: Sex;
  readonly addressLine1?: string;
  readonly addressLine2?: string;
  readonly town?: string;
  readonly postcode?: string;
  /** The LA the child lives in (differs from the school's LA for a child schooled across the border). */
  readonly homeLaCode: string;
  readonly ncYear?: number;
  /** First day on this school's admission register. */
  readonly admittedOn: LocalDate;
  /** Last day on the register (inclusive), once the name is deleted. */
  readonly leftOn?: LocalDate;
  readonly registration?: Registration;
  readonly boarder?: boolean;
  readonly characteristics?: readonly CharacteristicInput[];
  readonly parents?: readonly ParentInput[];
  readonly socialWorker?: SocialWorkerInput;
}

/** The rows a pupil upsert wrote, keyed by UPN. */
export interface UpsertedPupil {
  readonly pupilId: string;
  readonly enrolmentId: string;
}
