import { LocalDate, sessionKey } from '../../core';
import { Mark, isAttendance, isPossibleSession } from '../../codes';
import { DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, NoticeToImproveSettings } from './notice-to-improve-settings';

export type NoticeToImproveOutcomeStatus = 'IN_PROGRESS' | 'SUFFICIENT_IMPROVEMENT' | 'INSUFFICIENT_IMPROVEMENT';

export type NoticeToImproveShortfall = 'TOO_MANY_UNAUTHORISED_SESSIONS' | 'ATTENDANCE_BELOW_TARGET';

export interface NoticeToImproveOutcome {
  readonly status: NoticeToImproveOutcomeStatus;
  readonly unauthorisedSessions: number;
  readonly possibleSessions: number;
  readonly attendedSessions: number;
  /** Attendance over the period's possible sessions so far (undefined when none were possible). */
  readonly attendancePercent?: number;
  readonly shortfalls: readonly NoticeToImproveShortfall[];
}

export interface NoticeToImproveOutcomeInput {
  readonly period: { readonly startsOn: LocalDate; readonly endsOn: LocalDate };
  readonly marks: readonly Mark[];
  readonly asAt: LocalDate;
  readonly settings?: NoticeToImproveSettings;
}

// domain §5; Nottinghamshire toolkit (S15): "sufficient improvement" as a testable target over the improvement period (LA setting; default no further unauthorised absence)
export function noticeToImproveOutcome(input: NoticeToImproveOutcomeInput): NoticeToImproveOutcome {
  const settings = input.settings ?? DEFAULT_NOTICE_TO_IMPROVE_SETTINGS;
  const { startsOn, endsOn } = input.period;
  const upTo = input.asAt < endsOn ? input.asAt : endsOn;
  const sessions = new Map<string, Mark>();
  for (const m of input.marks) if (m.date >= startsOn && m.date <= upTo && !sessions.has(sessionKey(m))) sessions.set(sessionKey(m), m);
  const marks = [...sessions.values()];
  const unauthorisedSessions = marks.filter((m) => settings.countedCodes.includes(m.code)).length;
  const possibleSessions = marks.filter((m) => isPossibleSession(m.code)).length;
  const attendedSessions = marks.filter((m) => isAttendance(m.code)).length;
  const attendancePercent = possibleSessions === 0 ? undefined : (attendedSessions / possibleSessions) * 100;

  const { maxUnauthorisedSessions, minAttendancePercent } = settings.sufficientImprovement;
  const shortfalls: NoticeToImproveShortfall[] = [];
  if (unauthorisedSessions > maxUnauthorisedSessions) shortfalls.push('TOO_MANY_UNAUTHORISED_SESSIONS');
  if (minAttendancePercent !== undefined && attendancePercent !== undefined && attendancePercent < minAttendancePercent) {
    shortfalls.push('ATTENDANCE_BELOW_TARGET');
  }
  const ended = input.asAt > endsOn;
  // Unauthorised sessions only add up, so too many of them settles the outcome before the period ends.
  const status: NoticeToImproveOutcomeStatus =
    shortfalls.includes('TOO_MANY_UNAUTHORISED_SESSIONS') || (ended && shortfalls.length > 0)
      ? 'INSUFFICIENT_IMPROVEMENT'
      : ended
        ? 'SUFFICIENT_IMPROVEMENT'
        : 'IN_PROGRESS';
  const base = { status, unauthorisedSessions, possibleSessions, attendedSessions, shortfalls };
  return attendancePercent === undefined ? base : { ...base, attendancePercent };
}
