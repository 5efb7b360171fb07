import { LocalDate, minDate } from '../core';
import { Mark, isPossibleSession } from '../codes';
import { SchoolCalendar, academicYearEnd, academicYearOf, academicYearStart } from '../calendar';
import { eachSchoolDay } from './each-school-day';

/** How a school day counts towards the sickness total. */
export type SicknessDayCounting =
  /** Each `I` session is half a day, so two half-day absences make one day (default: catches a pattern of missed mornings). */
  | 'SESSIONS_HALVED'
  /** Only a school day on which every possible session is `I` counts, as one day. */
  | 'WHOLE_DAYS_ONLY';

export interface SicknessReturnSettings {
  /** School days of sickness, consecutive or cumulative in a school year, that trigger the return. */
  readonly thresholdSchoolDays: number;
  readonly counting: SicknessDayCounting;
}

// domain §3 (sickness return: 15 school days, consecutive or cumulative — LA practice via Herts, Essex, Lincs; EA 1996 s19)
export const DEFAULT_SICKNESS_RETURN_SETTINGS: SicknessReturnSettings = {
  thresholdSchoolDays: 15,
  counting: 'SESSIONS_HALVED',
};

export interface SicknessPeriod {
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly sickDays: number;
  /** No school day since the period's last sick day broke it. */
  readonly ongoing: boolean;
}

export interface SicknessReturnInput {
  readonly marks: readonly Mark[];
  readonly calendar: SchoolCalendar;
  readonly asAt: LocalDate;
  /** Further school days of sickness the school reasonably expects (e.g. from a doctor's note). */
  readonly expectedFurtherSickDays?: number;
  /** Sickness returns already sent this school year, by the start of the period each covered. */
  readonly previousReturns?: readonly { readonly periodStart: LocalDate }[];
}

export interface SicknessReturnDetail {
  readonly schoolYear: number;
  readonly sickDays: number;
  readonly expectedTotal: number;
  readonly thresholdSchoolDays: number;
  readonly period?: SicknessPeriod;
  /** The school day on which the cumulative total reached the threshold, if it has. */
  readonly thresholdReachedOn?: LocalDate;
}

export type SicknessReturnRefusal = 'NO_SICKNESS_ABSENCE' | 'BELOW_THRESHOLD' | 'ALREADY_RETURNED_FOR_THIS_PERIOD';

export type SicknessReturnDecision =
  | { readonly allowed: true; readonly detail: SicknessReturnDetail }
  | { readonly allowed: false; readonly reason: SicknessReturnRefusal; readonly detail: SicknessReturnDetail };

/** A school day's value towards the total, or undefined when none of its sessions is possible (it neither counts nor breaks). */
function dayValue(marks: readonly Mark[], start: number, end: number, counting: SicknessDayCounting): number | undefined {
  const possibleSession = isPossibleSession;
  let possible = 0;
  let ill = 0;
  for (let i = start; i < end; i++) {
    const { code } = marks[i];
    if (!possibleSession(code)) continue;
    possible += 1;
    if (code === 'I') ill += 1;
  }
  if (possible === 0) return undefined;
  if (counting === 'SESSIONS_HALVED') return ill / 2;
  return ill > 0 && ill === possible ? 1 : 0;
}

/**
 * A continuous period of sickness is a run of school days that each count towards the total under the counting setting;
 * weekends, holidays and days with no possible session do not break it; any other school day (attended, or absent for
 * another reason) ends it, so sickness after a return to school starts a new period that can need a new return.
 */
// domain §3; EA 1996 s19 (LA practice: Herts, Essex, Lincs): due when `I` absence reaches, or is expected to reach, 15 school days in the school year — once per continuous period
export function sicknessReturnDue(input: SicknessReturnInput, settings: SicknessReturnSettings = DEFAULT_SICKNESS_RETURN_SETTINGS): SicknessReturnDecision {
  const schoolYear = academicYearOf(input.asAt);
  const yearStart = academicYearStart(schoolYear);
  const to = minDate(input.asAt, academicYearEnd(schoolYear));
  let sickDays = 0;
  let thresholdReachedOn: LocalDate | undefined;
  let period: { start: LocalDate; end: LocalDate; sickDays: number; ongoing: boolean } | undefined;
  eachSchoolDay(input.marks, input.calendar, yearStart, to, (date, marks, start, end) => {
    const value = dayValue(marks, start, end, settings.counting);
    if (value === undefined) return;
    if (value === 0) {
      if (period) period.ongoing = false;
      return;
    }
    sickDays += value;
    if (thresholdReachedOn === undefined && sickDays >= settings.thresholdSchoolDays) thresholdReachedOn = date;
    if (period?.ongoing) {
      period.end = date;
      period.sickDays += value;
    } else {
      period = { start: date, end: date, sickDays: value, ongoing: true };
    }
  });
  const expectedTotal = sickDays + Math.max(0, input.expectedFurtherSickDays ?? 0);
  const detail: SicknessReturnDetail = {
    schoolYear,
    sickDays,
    expectedTotal,
    thresholdSchoolDays: settings.thresholdSchoolDays,
    ...(period ? { period: { ...period } } : {}),
    ...(thresholdReachedOn ? { thresholdReachedOn } : {}),
  };
  if (!period) return { allowed: false, reason: 'NO_SICKNESS_ABSENCE', detail };
  if (expectedTotal < settings.thresholdSchoolDays) return { allowed: false, reason: 'BELOW_THRESHOLD', detail };
  const periodStart = period.start;
  if ((input.previousReturns ?? []).some((r) => r.periodStart === periodStart)) {
    return { allowed: false, reason: 'ALREADY_RETURNED_FOR_THIS_PERIOD', detail };
  }
  return { allowed: true, detail };
}

