import { LocalDate, SessionRef } from '../core';
import { AttendanceCode, Mark, isPossibleSession } from '../codes';
import { SchoolCalendar, schoolDaysBetween, sessionsOn } from '../calendar';

export interface ContinuousAbsence {
  /** First and last school day of the run. */
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** School days in the run on which every marked, possible session had one of the codes. */
  readonly schoolDays: number;
  /** Sessions held inside the run that have no mark yet (they neither count nor break the run). */
  readonly unmarkedSessions: readonly SessionRef[];
  /** True when no school day after the run, up to the end of the range, broke it. */
  readonly ongoing: boolean;
}

/**
 * How a run is counted:
 * - only school days count, so weekends, holidays, bank holidays and whole-day closures never break a run;
 * - a school day extends the run when every possible session marked that day has one of the codes
 *   (a day with one `U` session and one present session breaks it: the pupil was in school that day);
 * - sessions that are not possible (`#`, `Y1`–`Y7`, `D`, `X`, `Q`, `Z`) are ignored, and a day with only those neither counts nor breaks;
 * - unmarked sessions neither count nor break, and are listed so a caller can insist on them being filled in.
 */
// domain §3, §10; SI 2024/208 reg 13 and reg 9(1)(i): runs of school days on which the pupil was absent with one of `codes`
export function continuousAbsenceRuns(
  marks: readonly Mark[],
  calendar: SchoolCalendar,
  codes: readonly AttendanceCode[],
  from: LocalDate,
  to: LocalDate,
): ContinuousAbsence[] {
  const byDate = new Map<LocalDate, Mark[]>();
  for (const mark of marks) byDate.set(mark.date, [...(byDate.get(mark.date) ?? []), mark]);
  const runs: ContinuousAbsence[] = [];
  let current: { start: LocalDate; end: LocalDate; schoolDays: number; unmarked: SessionRef[] } | undefined;
  let pendingUnmarked: SessionRef[] = [];
  const close = (ongoing: boolean): void => {
    if (current) runs.push({ start: current.start, end: current.end, schoolDays: current.schoolDays, unmarkedSessions: current.unmarked, ongoing });
    current = undefined;
  };
  for (const date of schoolDaysBetween(calendar, from, to)) {
    const dayMarks = byDate.get(date) ?? [];
    const marked = new Set(dayMarks.map((m) => m.session));
    const unmarked = sessionsOn(calendar, date)
      .filter((session) => !marked.has(session))
      .map((session) => ({ date, session }));
    const possible = dayMarks.filter((m) => isPossibleSession(m.code));
    if (possible.length === 0) {
      pendingUnmarked = [...pendingUnmarked, ...unmarked];
      continue;
    }
    if (possible.every((m) => codes.includes(m.code))) {
      if (current) current = { ...current, end: date, schoolDays: current.schoolDays + 1, unmarked: [...current.unmarked, ...pendingUnmarked, ...unmarked] };
      else current = { start: date, end: date, schoolDays: 1, unmarked };
    } else {
      close(false);
    }
    pendingUnmarked = [];
  }
  close(true);
  return runs;
}
