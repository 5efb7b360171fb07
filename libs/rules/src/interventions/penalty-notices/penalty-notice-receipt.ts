import { LocalDate, addDays, isWeekend, yearOf } from '../../core';
import { englandAndWalesBankHolidays } from '../../calendar';
import { DEFAULT_PENALTY_NOTICE_SETTINGS, PenaltyNoticeSettings } from './penalty-notice-settings';

/** How a notice reached the parent: handed over in person, or posted. */
export type PenaltyNoticeService =
  | { readonly method: 'HAND'; readonly servedOn: LocalDate }
  | { readonly method: 'POST'; readonly postedOn: LocalDate };

// domain §5, §14: a working day is Monday to Friday and not a bank holiday (England and Wales unless the LA gives a list)
export function isPenaltyNoticeWorkingDay(date: LocalDate, bankHolidays?: readonly LocalDate[]): boolean {
  if (isWeekend(date)) return false;
  return !(bankHolidays ?? englandAndWalesBankHolidays(yearOf(date))).includes(date);
}

// domain §5; SI 2024/210 and LA codes (Lincolnshire): the 21/28 days run from receipt; a posted notice is presumed received on the 2nd working day after posting
export function penaltyNoticeReceivedOn(
  service: PenaltyNoticeService,
  bankHolidays?: readonly LocalDate[],
  settings: PenaltyNoticeSettings = DEFAULT_PENALTY_NOTICE_SETTINGS,
): LocalDate {
  if (service.method === 'HAND') return service.servedOn;
  let date = service.postedOn;
  for (let found = 0; found < settings.deemedReceiptWorkingDaysAfterPosting; ) {
    date = addDays(date, 1);
    if (isPenaltyNoticeWorkingDay(date, bankHolidays)) found += 1;
  }
  return date;
}
