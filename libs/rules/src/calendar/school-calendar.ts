import {
  LocalDate,
  SESSIONS,
  Session,
  SessionRef,
  addDays,
  eachDay,
  isWeekend,
  weekStart,
} from '../core';
import { isEnglandAndWalesBankHoliday } from './bank-holidays';

export type HalfTermName = 'AUTUMN_1' | 'AUTUMN_2' | 'SPRING_1' | 'SPRING_2' | 'SUMMER_1' | 'SUMMER_2';

export const HALF_TERM_NAMES: readonly HalfTermName[] = [
  'AUTUMN_1',
  'AUTUMN_2',
  'SPRING_1',
  'SPRING_2',
  'SUMMER_1',
  'SUMMER_2',
];

/** A half term, first to last day inclusive; the holidays are the gaps between half terms. */
export interface HalfTerm {
  readonly name: HalfTermName;
  /** The academic year it belongs to: 2025 for 2025/26. */
  readonly academicYear: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/**
 * INSET = non-pupil training day; PLANNED_CLOSURE = register code `#`;
 * UNPLANNED_CLOSURE = code `Y4` (the session was due but cancelled).
 */
export type ClosureKind = 'INSET' | 'PLANNED_CLOSURE' | 'UNPLANNED_CLOSURE';

export interface Closure {
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly kind: ClosureKind;
  readonly sessions: 'AM' | 'PM' | 'BOTH';
  readonly description?: string;
}

export interface SchoolCalendar {
  readonly halfTerms: readonly HalfTerm[];
  readonly closures: readonly Closure[];
  /** Defaults to the England & Wales bank holidays. */
  readonly bankHolidays?: readonly LocalDate[];
}

// domain §14: a bank holiday for this calendar (its own list if it has one, otherwise England & Wales)
export function isCalendarBankHoliday(cal: SchoolCalendar, date: LocalDate): boolean {
  return cal.bankHolidays ? cal.bankHolidays.includes(date) : isEnglandAndWalesBankHoliday(date);
}

// domain §14: the half term a date falls in (undefined in the holidays)
export function halfTermOf(cal: SchoolCalendar, date: LocalDate): HalfTerm | undefined {
  return cal.halfTerms.find((h) => date >= h.start && date <= h.end);
}

function closureCovers(closure: Closure, date: LocalDate, session: Session): boolean {
  return date >= closure.start && date <= closure.end && (closure.sessions === 'BOTH' || closure.sessions === session);
}

/** The closure (if any) that cancels a session; the first listed wins when several overlap. */
export function closureFor(cal: SchoolCalendar, date: LocalDate, session: Session): Closure | undefined {
  return cal.closures.find((c) => closureCovers(c, date, session));
}

// domain §14; SI 1999/3181 reg 3: sessions that were due on a date (a weekday in a half term that is not a bank holiday), before any closure
export function scheduledSessionsOn(cal: SchoolCalendar, date: LocalDate): Session[] {
  if (isWeekend(date) || !halfTermOf(cal, date) || isCalendarBankHoliday(cal, date)) return [];
  return [...SESSIONS];
}

// domain §14; SI 1999/3181 reg 3: sessions actually held on a date ([] at weekends, in holidays, on bank holidays and whole-day closures)
// Calendars are immutable values, so each one's answers per date are remembered (the nightly scan asks the
// same calendar about the same dates for tens of thousands of pupils).
const sessionsCache = new WeakMap<SchoolCalendar, Map<LocalDate, readonly Session[]>>();

export function sessionsOn(cal: SchoolCalendar, date: LocalDate): Session[] {
  let byDate = sessionsCache.get(cal);
  if (!byDate) {
    byDate = new Map();
    sessionsCache.set(cal, byDate);
  }
  let sessions = byDate.get(date);
  if (!sessions) {
    sessions = scheduledSessionsOn(cal, date).filter((s) => !closureFor(cal, date, s));
    byDate.set(date, sessions);
  }
  return [...sessions];
}

// domain §14: a school day is one on which at least one session is held
export function isSchoolDay(cal: SchoolCalendar, date: LocalDate): boolean {
  return sessionsOn(cal, date).length > 0;
}

/** School days from `from` to `to`, both inclusive. */
const schoolDaysCache = new WeakMap<SchoolCalendar, Map<string, readonly LocalDate[]>>();

export function schoolDaysBetween(cal: SchoolCalendar, from: LocalDate, to: LocalDate): LocalDate[] {
  let byRange = schoolDaysCache.get(cal);
  if (!byRange) {
    byRange = new Map();
    schoolDaysCache.set(cal, byRange);
  }
  const key = `${from}/${to}`;
  let days = byRange.get(key);
  if (!days) {
    days = eachDay(from, to).filter((d) => isSchoolDay(cal, d));
    byRange.set(key, days);
  }
  return [...days];
}

// domain §2, §3: number of school days from `from` to `to`, both inclusive
export function countSchoolDays(cal: SchoolCalendar, from: LocalDate, to: LocalDate): number {
  return schoolDaysBetween(cal, from, to).length;
}

/** The last date the calendar knows about (end of its last half term). */
export function calendarEnd(cal: SchoolCalendar): LocalDate | undefined {
  const ends = cal.halfTerms.map((h) => h.end).sort();
  return ends[ends.length - 1];
}

/** The first date the calendar knows about (start of its first half term). */
export function calendarStart(cal: SchoolCalendar): LocalDate | undefined {
  return cal.halfTerms.map((h) => h.start).sort()[0];
}

// domain §2, §3: the n-th school day after `date` (n >= 1), e.g. the deadline "by the end of the 5th school day"
export function addSchoolDays(cal: SchoolCalendar, date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`addSchoolDays needs a whole number of days >= 1, got ${n}`);
  const end = calendarEnd(cal);
  let d = date;
  let found = 0;
  while (found < n) {
    d = addDays(d, 1);
    if (end === undefined || d > end) {
      throw new RangeError(`the school calendar ends before the ${n}th school day after ${date}`);
    }
    if (isSchoolDay(cal, d)) found += 1;
  }
  return d;
}

