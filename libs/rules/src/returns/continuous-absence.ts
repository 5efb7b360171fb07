import { LocalDate, SessionRef } from '../core';
import { AttendanceCode, Mark, isPossibleSession } from '../codes';
import { SchoolCalendar, sessionsOn } from '../calendar';
import { eachSchoolDay } from './each-school-day';

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
  const possibleSession = isPossibleSession;
  const runs: ContinuousAbsence[] = [];
  let current: { start: LocalDate; end: LocalDate; schoolDays: number; unmarked: SessionRef[] } | undefined;
  const pendingUnmarked: SessionRef[] = [];
  const close = (ongoing: boolean): void => {
    if (current) runs.push({ start: current.start, end: current.end, schoolDays: current.schoolDays, unmarkedSessions: current.unmarked, ongoing });
    current = undefined;
  };
  eachSchoolDay(marks, calendar, from, to, (date, dayMarks, first, end) => {
    let am = false;
    let pm = false;
    let possible = 0;
    let allWithCodes = true;
    for (let i = first; i < end; i++) {
      const mark = dayMarks[i];
      if (mark.session === 'AM') am = true;
      else if (mark.session === 'PM') pm = true;
      if (!possibleSession(mark.code)) continue;
      possible += 1;
      if (!codes.includes(mark.code)) allWithCodes = false;
    }
    // A day with both sessions marked has nothing unmarked, whatever the calendar holds.
    let unmarked: SessionRef[] | undefined;
    if (!am || !pm) {
      for (const session of sessionsOn(calendar, date)) if (session === 'AM' ? !am : !pm) (unmarked ??= []).push({ date, session });
    }
    if (possible === 0) {
      if (unmarked) pendingUnmarked.push(...unmarked);
      return;
    }
    if (allWithCodes) {
      if (current) {
        current.end = date;
        current.schoolDays += 1;
        current.unmarked.push(...pendingUnmarked, ...(unmarked ?? []));
      } else {
        current = { start: date, end: date, schoolDays: 1, unmarked: unmarked ?? [] };
      }
    } else {
      close(false);
    }
    pendingUnmarked.length = 0;
  });
  close(true);
  return runs;
}
