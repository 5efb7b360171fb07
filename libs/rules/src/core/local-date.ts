/**
 * Calendar dates without a time zone. School life runs on dates and sessions, so every rule takes
 * ISO `YYYY-MM-DD` strings and does its arithmetic on whole days since 1970-01-01 (UTC-based, so a
 * session on 27 March stays on 27 March whatever the machine's time zone).
 */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function isLocalDate(value: string): value is LocalDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function assertLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) {
    throw new RangeError(`"${value}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return value;
}

export function toEpochDay(date: LocalDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`"${date}" is not a calendar date in the form YYYY-MM-DD`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export function fromEpochDay(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return fromEpochDay(Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY));
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: LocalDate): number {
  return Number(date.slice(5, 7));
}

export function dayOfMonth(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Adds calendar months, clamping to the last day of a shorter month (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return localDate(year, month, Math.min(dayOfMonth(date), daysInMonth(year, month)));
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: LocalDate): IsoWeekday {
  const jsDay = new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay();
  return (jsDay === 0 ? 7 : jsDay) as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

/** The Monday that starts the calendar week containing `date`. */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/** True when `date` lies in the inclusive range `from`–`to`. */
export function isWithin(date: LocalDate, from: LocalDate, to: LocalDate): boolean {
  return date >= from && date <= to;
}

/** Every date from `from` to `to` inclusive (empty when `to` is before `from`). */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = toEpochDay(from), end = toEpochDay(to); d <= end; d++) out.push(fromEpochDay(d));
  return out;
}

/** Whole years between a date of birth and a date (age on that date). */
export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  let age = yearOf(on) - yearOf(dateOfBirth);
  if (on.slice(5) < dateOfBirth.slice(5)) age -= 1;
  return age;
}
