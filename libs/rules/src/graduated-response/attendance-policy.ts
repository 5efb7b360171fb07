import { LocalDate } from '../core';

/** Who carries out an expected action in the graduated response (domain §17.2). */
export type PolicyActionOwner = 'SCHOOL' | 'LA' | 'SCHOOL_AND_LA' | 'MULTI_AGENCY';

/** What sort of step an action is, so the product can tell when one is already in place. */
export type PolicyActionKind =
  | 'RECOGNITION'
  | 'CONVERSATION'
  | 'LETTER_HOME'
  | 'MEETING'
  | 'SCHOOL_ATTENDANCE_PLAN'
  | 'REFERRAL'
  | 'EARLY_HELP_PLAN'
  | 'MULTI_AGENCY_PLAN'
  | 'TARGETING_SUPPORT_MEETING'
  | 'NOTICE_TO_IMPROVE'
  | 'PENALTY_NOTICE'
  | 'ATTENDANCE_CONTRACT'
  | 'EDUCATION_SUPERVISION_ORDER'
  | 'PROSECUTION'
  | 'SAFEGUARDING'
  | 'REVIEW';

export interface PolicyAction {
  /** Unique within the policy version, e.g. 'SEFTON_B3_ATTENDANCE_PLAN'. */
  readonly id: string;
  readonly text: string;
  readonly owner: PolicyActionOwner;
  readonly kind?: PolicyActionKind;
}

/** One end of a band: the attendance percentage and whether a pupil exactly on it is inside the band. */
export interface AttendanceBound {
  readonly percent: number;
  readonly inclusive: boolean;
}

export interface PolicyBand {
  /** 1 is the best attendance; higher numbers are for lower attendance. */
  readonly band: number;
  /** Machine name of the stage, e.g. 'PERSISTENTLY_ABSENT'. */
  readonly stage: string;
  /** What people see, e.g. 'Persistently absent'. */
  readonly label: string;
  /** Lowest attendance in the band; omitted means 0 % (inclusive). */
  readonly minAttendance?: AttendanceBound;
  /** Highest attendance in the band; omitted means 100 % (inclusive). */
  readonly maxAttendance?: AttendanceBound;
  readonly actions: readonly PolicyAction[];
}

/**
 * A local authority's graduated response: attendance bands (percentage of the pupil's own possible sessions)
 * and the actions expected in each. Versioned: a new version takes over from its `effectiveFrom` date.
 */
export interface AttendancePolicy {
  /** Identifies the policy across versions, e.g. 'SEFTON_GRADUATED_RESPONSE'. */
  readonly id: string;
  readonly laName?: string;
  readonly version: number;
  readonly effectiveFrom: LocalDate;
  /** Over which sessions the attendance rate is measured, for people reading the policy. */
  readonly measuredOver?: string;
  readonly bands: readonly PolicyBand[];
  /** Attendance at or above this percentage is "good attendance" in the LA's messages (e.g. Northumberland 97). */
  readonly goodAttendanceThreshold?: number;
  readonly source?: string;
}

/** The bounds of a band with the defaults filled in (0 % and 100 %, both inclusive). */
export function bandBounds(band: PolicyBand): { readonly min: AttendanceBound; readonly max: AttendanceBound } {
  return {
    min: band.minAttendance ?? { percent: 0, inclusive: true },
    max: band.maxAttendance ?? { percent: 100, inclusive: true },
  };
}

/** True when an attendance percentage falls inside a band, honouring each bound's inclusiveness. */
export function bandContains(band: PolicyBand, attendanceRate: number): boolean {
  const { min, max } = bandBounds(band);
  const aboveMin = min.inclusive ? attendanceRate >= min.percent : attendanceRate > min.percent;
  const belowMax = max.inclusive ? attendanceRate <= max.percent : attendanceRate < max.percent;
  return aboveMin && belowMax;
}
