import { LocalDate, addDays } from '../../core';
import { SchoolCalendar, addSchoolDays, calendarEnd, countSchoolDays, isSchoolDay } from '../../calendar';
import { DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, NoticeToImproveSettings, validateNoticeToImproveSettings } from './notice-to-improve-settings';

export interface NoticeToImprovePeriod {
  /** First and last day of the improvement period, inclusive. */
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
  readonly schoolDays: number;
  /** True when the school-day cap, not the number of weeks, set the end. */
  readonly cappedBySchoolDays: boolean;
}

function hasSchoolDay(cal: SchoolCalendar, from: LocalDate): boolean {
  for (let d = 0; d < 7; d++) if (isSchoolDay(cal, addDays(from, d))) return true;
  return false;
}

/**
 * The end of `weeks` seven-day blocks counted from `startsOn`; with SCHOOL_WEEKS a block with no school day
 * (wholly in a holiday) is not counted, so the period stretches over half terms.
 */
function endOfWeeks(cal: SchoolCalendar, startsOn: LocalDate, settings: NoticeToImproveSettings): LocalDate {
  if (settings.periodUnit === 'CALENDAR_WEEKS') return addDays(startsOn, 7 * settings.periodWeeks - 1);
  const last = calendarEnd(cal);
  let block = startsOn;
  for (let counted = 0; ; block = addDays(block, 7)) {
    if (last === undefined || block > last) throw new RangeError(`the school calendar ends before ${settings.periodWeeks} school weeks after ${startsOn}`);
    if (hasSchoolDay(cal, block) && ++counted === settings.periodWeeks) return addDays(block, 6);
  }
}

// domain §5; Nottinghamshire, Norfolk, Manchester codes: the improvement period (3–6 weeks; LA setting, default 6 school weeks capped at 30 school days)
export function noticeToImprovePeriod(
  calendar: SchoolCalendar,
  startsOn: LocalDate,
  settings: NoticeToImproveSettings = DEFAULT_NOTICE_TO_IMPROVE_SETTINGS,
): NoticeToImprovePeriod {
  const valid = validateNoticeToImproveSettings(settings);
  if (!valid.allowed) throw new RangeError(`invalid Notice to Improve settings: ${valid.reason}`);
  let endsOn = endOfWeeks(calendar, startsOn, settings);
  let schoolDays = countSchoolDays(calendar, startsOn, endsOn);
  const cap = settings.maxSchoolDays;
  const capped = cap !== undefined && schoolDays > cap;
  if (capped) {
    endsOn = addSchoolDays(calendar, addDays(startsOn, -1), cap);
    schoolDays = cap;
  }
  return { startsOn, endsOn, schoolDays, cappedBySchoolDays: capped };
}
