import { Decision, LocalDate, addDays, addYears, allow, dayOfMonth, refuse } from '../core';

/** Register entries are kept for at least this many years after they were made (domain §2). */
export const REGISTER_RETENTION_YEARS = 6;

// domain §2 (via S25); SI 2024/208: every register entry kept for at least 6 years after it was made — the last day it must still be kept
export function retentionUntil(entryDate: LocalDate): LocalDate {
  const anniversary = addYears(entryDate, REGISTER_RETENTION_YEARS);
  // 29 February has no anniversary in a common year: keep it to 1 March so the full 6 years pass.
  return dayOfMonth(anniversary) < dayOfMonth(entryDate) ? addDays(anniversary, 1) : anniversary;
}

// domain §2: a register entry may be destroyed only once its 6-year retention period has ended
export function mayDestroyRegisterEntry(
  entryDate: LocalDate,
  today: LocalDate,
): Decision<'RETENTION_PERIOD_NOT_ENDED', { readonly retainUntil: LocalDate }> {
  const retainUntil = retentionUntil(entryDate);
  return today > retainUntil ? allow({ retainUntil }) : refuse('RETENTION_PERIOD_NOT_ENDED', { retainUntil });
}
