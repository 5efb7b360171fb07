import { LocalDate, addDays, daysInMonth, localDate, monthOf, weekStart, yearOf } from '../core';
import { AttendanceReturnSettings, DEFAULT_ATTENDANCE_RETURN_SETTINGS } from './attendance-return-settings';

export interface ReturnPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly dueBy: LocalDate;
}

// domain §3 (attendance return at intervals agreed with the LA; monthly default UNCONFIRMED as statutory): the return period containing a date and when it is due
export function attendanceReturnPeriod(date: LocalDate, settings: AttendanceReturnSettings = DEFAULT_ATTENDANCE_RETURN_SETTINGS): ReturnPeriod {
  const from = settings.interval === 'WEEKLY' ? weekStart(date) : localDate(yearOf(date), monthOf(date), 1);
  const to = settings.interval === 'WEEKLY' ? addDays(from, 6) : localDate(yearOf(date), monthOf(date), daysInMonth(yearOf(date), monthOf(date)));
  return { from, to, dueBy: addDays(to, settings.dueDaysAfterPeriodEnd) };
}
