import { LocalDate } from '../core';
import { AttendanceCode, Mark } from '../codes';
import { SchoolCalendar, sessionsBetween } from '../calendar';

/** Test helper (not exported from the barrel): one mark with `code` for every session held from `from` to `to`. */
export function marksFor(calendar: SchoolCalendar, from: LocalDate, to: LocalDate, code: AttendanceCode): Mark[] {
  return sessionsBetween(calendar, from, to).map((s) => ({ ...s, code }));
}

/** Test helper: marks for the first `n` school days from `from` (inclusive), every session `code`. */
export function marksForSchoolDays(calendar: SchoolCalendar, from: LocalDate, n: number, code: AttendanceCode): Mark[] {
  const sessions = sessionsBetween(calendar, from, '2026-07-31');
  const days = [...new Set(sessions.map((s) => s.date))].slice(0, n);
  return sessions.filter((s) => days.includes(s.date)).map((s) => ({ ...s, code }));
}
