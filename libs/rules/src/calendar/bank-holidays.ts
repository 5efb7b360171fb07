import { LocalDate, addDays, isoWeekday, localDate, yearOf } from '../core';

export interface BankHolidayChange {
  readonly year: number;
  /** Dates the usual rules would give that were not bank holidays that year. */
  readonly removed: readonly LocalDate[];
  /** Dates declared bank holidays by proclamation that year. */
  readonly added: readonly LocalDate[];
  readonly description: string;
}

// domain §14; Banking and Financial Dealings Act 1971 s1 and royal proclamations: one-off changes to the usual pattern
export const ENGLAND_AND_WALES_BANK_HOLIDAY_CHANGES: readonly BankHolidayChange[] = [
  {
    year: 1995,
    removed: ['1995-05-01'],
    added: ['1995-05-08'],
    description: 'Early May bank holiday moved to 8 May (50th anniversary of VE Day)',
  },
  { year: 1999, removed: [], added: ['1999-12-31'], description: 'Millennium bank holiday' },
  {
    year: 2002,
    removed: ['2002-05-27'],
    added: ['2002-06-03', '2002-06-04'],
    description: 'Spring bank holiday moved to 4 June; 3 June Golden Jubilee',
  },
  { year: 2011, removed: [], added: ['2011-04-29'], description: 'Royal wedding' },
  {
    year: 2012,
    removed: ['2012-05-28'],
    added: ['2012-06-04', '2012-06-05'],
    description: 'Spring bank holiday moved to 4 June; 5 June Diamond Jubilee',
  },
  {
    year: 2020,
    removed: ['2020-05-04'],
    added: ['2020-05-08'],
    description: 'Early May bank holiday moved to Friday 8 May (75th anniversary of VE Day)',
  },
  {
    year: 2022,
    removed: ['2022-05-30'],
    added: ['2022-06-02', '2022-06-03', '2022-09-19'],
    description:
      'Spring bank holiday moved to Thursday 2 June; Friday 3 June Platinum Jubilee; Monday 19 September state funeral of Queen Elizabeth II',
  },
  { year: 2023, removed: [], added: ['2023-05-08'], description: 'Coronation of King Charles III' },
];

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(year, month, day);
}

function firstMonday(year: number, month: number): LocalDate {
  const first = localDate(year, month, 1);
  return addDays(first, (8 - isoWeekday(first)) % 7);
}

function lastMonday(year: number, month: number): LocalDate {
  const last = addDays(localDate(year, month + 1, 1), -1);
  return addDays(last, -((isoWeekday(last) + 6) % 7));
}

/** The next weekday on or after `date` that is not already taken. */
function substitute(date: LocalDate, taken: readonly LocalDate[]): LocalDate {
  let d = date;
  while (isoWeekday(d) >= 6 || taken.includes(d)) d = addDays(d, 1);
  return d;
}

// domain §14; Banking and Financial Dealings Act 1971 Sch 1 and annual proclamations: the 8 usual England & Wales bank holidays with weekend substitutes
export function usualEnglandAndWalesBankHolidays(year: number): LocalDate[] {
  const easter = easterSunday(year);
  const newYear = substitute(localDate(year, 1, 1), []);
  const christmas = substitute(localDate(year, 12, 25), []);
  const boxingDay = substitute(localDate(year, 12, 26), [christmas]);
  return [
    newYear,
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    christmas,
    boxingDay,
  ].sort();
}

const cache = new Map<number, ReadonlySet<LocalDate>>();

function bankHolidaySet(year: number): ReadonlySet<LocalDate> {
  let days = cache.get(year);
  if (!days) {
    const changes = ENGLAND_AND_WALES_BANK_HOLIDAY_CHANGES.filter((c) => c.year === year);
    const removed = new Set(changes.flatMap((c) => c.removed));
    const usual = usualEnglandAndWalesBankHolidays(year).filter((d) => !removed.has(d));
    days = new Set([...usual, ...changes.flatMap((c) => c.added)]);
    cache.set(year, days);
  }
  return days;
}

// domain §14; Banking and Financial Dealings Act 1971: England & Wales bank holidays for a year, including one-off changes by proclamation
export function englandAndWalesBankHolidays(year: number): LocalDate[] {
  return [...bankHolidaySet(year)].sort();
}

export function isEnglandAndWalesBankHoliday(date: LocalDate): boolean {
  return bankHolidaySet(yearOf(date)).has(date);
}
