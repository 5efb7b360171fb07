/** How often the school sends the attendance return to the LA. */
export type AttendanceReturnInterval = 'WEEKLY' | 'MONTHLY';

/** What the LA counts as "failing to attend regularly" and when it wants the return (domain §3; local agreement). */
export interface AttendanceReturnSettings {
  /** A pupil whose attendance is at or below this percentage fails to attend regularly (default: persistent absence, ≤ 90 %). */
  readonly irregularAttendanceAtOrBelowPercent: number;
  /** Over which sessions that attendance is measured. */
  readonly irregularAttendanceMeasuredOver: 'ACADEMIC_YEAR_TO_DATE' | 'RETURN_PERIOD';
  /** Attendance is not judged on fewer possible sessions than this (a pupil who joined yesterday). */
  readonly irregularAttendanceMinimumPossibleSessions: number;
  /** Interval agreed with the LA; "at least monthly" is LA practice, not confirmed as statutory. */
  readonly interval: AttendanceReturnInterval;
  /** Days after the end of each period by which the return is due. */
  readonly dueDaysAfterPeriodEnd: number;
}

// domain §3, §16 item 3 (interval UNCONFIRMED as statutory; Herts: no less than once a calendar month) and §4 (persistent absence ≤ 90 % attendance)
export const DEFAULT_ATTENDANCE_RETURN_SETTINGS: AttendanceReturnSettings = {
  irregularAttendanceAtOrBelowPercent: 90,
  irregularAttendanceMeasuredOver: 'ACADEMIC_YEAR_TO_DATE',
  irregularAttendanceMinimumPossibleSessions: 1,
  interval: 'MONTHLY',
  dueDaysAfterPeriodEnd: 0,
};
