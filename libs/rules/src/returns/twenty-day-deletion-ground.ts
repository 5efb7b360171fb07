import { LocalDate, SessionRef } from '../core';
import { AttendanceCode, Mark } from '../codes';
import { SchoolCalendar } from '../calendar';
import { continuousAbsenceRuns } from './continuous-absence';

/** SI 2024/208 reg 9(1)(i): continuously absent for at least this many school days. */
export const DELETION_CONTINUOUS_ABSENCE_SCHOOL_DAYS = 20;

/** reg 9(1)(i): every session in the period must carry one of these codes. */
export const DELETION_ABSENCE_CODES: readonly AttendanceCode[] = ['G', 'N', 'O'];

export interface LocatingEnquiry {
  readonly by: 'SCHOOL' | 'LA';
  readonly on: LocalDate;
  readonly outcome: 'NOT_LOCATED' | 'LOCATED';
  readonly note?: string;
}

export interface TwentyDayGroundInput {
  readonly marks: readonly Mark[];
  readonly calendar: SchoolCalendar;
  readonly asAt: LocalDate;
  /** The school has reasonable grounds to believe the absence is due to sickness or an unavoidable cause. */
  readonly sicknessOrUnavoidableCauseBelieved: boolean;
  readonly enquiries: readonly LocatingEnquiry[];
}

export type TwentyDayGroundGap =
  | 'FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS'
  | 'UNMARKED_SESSIONS_IN_PERIOD'
  | 'SICKNESS_OR_UNAVOIDABLE_CAUSE_BELIEVED'
  | 'NO_SCHOOL_ENQUIRIES_RECORDED'
  | 'NO_LA_ENQUIRIES_RECORDED'
  | 'PUPIL_LOCATED';

export interface TwentyDayGroundDetail {
  /** Every condition not yet met (the decision's `reason` is the first of them). */
  readonly missing: readonly TwentyDayGroundGap[];
  readonly continuousSchoolDays: number;
  readonly requiredSchoolDays: number;
  readonly absentSince?: LocalDate;
  readonly unmarkedSessions: readonly SessionRef[];
}

export type TwentyDayGroundDecision =
  | { readonly allowed: true; readonly detail: TwentyDayGroundDetail }
  | { readonly allowed: false; readonly reason: TwentyDayGroundGap; readonly detail: TwentyDayGroundDetail };

// domain §2, §10; SI 2024/208 reg 9(1)(i) (via S23): deletion after ≥ 20 continuous school days of G/N/O, no belief of sickness or unavoidable cause, and failed joint school and LA enquiries
export function twentyDayDeletionGround(input: TwentyDayGroundInput): TwentyDayGroundDecision {
  const earliest = input.marks.reduce((min, m) => (m.date < min ? m.date : min), input.asAt);
  const runs = continuousAbsenceRuns(input.marks, input.calendar, DELETION_ABSENCE_CODES, earliest, input.asAt);
  const last = runs[runs.length - 1];
  const current = last?.ongoing ? last : undefined;
  const missing: TwentyDayGroundGap[] = [];
  if (!current || current.schoolDays < DELETION_CONTINUOUS_ABSENCE_SCHOOL_DAYS) missing.push('FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS');
  if (current && current.unmarkedSessions.length > 0) missing.push('UNMARKED_SESSIONS_IN_PERIOD');
  if (input.sicknessOrUnavoidableCauseBelieved) missing.push('SICKNESS_OR_UNAVOIDABLE_CAUSE_BELIEVED');
  const during = input.enquiries.filter((e) => e.on <= input.asAt && (current === undefined || e.on >= current.start));
  if (!during.some((e) => e.by === 'SCHOOL' && e.outcome === 'NOT_LOCATED')) missing.push('NO_SCHOOL_ENQUIRIES_RECORDED');
  if (!during.some((e) => e.by === 'LA' && e.outcome === 'NOT_LOCATED')) missing.push('NO_LA_ENQUIRIES_RECORDED');
  if (during.some((e) => e.outcome === 'LOCATED')) missing.push('PUPIL_LOCATED');
  const detail: TwentyDayGroundDetail = {
    missing,
    continuousSchoolDays: current?.schoolDays ?? 0,
    requiredSchoolDays: DELETION_CONTINUOUS_ABSENCE_SCHOOL_DAYS,
    ...(current ? { absentSince: current.start } : {}),
    unmarkedSessions: current?.unmarkedSessions ?? [],
  };
  return missing.length === 0 ? { allowed: true, detail } : { allowed: false, reason: missing[0], detail };
}
