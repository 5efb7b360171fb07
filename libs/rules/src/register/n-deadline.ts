import { LocalDate } from '../core';
import { SchoolCalendar, addSchoolDays } from '../calendar';

/** SI 2024/208 reg 10: `N` must be replaced within this many school days after the session. */
export const N_CODE_SCHOOL_DAYS = 5;

// domain §1.2; SI 2024/208 reg 10(7)–(9): the last day to replace an `N` is the 5th school day after the session (school days, not working days)
export function nDeadline(sessionDate: LocalDate, calendar: SchoolCalendar): LocalDate {
  return addSchoolDays(calendar, sessionDate, N_CODE_SCHOOL_DAYS);
}
