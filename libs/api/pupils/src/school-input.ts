import { ClockTime, ClosureKind, HalfTermName, LocalDate } from '@rollcall/rules';

export const SCHOOL_TYPES = [
  'COMMUNITY',
  'FOUNDATION',
  'VOLUNTARY_AIDED',
  'VOLUNTARY_CONTROLLED',
  'ACADEMY',
  'FREE_SCHOOL',
  'INDEPENDENT',
  'SPECIAL',
  'NON_MAINTAINED_SPECIAL',
  'PRU',
  'ALTERNATIVE_PROVISION',
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const SCHOOL_PHASES = ['NURSERY', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export interface LocalAuthorityInput {
  readonly laCode: string;
  readonly name: string;
}

export interface HalfTermInput {
  /** 2025 for 2025/26. */
  readonly academicYear: number;
  readonly name: HalfTermName;
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
}

export interface ClosureRowInput {
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
  readonly kind: ClosureKind;
  readonly sessions: 'AM' | 'PM' | 'BOTH';
  readonly description?: string;
}

/** A school's whole calendar: replaces every half term and closure held for it. */
export interface SchoolCalendarInput {
  readonly halfTerms: readonly HalfTermInput[];
  readonly closures: readonly ClosureRowInput[];
}

export interface SchoolInput {
  readonly urn: number;
  readonly laCode: string;
  /** LA code followed by the 4-digit establishment number, e.g. 3434001. */
  readonly laestab: number;
  readonly name: string;
  readonly type: SchoolType;
  readonly phase: SchoolPhase;
  readonly postcode?: string;
  /** The LA School Attendance Support Team's named officer for the school. */
  readonly namedLaOfficer?: string;
  readonly seniorAttendanceChampion?: string;
  /** When the morning session starts (the register opens), 'HH:MM'; default 08:45. */
  readonly registerOpens?: ClockTime;
  /** When the morning register closes; default 09:15. */
  readonly registerCloses?: ClockTime;
  readonly pmRegisterOpens?: ClockTime;
  readonly pmRegisterCloses?: ClockTime;
  /** Omit to keep the calendar held. */
  readonly calendar?: SchoolCalendarInput;
}
