import { Decision, LocalDate, addDays, allow, refuse } from '../../core';

/** Both SAO notice periods are at least 15 days beginning with the day the notice is served. */
export const SCHOOL_ATTENDANCE_ORDER_NOTICE_DAYS = 15;

// domain §9; EA 1996 s437(1)–(2): the parent has a stated period of not less than 15 days, beginning with the day of service, to satisfy the LA
export function noticeToSatisfyPeriod(
  servedOn: LocalDate,
  periodDays: number,
): Decision<'PERIOD_TOO_SHORT', { readonly satisfyBy: LocalDate; readonly minimumDays: number }> {
  const detail = { satisfyBy: addDays(servedOn, periodDays - 1), minimumDays: SCHOOL_ATTENDANCE_ORDER_NOTICE_DAYS };
  return Number.isInteger(periodDays) && periodDays >= SCHOOL_ATTENDANCE_ORDER_NOTICE_DAYS ? allow(detail) : refuse('PERIOD_TOO_SHORT', detail);
}

// domain §9; EA 1996 s438: the parent may choose another school within the 15 days beginning with the day the notice of intention is served
export function schoolSelectionPeriodEnds(servedOn: LocalDate): LocalDate {
  return addDays(servedOn, SCHOOL_ATTENDANCE_ORDER_NOTICE_DAYS - 1);
}
