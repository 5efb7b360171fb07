import { LocalDate, addDays } from '../core';
import { SchoolCalendar, academicYearOf, addSchoolDays, schoolDaysBetween } from '../calendar';

export interface NewPupilReturnSettings {
  /** "By the end of the 5th day after entry": calendar days unless the LA counts school days (UNCONFIRMED). */
  readonly dayCounting: 'CALENDAR_DAYS' | 'SCHOOL_DAYS';
  /** The LA has asked for returns for pupils joining the most junior class on the first day of the school year. */
  readonly laAsksForJuniorClassAtYearStart: boolean;
}

// domain §2, §3; SI 2024/208 reg 13(1)–(3): the regulation says "5th day" (counting basis UNCONFIRMED, so a setting)
export const DEFAULT_NEW_PUPIL_RETURN_SETTINGS: NewPupilReturnSettings = {
  dayCounting: 'CALENDAR_DAYS',
  laAsksForJuniorClassAtYearStart: false,
};

/** SI 2024/208 reg 13(1): the return is due by the end of this day after the pupil's name is entered. */
export const NEW_PUPIL_RETURN_DAYS = 5;

export interface NewPupilEntry {
  /** The day the pupil's name was entered in the admission register. */
  readonly enteredOn: LocalDate;
  /** The pupil's first day at school, if different from the entry date. */
  readonly startDate?: LocalDate;
  /** Placed in the school's most junior class (e.g. reception, or Year 7 in a secondary school). */
  readonly placedInMostJuniorClass?: boolean;
}

export interface NewPupilReturnDetail {
  readonly dueBy?: LocalDate;
  readonly dayCounting: NewPupilReturnSettings['dayCounting'];
  readonly firstDayOfSchoolYear?: LocalDate;
}

export type NewPupilReturnDecision =
  | { readonly allowed: true; readonly detail: NewPupilReturnDetail }
  | { readonly allowed: false; readonly reason: 'JUNIOR_CLASS_STARTING_ON_FIRST_DAY_OF_YEAR'; readonly detail: NewPupilReturnDetail };

/** The first day pupils attend in the school year containing `date` (after any INSET days), from the calendar. */
function firstDayOfSchoolYear(calendar: SchoolCalendar, date: LocalDate): { termStart: LocalDate; firstDay: LocalDate } | undefined {
  const autumn = calendar.halfTerms.find((h) => h.name === 'AUTUMN_1' && h.academicYear === academicYearOf(date));
  const firstDay = autumn ? schoolDaysBetween(calendar, autumn.start, autumn.end)[0] : undefined;
  return autumn && firstDay ? { termStart: autumn.start, firstDay } : undefined;
}

// domain §2, §3; SI 2024/208 reg 13(1)–(3): new-pupil return by the end of the 5th day after entry, except the most junior class starting on the first day of the school year unless the LA asks
export function newPupilReturnDue(
  entry: NewPupilEntry,
  calendar: SchoolCalendar,
  settings: NewPupilReturnSettings = DEFAULT_NEW_PUPIL_RETURN_SETTINGS,
): NewPupilReturnDecision {
  const start = entry.startDate ?? entry.enteredOn;
  const year = firstDayOfSchoolYear(calendar, start);
  const base = { dayCounting: settings.dayCounting, ...(year ? { firstDayOfSchoolYear: year.firstDay } : {}) };
  if (entry.placedInMostJuniorClass && !settings.laAsksForJuniorClassAtYearStart && year && start >= year.termStart && start <= year.firstDay) {
    return { allowed: false, reason: 'JUNIOR_CLASS_STARTING_ON_FIRST_DAY_OF_YEAR', detail: base };
  }
  const dueBy =
    settings.dayCounting === 'SCHOOL_DAYS'
      ? addSchoolDays(calendar, entry.enteredOn, NEW_PUPIL_RETURN_DAYS)
      : addDays(entry.enteredOn, NEW_PUPIL_RETURN_DAYS);
  return { allowed: true, detail: { ...base, dueBy } };
}
