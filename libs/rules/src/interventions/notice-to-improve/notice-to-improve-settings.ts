import { Decision, allow, refuse } from '../../core';
import { AttendanceCode } from '../../codes';

/** How the improvement period is measured: weeks in which the school is open, or plain calendar weeks. */
export type NoticeToImprovePeriodUnit = 'SCHOOL_WEEKS' | 'CALENDAR_WEEKS';

/** Local-authority settings for Notices to Improve (domain §5; each LA's code of conduct decides them). */
export interface NoticeToImproveSettings {
  /** The improvement period, which the guidance puts between 3 and 6 weeks. */
  readonly periodWeeks: number;
  readonly periodUnit: NoticeToImprovePeriodUnit;
  /** An optional cap in school days (Norfolk and Southwark: 6 school weeks, at most 30 school days). */
  readonly maxSchoolDays?: number;
  /** Codes that count as further unauthorised absence in the period. */
  readonly countedCodes: readonly AttendanceCode[];
  /**
   * "Sufficient improvement": at most this many unauthorised sessions in the period (default 0, i.e. no further
   * unauthorised absence) and, when set, attendance at or above this percentage over the period's possible sessions.
   */
  readonly sufficientImprovement: { readonly maxUnauthorisedSessions: number; readonly minAttendancePercent?: number };
  /**
   * Grounds for a penalty notice before the period ends: whether the LA's code allows it, how many further
   * unauthorised sessions it takes and how many weeks into the period (Bucks: after 3 weeks if absence continues).
   */
  readonly earlyPenaltyNotice: { readonly allowed: boolean; readonly minFurtherUnauthorisedSessions: number; readonly notBeforeWeeks: number };
}

/** 6 school weeks capped at 30 school days (Norfolk, Southwark; 6 weeks in Manchester and Bucks); no further unauthorised absence. */
export const DEFAULT_NOTICE_TO_IMPROVE_SETTINGS: NoticeToImproveSettings = {
  periodWeeks: 6,
  periodUnit: 'SCHOOL_WEEKS',
  maxSchoolDays: 30,
  countedCodes: ['G', 'N', 'O', 'U'],
  sufficientImprovement: { maxUnauthorisedSessions: 0 },
  earlyPenaltyNotice: { allowed: true, minFurtherUnauthorisedSessions: 1, notBeforeWeeks: 3 },
};

export const NOTICE_TO_IMPROVE_MIN_WEEKS = 3;
export const NOTICE_TO_IMPROVE_MAX_WEEKS = 6;

export type NoticeToImproveSettingsProblem =
  | 'IMPROVEMENT_PERIOD_OUT_OF_RANGE'
  | 'MAX_SCHOOL_DAYS_INVALID'
  | 'ATTENDANCE_TARGET_OUT_OF_RANGE'
  | 'EARLY_ISSUE_AFTER_PERIOD';

// domain §5; Nottinghamshire toolkit (S15): the improvement period must be between 3 and 6 weeks
export function validateNoticeToImproveSettings(
  settings: NoticeToImproveSettings,
): Decision<NoticeToImproveSettingsProblem, { readonly minWeeks: number; readonly maxWeeks: number }> {
  const detail = { minWeeks: NOTICE_TO_IMPROVE_MIN_WEEKS, maxWeeks: NOTICE_TO_IMPROVE_MAX_WEEKS };
  const { periodWeeks, maxSchoolDays, sufficientImprovement, earlyPenaltyNotice } = settings;
  if (!Number.isInteger(periodWeeks) || periodWeeks < NOTICE_TO_IMPROVE_MIN_WEEKS || periodWeeks > NOTICE_TO_IMPROVE_MAX_WEEKS) {
    return refuse('IMPROVEMENT_PERIOD_OUT_OF_RANGE', detail);
  }
  if (maxSchoolDays !== undefined && (!Number.isInteger(maxSchoolDays) || maxSchoolDays < 1)) return refuse('MAX_SCHOOL_DAYS_INVALID', detail);
  const target = sufficientImprovement.minAttendancePercent;
  if (target !== undefined && (target < 0 || target > 100)) return refuse('ATTENDANCE_TARGET_OUT_OF_RANGE', detail);
  if (earlyPenaltyNotice.allowed && earlyPenaltyNotice.notBeforeWeeks >= periodWeeks) return refuse('EARLY_ISSUE_AFTER_PERIOD', detail);
  return allow(detail);
}
