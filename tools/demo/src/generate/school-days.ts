import {
  HalfTermName,
  N_CODE_SCHOOL_DAYS,
  LocalDate,
  Session,
  addDays,
  closureFor,
  countSchoolDays,
  eachDay,
  halfTermOf,
  isoWeekday,
  monthOf,
  scheduledSessionsOn,
} from '@rollcall/rules';
import { DemoSchool } from './demo-types';
import { Faith, RELIGIOUS_FESTIVALS } from './religious-festivals';

/** One session the register is taken for (or, on a closure, the code every pupil gets). */
export interface PlannedSession {
  readonly session: Session;
  /** `#` on a planned whole-school closure, `Y4` when the school had to close unexpectedly. */
  readonly closureCode?: '#' | 'Y4';
}

export interface PlannedDay {
  readonly date: LocalDate;
  /** ISO weekday, Monday = 1. */
  readonly weekday: number;
  readonly month: number;
  readonly halfTerm: HalfTermName;
  /** School days since the start of its half term (0 on the first day). */
  readonly dayOfHalfTerm: number;
  /** School days since the start of the year (0 on the first day). */
  readonly dayOfYear: number;
  readonly sessions: readonly PlannedSession[];
  /** An `N` entered for this day may still stand on `today` (fewer than 5 school days have passed). */
  readonly nMayStand: boolean;
  readonly festivals: readonly Faith[];
}

function festivalsOn(date: LocalDate): Faith[] {
  return (Object.keys(RELIGIOUS_FESTIVALS) as Faith[]).filter((f) => RELIGIOUS_FESTIVALS[f].includes(date));
}

// domain §2, §14: the sessions a school's register is taken for, from the first day of the year to `today`
export function schoolDaysToDate(school: DemoSchool, academicYear: number, today: LocalDate): PlannedDay[] {
  const cal = school.calendar;
  const year = cal.halfTerms.filter((h) => h.academicYear === academicYear);
  if (year.length === 0) return [];
  const first = year[0].start;
  const days: PlannedDay[] = [];
  let dayOfYear = 0;
  let currentHalfTerm: HalfTermName | undefined;
  let dayOfHalfTerm = 0;
  for (const date of eachDay(first, today)) {
    const scheduled = scheduledSessionsOn(cal, date);
    if (scheduled.length === 0) continue;
    const sessions: PlannedSession[] = [];
    for (const session of scheduled) {
      const closure = closureFor(cal, date, session);
      if (!closure) sessions.push({ session });
      else if (closure.kind === 'PLANNED_CLOSURE') sessions.push({ session, closureCode: '#' });
      else if (closure.kind === 'UNPLANNED_CLOSURE') sessions.push({ session, closureCode: 'Y4' });
    }
    if (sessions.length === 0) continue;
    const halfTerm = halfTermOf(cal, date)?.name ?? 'AUTUMN_1';
    if (halfTerm !== currentHalfTerm) {
      currentHalfTerm = halfTerm;
      dayOfHalfTerm = 0;
    }
    days.push({
      date,
      weekday: isoWeekday(date),
      month: monthOf(date),
      halfTerm,
      dayOfHalfTerm,
      dayOfYear,
      sessions,
      nMayStand:
        date >= today ||
        (date > addDays(today, -40) && countSchoolDays(cal, addDays(date, 1), addDays(today, -1)) < N_CODE_SCHOOL_DAYS),
      festivals: festivalsOn(date),
    });
    dayOfYear += 1;
    dayOfHalfTerm += 1;
  }
  return days;
}
