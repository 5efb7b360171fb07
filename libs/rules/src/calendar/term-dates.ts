import { LocalDate, addDays, eachDay, isWeekend, isoWeekday, localDate } from '../core';
import { easterSunday, usualEnglandAndWalesBankHolidays } from './bank-holidays';
import { HalfTermDates, SchoolYearDates, buildSchoolCalendar } from './build-school-calendar';
import { SchoolCalendar } from './school-calendar';

/** Pupil days a typical maintained school plans (STPCD: 195 teacher days = 190 pupil days + 5 INSET days). */
export const TYPICAL_PUPIL_DAYS = 190;
export const TYPICAL_INSET_DAYS = 5;

function mondayOnOrAfter(date: LocalDate): LocalDate {
  return addDays(date, (8 - isoWeekday(date)) % 7);
}

function lastMondayOf(year: number, month: number): LocalDate {
  return mondayOnOrAfter(addDays(localDate(year, month + 1, 1), -7));
}

// domain §14; SI 1999/3181 reg 3 and STPCD: a typical English LA pattern of term dates — six half terms, 190 pupil days and 5 INSET days
export function termDatesFor(academicYear: number): SchoolYearDates {
  const next = academicYear + 1;
  const firstOfSeptember = localDate(academicYear, 9, 1);
  const autumnStart = isoWeekday(firstOfSeptember) <= 3 ? firstOfSeptember : mondayOnOrAfter(firstOfSeptember);
  const octoberHalfTerm = lastMondayOf(academicYear, 10);
  const christmasHolidays = mondayOnOrAfter(localDate(academicYear, 12, 19));
  const springStart = addDays(christmasHolidays, 14);
  const februaryHalfTerm = addDays(mondayOnOrAfter(localDate(next, 2, 1)), 14);
  const easter = easterSunday(next);
  const whitsunHalfTerm = lastMondayOf(next, 5);
  const summer2Start = addDays(whitsunHalfTerm, 7);

  const halfTerms: HalfTermDates[] = [
    { name: 'AUTUMN_1', start: autumnStart, end: addDays(octoberHalfTerm, -3) },
    { name: 'AUTUMN_2', start: addDays(octoberHalfTerm, 7), end: addDays(christmasHolidays, -3) },
    { name: 'SPRING_1', start: springStart, end: addDays(februaryHalfTerm, -3) },
    { name: 'SPRING_2', start: addDays(februaryHalfTerm, 7), end: addDays(easter, -9) },
    { name: 'SUMMER_1', start: addDays(easter, 8), end: addDays(whitsunHalfTerm, -3) },
  ];

  const bankHolidays = new Set([
    ...usualEnglandAndWalesBankHolidays(academicYear),
    ...usualEnglandAndWalesBankHolidays(next),
  ]);
  const isTeachingDay = (d: LocalDate) => !isWeekend(d) && !bankHolidays.has(d);
  const firstTeachingDays = (start: LocalDate, count: number) =>
    eachDay(start, addDays(start, 14)).filter(isTeachingDay).slice(0, count);

  const insetDays = [
    ...firstTeachingDays(autumnStart, 2),
    ...firstTeachingDays(springStart, 1),
    ...firstTeachingDays(halfTerms[4].start, 1),
    ...firstTeachingDays(summer2Start, 1),
  ];

  // Summer 2 runs until the year has 195 teacher days, counting only the usual bank holidays, so a one-off
  // extra bank holiday in term time leaves 189 pupil days, as DfE allowed in 2021/22 and 2022/23.
  let teacherDays = halfTerms.flatMap((h) => eachDay(h.start, h.end)).filter(isTeachingDay).length;
  let summerEnd = addDays(summer2Start, -1);
  while (teacherDays < TYPICAL_PUPIL_DAYS + TYPICAL_INSET_DAYS) {
    summerEnd = addDays(summerEnd, 1);
    if (isTeachingDay(summerEnd)) teacherDays += 1;
  }
  halfTerms.push({ name: 'SUMMER_2', start: summer2Start, end: summerEnd });
  return { academicYear, halfTerms, insetDays };
}

/** A realistic calendar from {@link termDatesFor} covering `firstYear` to `lastYear` (academic years, inclusive). */
export function typicalSchoolCalendar(firstYear: number, lastYear: number = firstYear): SchoolCalendar {
  const years: SchoolYearDates[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(termDatesFor(y));
  return buildSchoolCalendar(years);
}
