import {
  LocalDate,
  SESSIONS,
  Session,
  SessionRef,
  addDays,
  eachDay,
  fromEpochDay,
  isLocalDate,
  isWeekend,
  toEpochDay,
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

/**
 * One calendar's answers by day, worked out once per calendar over the span of its half terms (no session is held
 * outside them). Calendars are immutable values, so this is remembered by identity: the nightly scan asks the same
 * calendar about the same dates for tens of thousands of pupils. Worked out once a calendar has been asked a few
 * dozen questions; never when a half term's dates are not canonical ISO dates. Until then, and in that case, every
 * question is answered the long way, with the same answers.
 */
interface CalendarDays {
  /** Epoch day of the first half term's first day. */
  readonly first: number;
  /** Per day from `first`: the sessions held, as an index into HELD. */
  readonly held: Uint8Array;
  /** School days before each day from `first` (one more entry than `held`). */
  readonly schoolDaysBefore: Int32Array;
  /** The days from `first` as ISO dates. */
  readonly dates: readonly LocalDate[];
}

const HELD: readonly (readonly Session[])[] = [[], ['AM'], ['PM'], ['AM', 'PM']];
/** Questions a calendar is answered the long way before its days are worked out (a one-off question stays cheap). */
export const CALENDAR_QUESTIONS_BEFORE_INDEX = 32;
const calendarUse = new WeakMap<SchoolCalendar, { asked: number; days?: CalendarDays | null }>();

/** The calendar's days once it has been asked enough to be worth working them out; null until then. */
function calendarDays(cal: SchoolCalendar): CalendarDays | null {
  let use = calendarUse.get(cal);
  if (!use) {
    use = { asked: 0 };
    calendarUse.set(cal, use);
  }
  if (use.days !== undefined) return use.days;
  use.asked += 1;
  if (use.asked <= CALENDAR_QUESTIONS_BEFORE_INDEX) return null;
  use.days = workOutCalendarDays(cal);
  return use.days;
}

function workOutCalendarDays(cal: SchoolCalendar): CalendarDays | null {
  const start = calendarStart(cal);
  const end = calendarEnd(cal);
  if (start === undefined || end === undefined) return { first: 0, held: new Uint8Array(0), schoolDaysBefore: new Int32Array(1), dates: [] };
  const canonical = (date: LocalDate): boolean => isLocalDate(date) && fromEpochDay(toEpochDay(date)) === date;
  if (!cal.halfTerms.every((h) => canonical(h.start) && canonical(h.end))) return null;
  const first = toEpochDay(start);
  const count = Math.max(0, toEpochDay(end) - first + 1);
  const held = new Uint8Array(count);
  const schoolDaysBefore = new Int32Array(count + 1);
  const dates: LocalDate[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const date = fromEpochDay(first + i);
    dates[i] = date;
    const sessions = scheduledSessionsOn(cal, date).filter((s) => !closureFor(cal, date, s));
    held[i] = (sessions.includes('AM') ? 1 : 0) + (sessions.includes('PM') ? 2 : 0);
    schoolDaysBefore[i + 1] = schoolDaysBefore[i] + (held[i] > 0 ? 1 : 0);
  }
  return { first, held, schoolDaysBefore, dates };
}

/** The sessions held on a date, from the calendar's days when the date is a canonical ISO date. */
function heldOn(cal: SchoolCalendar, date: LocalDate): readonly Session[] {
  const days = calendarDays(cal);
  const day = toEpochDay(date);
  if (days) {
    const index = day - days.first;
    if (index >= 0 && index < days.held.length) {
      if (days.dates[index] === date) return HELD[days.held[index]];
    } else if (fromEpochDay(day) === date) {
      return HELD[0];
    }
  }
  return scheduledSessionsOn(cal, date).filter((s) => !closureFor(cal, date, s));
}

// domain §14; SI 1999/3181 reg 3: sessions actually held on a date ([] at weekends, in holidays, on bank holidays and whole-day closures)
export function sessionsOn(cal: SchoolCalendar, date: LocalDate): Session[] {
  return [...heldOn(cal, date)];
}

// domain §14: a school day is one on which at least one session is held
export function isSchoolDay(cal: SchoolCalendar, date: LocalDate): boolean {
  return heldOn(cal, date).length > 0;
}

/** The part of the epoch-day range `from`–`to` inside the calendar's days, as indexes (empty when `end < start`). */
function indexRange(days: CalendarDays, from: LocalDate, to: LocalDate): { start: number; end: number } {
  return { start: Math.max(0, toEpochDay(from) - days.first), end: Math.min(days.held.length - 1, toEpochDay(to) - days.first) };
}

/** School days from `from` to `to`, both inclusive. */
export function schoolDaysBetween(cal: SchoolCalendar, from: LocalDate, to: LocalDate): LocalDate[] {
  const days = calendarDays(cal);
  if (!days) return eachDay(from, to).filter((d) => isSchoolDay(cal, d));
  const { start, end } = indexRange(days, from, to);
  const out: LocalDate[] = [];
  for (let i = start; i <= end; i++) if (days.held[i] > 0) out.push(days.dates[i]);
  return out;
}

// domain §2, §3: number of school days from `from` to `to`, both inclusive
export function countSchoolDays(cal: SchoolCalendar, from: LocalDate, to: LocalDate): number {
  const days = calendarDays(cal);
  if (!days) return schoolDaysBetween(cal, from, to).length;
  const { start, end } = indexRange(days, from, to);
  return end < start ? 0 : days.schoolDaysBefore[end + 1] - days.schoolDaysBefore[start];
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
  const days = calendarDays(cal);
  if (!days) {
    for (const day of schoolDaysBetween(cal, from, to)) {
      const monday = weekStart(day);
      if (weeks[weeks.length - 1] !== monday) weeks.push(monday);
    }
    return weeks;
  }
  const { start, end } = indexRange(days, from, to);
  let lastMonday = Number.NaN;
  for (let i = start; i <= end; i++) {
    if (days.held[i] === 0) continue;
    const day = days.first + i;
    // 1970-01-01 was a Thursday: days since the Monday before it are (day + 3) mod 7.
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    if (monday === lastMonday) continue;
    lastMonday = monday;
    weeks.push(monday >= days.first ? days.dates[monday - days.first] : fromEpochDay(monday));
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
