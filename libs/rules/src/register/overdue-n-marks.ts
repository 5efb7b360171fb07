import { LocalDate, addDays } from '../core';
import { Mark } from '../codes';
import { SchoolCalendar, countSchoolDays } from '../calendar';
import { N_CODE_SCHOOL_DAYS, nDeadline } from './n-deadline';

export interface OverdueNMark<M extends Mark = Mark> {
  readonly mark: M;
  /** The last day the `N` could be replaced. */
  readonly deadline: LocalDate;
  /** The day after the deadline. */
  readonly overdueFrom: LocalDate;
  /** Still unknown after 5 school days, so it must become `O`. */
  readonly becomes: 'O';
}

// domain §1.2; SI 2024/208 reg 10(7)–(9): `N` marks whose 5 school days have passed by `today`, each to become `O`
export function overdueNMarks<M extends Mark>(marks: readonly M[], calendar: SchoolCalendar, today: LocalDate): OverdueNMark<M>[] {
  const overdue: OverdueNMark<M>[] = [];
  for (const mark of marks) {
    if (mark.code !== 'N' || mark.date >= today) continue;
    if (countSchoolDays(calendar, addDays(mark.date, 1), addDays(today, -1)) < N_CODE_SCHOOL_DAYS) continue;
    const deadline = nDeadline(mark.date, calendar);
    overdue.push({ mark, deadline, overdueFrom: addDays(deadline, 1), becomes: 'O' });
  }
  return overdue;
}
