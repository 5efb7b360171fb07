import { LocalDate, sessionKey, sessionOrdinal, weekStart } from '../../core';
import { Mark } from '../../codes';
import { SchoolCalendar, schoolWeeksBetween } from '../../calendar';
import { DEFAULT_PENALTY_NOTICE_SETTINGS, PenaltyNoticeSettings } from './penalty-notice-settings';

export interface PenaltyNoticeThresholdInput {
  /** The pupil's marks from every school or setting, in any order (a session recorded twice counts once). */
  readonly marks: readonly Mark[];
  /** Mondays of the school weeks (weeks with at least one session) at any of those schools; see `penaltyNoticeSchoolWeeks`. */
  readonly schoolWeeks: readonly LocalDate[];
  readonly asAt: LocalDate;
  readonly settings?: PenaltyNoticeSettings;
}

export interface PenaltyNoticeThresholdResult {
  readonly met: boolean;
  readonly asAt: LocalDate;
  /** Monday of the first and of the last school week in the window ending with the week of `asAt`. */
  readonly firstWeek?: LocalDate;
  readonly lastWeek?: LocalDate;
  readonly schoolWeeksInWindow: number;
  /** The unauthorised-absence sessions counted in that window (up to `asAt`), earliest first. */
  readonly sessions: readonly Mark[];
  readonly sessionCount: number;
  readonly thresholdSessions: number;
  /** The first date on or before `asAt` on which any rolling window reached the threshold. */
  readonly firstMetOn?: LocalDate;
  /** Counted `N` sessions: the reason should have been established (N should not persist beyond 5 school days). */
  readonly unresolvedNSessions: readonly Mark[];
}

function countedSessions(marks: readonly Mark[], settings: PenaltyNoticeSettings, asAt: LocalDate): Mark[] {
  const counted = new Map<string, Mark>();
  for (const mark of marks) {
    if (mark.date > asAt || !settings.countedCodes.includes(mark.code)) continue;
    const key = sessionKey(mark);
    if (!counted.has(key)) counted.set(key, mark);
  }
  // Each session's ordinal worked out once; the sort is stable, as sorting by a comparator of ordinals is.
  return [...counted.values()]
    .map((mark) => ({ mark, ordinal: sessionOrdinal(mark) }))
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((s) => s.mark);
}

// domain §5, §14; DfE Working together (2024) para 11.4: 10 sessions of unauthorised absence (G, N, O, U) in a rolling 10 school weeks, across terms, years and schools
export function penaltyNoticeThreshold(input: PenaltyNoticeThresholdInput): PenaltyNoticeThresholdResult {
  const settings = input.settings ?? DEFAULT_PENALTY_NOTICE_SETTINGS;
  const { asAt } = input;
  const sessions = countedSessions(input.marks, settings, asAt);
  // A week in which an unauthorised absence was recorded had a session, whatever the calendars say.
  const sessionWeeks = sessions.map((m) => weekStart(m.date));
  const weeks = [...new Set([...input.schoolWeeks.map(weekStart), ...sessionWeeks])].filter((w) => w <= asAt).sort();
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const size = settings.thresholdSchoolWeeks;
  const windowStartFor = (index: number) => weeks[Math.max(0, index - size + 1)];

  let firstMetOn: LocalDate | undefined;
  for (let i = 0; i < sessions.length && firstMetOn === undefined; i++) {
    const start = windowStartFor(weekIndex.get(sessionWeeks[i]) ?? -1);
    let inWindow = 0;
    for (let j = 0; j <= i; j++) if (sessions[j].date >= start) inWindow += 1;
    if (inWindow >= settings.thresholdSessions) firstMetOn = sessions[i].date;
  }

  const window = weeks.slice(-size);
  const firstWeek = window[0];
  const inWindow = firstWeek === undefined ? [] : sessions.filter((m) => m.date >= firstWeek);
  const result: PenaltyNoticeThresholdResult = {
    met: inWindow.length >= settings.thresholdSessions,
    asAt,
    schoolWeeksInWindow: window.length,
    sessions: inWindow,
    sessionCount: inWindow.length,
    thresholdSessions: settings.thresholdSessions,
    unresolvedNSessions: inWindow.filter((m) => m.code === 'N'),
  };
  return {
    ...result,
    ...(firstWeek === undefined ? {} : { firstWeek, lastWeek: window[window.length - 1] }),
    ...(firstMetOn === undefined ? {} : { firstMetOn }),
  };
}

/** A school (its calendar) and the dates the pupil was on its roll, inclusive. */
export interface PenaltyNoticeEnrolment {
  readonly calendar: SchoolCalendar;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

// domain §5, §14: the school weeks of every school a pupil was on roll at, merged (a week counts if any of them held a session while the pupil was there)
export function penaltyNoticeSchoolWeeks(enrolments: readonly PenaltyNoticeEnrolment[]): LocalDate[] {
  return [...new Set(enrolments.flatMap((e) => schoolWeeksBetween(e.calendar, e.from, e.to)))].sort();
}
