import { LocalDate, assertLocalDate, compareDates, isWeekend, localDate } from '../core';
import { Closure, ClosureKind, HALF_TERM_NAMES, HalfTerm, HalfTermName, SchoolCalendar } from './school-calendar';

export interface HalfTermDates {
  readonly name: HalfTermName;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** A closure as a school enters it: one day unless `end` is given, the whole day unless `sessions` is given. */
export interface ClosureInput {
  readonly start: LocalDate;
  readonly end?: LocalDate;
  readonly kind: ClosureKind;
  readonly sessions?: 'AM' | 'PM' | 'BOTH';
  readonly description?: string;
}

/** One school's dates for one academic year, as published by the school or LA. */
export interface SchoolYearDates {
  readonly academicYear: number;
  readonly halfTerms: readonly HalfTermDates[];
  readonly insetDays?: readonly LocalDate[];
  readonly closures?: readonly ClosureInput[];
}

export interface BuildSchoolCalendarOptions {
  /** Replaces the England & Wales bank holidays (for example a calendar imported with its own list). */
  readonly bankHolidays?: readonly LocalDate[];
}

function checkYear(year: SchoolYearDates): HalfTerm[] {
  const { academicYear } = year;
  const earliest = localDate(academicYear, 8, 1);
  const latest = localDate(academicYear + 1, 8, 31);
  const halfTerms = year.halfTerms
    .map((h) => ({ name: h.name, academicYear, start: assertLocalDate(h.start), end: assertLocalDate(h.end) }))
    .sort((a, b) => compareDates(a.start, b.start));
  const seen = new Set<HalfTermName>();
  for (const h of halfTerms) {
    if (!HALF_TERM_NAMES.includes(h.name)) throw new RangeError(`"${h.name}" is not a half-term name`);
    if (seen.has(h.name)) throw new RangeError(`${h.name} appears twice in ${academicYear}`);
    seen.add(h.name);
    if (h.end < h.start) throw new RangeError(`${h.name} ends (${h.end}) before it starts (${h.start})`);
    if (h.start < earliest || h.end > latest) {
      throw new RangeError(`${h.name} (${h.start} to ${h.end}) is outside the school year ${earliest} to ${latest}`);
    }
  }
  return halfTerms;
}

function toClosure(input: ClosureInput): Closure {
  const start = assertLocalDate(input.start);
  const end = assertLocalDate(input.end ?? input.start);
  if (end < start) throw new RangeError(`a closure ends (${end}) before it starts (${start})`);
  const closure: Closure = { start, end, kind: input.kind, sessions: input.sessions ?? 'BOTH' };
  return input.description === undefined ? closure : { ...closure, description: input.description };
}

// domain §14; SI 1999/3181 regs 2–3: a school calendar from published term dates, INSET days and closures, for one or more academic years
export function buildSchoolCalendar(
  years: SchoolYearDates | readonly SchoolYearDates[],
  options: BuildSchoolCalendarOptions = {},
): SchoolCalendar {
  const list: readonly SchoolYearDates[] = Array.isArray(years) ? years : [years as SchoolYearDates];
  const halfTerms = list.flatMap(checkYear).sort((a, b) => compareDates(a.start, b.start));
  for (let i = 1; i < halfTerms.length; i++) {
    const [prev, next] = [halfTerms[i - 1], halfTerms[i]];
    if (next.start <= prev.end) {
      throw new RangeError(
        `${next.academicYear} ${next.name} starts (${next.start}) before ${prev.academicYear} ${prev.name} ends (${prev.end})`,
      );
    }
  }
  const inTerm = (d: LocalDate) => halfTerms.some((h) => d >= h.start && d <= h.end);
  const closures: Closure[] = [];
  for (const year of list) {
    for (const day of year.insetDays ?? []) {
      const date = assertLocalDate(day);
      if (!inTerm(date) || isWeekend(date)) throw new RangeError(`INSET day ${date} is not a weekday in a half term`);
      closures.push({ start: date, end: date, kind: 'INSET', sessions: 'BOTH' });
    }
    closures.push(...(year.closures ?? []).map(toClosure));
  }
  closures.sort((a, b) => compareDates(a.start, b.start));
  const calendar: SchoolCalendar = { halfTerms, closures };
  return options.bankHolidays ? { ...calendar, bankHolidays: [...options.bankHolidays].sort() } : calendar;
}

/** Adds closures (for example an unplanned snow day) to an existing calendar. */
export function withClosures(cal: SchoolCalendar, closures: readonly ClosureInput[]): SchoolCalendar {
  const all = [...cal.closures, ...closures.map(toClosure)];
  return { ...cal, closures: all.sort((a, b) => compareDates(a.start, b.start)) };
}