// domain §14; SI 1999/3181 reg 3: every session held from `from` to `to` inclusive, in order
export function sessionsBetween(cal: SchoolCalendar, from: LocalDate, to: LocalDate): SessionRef[] {
  return eachDay(from, to).flatMap((date) => sessionsOn(cal, date).map((session) => ({ date, session })));
}

// domain §5, §14: a school week is any calendar week (Monday–Sunday) containing at least one school session
export function isSchoolWeek(cal: SchoolCalendar, dateInWeek: LocalDate): boolean {
  const monday = weekStart(dateInWeek);
  return eachDay(monday, addDays(monday, 4)).some((d) => isSchoolDay(cal, d));
}

// domain §5, §14: Mondays of the calendar weeks that have at least one school session between `from` and `to` (inclusive)
export function schoolWeeksBetween(cal: SchoolCalendar, from: LocalDate, to: LocalDate): LocalDate[] {
  const weeks: LocalDate[] = [];
  for (const day of schoolDaysBetween(cal, from, to)) {
    const monday = weekStart(day);
    if (weeks[weeks.length - 1] !== monday) weeks.push(monday);
  }
  return weeks;
}

// domain §5, §14: the n school weeks ending with the week containing `endingOn`, spanning terms and years
/** Mondays, earliest first; holidays are skipped; fewer than n when the calendar starts too late. */
export function lastSchoolWeeks(cal: SchoolCalendar, endingOn: LocalDate, n: number): LocalDate[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`lastSchoolWeeks needs a whole number of weeks >= 0, got ${n}`);
  }
  const start = calendarStart(cal);
  const weeks: LocalDate[] = [];
  if (start === undefined) return weeks;
  const firstMonday = weekStart(start);
  for (let monday = weekStart(endingOn); weeks.length < n && monday >= firstMonday; monday = addDays(monday, -7)) {
    if (isSchoolWeek(cal, monday)) weeks.unshift(monday);
  }
  return weeks;
}
