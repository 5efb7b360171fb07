import { Decision, LocalDate, addMonths, allow, daysBetween, refuse } from '../../core';

export interface ProsecutionTimeLimitDetail {
  readonly offenceDate: LocalDate;
  /** The last day on which the information may be laid. */
  readonly lastDayToLay: LocalDate;
  readonly daysLate?: number;
}

// domain §8; MCA 1980 s127: the last day to lay an information — 6 months after the offence date, clamped to month end (31 Aug → 28/29 Feb)
export function prosecutionLastDayToLay(offenceDate: LocalDate): LocalDate {
  return addMonths(offenceDate, 6);
}

// domain §8; Magistrates' Courts Act 1980 s127: an information must be laid within 6 months of the offence, timed from the last absence (not from PN non-payment)
export function prosecutionTimeLimit(
  offenceDate: LocalDate,
  informationLaidOn: LocalDate,
): Decision<'OUT_OF_TIME', ProsecutionTimeLimitDetail> {
  const lastDayToLay = prosecutionLastDayToLay(offenceDate);
  if (informationLaidOn <= lastDayToLay) return allow({ offenceDate, lastDayToLay });
  return refuse('OUT_OF_TIME', { offenceDate, lastDayToLay, daysLate: daysBetween(lastDayToLay, informationLaidOn) });
}
