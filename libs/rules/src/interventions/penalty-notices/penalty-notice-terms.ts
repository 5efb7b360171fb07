import { Decision, LocalDate, addDays, allow, refuse } from '../../core';
import { PenaltyNoticeRates, penaltyNoticeRatesFor } from './penalty-notice-rates';

export interface PenaltyNoticeTermsInput {
  /** The last day of the absence the notice covers: it decides which rates apply. */
  readonly offenceDate: LocalDate;
  /** The day the parent received the notice (see `penaltyNoticeReceivedOn`). */
  readonly receivedOn: LocalDate;
  /** 1 for a first notice, 2 for a second to the same parent for the same child within 3 years (see `penaltyNoticeLimit`). */
  readonly noticeNumber: number;
}

export interface PenaltyNoticeTerms {
  readonly rates: PenaltyNoticeRates;
  readonly noticeNumber: number;
  readonly receivedOn: LocalDate;
  /** Absent for a second notice under the 2024 framework, which has no reduced rate. */
  readonly reducedAmountPence?: number;
  readonly reducedPayBy?: LocalDate;
  readonly fullAmountPence: number;
  /** The last day on which the notice can be paid. */
  readonly payBy: LocalDate;
  /** No proceedings for the offence until the payment period has ended. */
  readonly proceedingsNotBefore: LocalDate;
}

// domain §5; SI 2007/1867 reg 4 as amended by SI 2024/210: £80 within 21 days of receipt or £160 within 28; a second notice £160 within 28; "within N days of receipt" ends N days after the day of receipt
export function penaltyNoticeTerms(input: PenaltyNoticeTermsInput): PenaltyNoticeTerms {
  const rates = penaltyNoticeRatesFor(input.offenceDate);
  const { receivedOn, noticeNumber } = input;
  if (noticeNumber >= 2 && rates.secondNotice) {
    const payBy = addDays(receivedOn, rates.secondNotice.periodDays);
    return { rates, noticeNumber, receivedOn, fullAmountPence: rates.secondNotice.amountPence, payBy, proceedingsNotBefore: addDays(payBy, 1) };
  }
  const payBy = addDays(receivedOn, rates.fullPeriodDays);
  return {
    rates,
    noticeNumber,
    receivedOn,
    reducedAmountPence: rates.reducedAmountPence,
    reducedPayBy: addDays(receivedOn, rates.reducedPeriodDays),
    fullAmountPence: rates.fullAmountPence,
    payBy,
    proceedingsNotBefore: addDays(payBy, 1),
  };
}

export interface PenaltyNoticeAmountDetail {
  readonly amountPence?: number;
  readonly rate?: 'REDUCED' | 'FULL';
  readonly payBy: LocalDate;
}

// domain §5; SI 2007/1867 reg 4: the amount payable on a given day; after the payment period the notice can no longer be paid
export function penaltyNoticeAmountPayable(
  terms: PenaltyNoticeTerms,
  paidOn: LocalDate,
): Decision<'PAYMENT_PERIOD_ENDED', PenaltyNoticeAmountDetail> {
  if (terms.reducedAmountPence !== undefined && terms.reducedPayBy !== undefined && paidOn <= terms.reducedPayBy) {
    return allow({ amountPence: terms.reducedAmountPence, rate: 'REDUCED', payBy: terms.payBy });
  }
  if (paidOn <= terms.payBy) return allow({ amountPence: terms.fullAmountPence, rate: 'FULL', payBy: terms.payBy });
  return refuse('PAYMENT_PERIOD_ENDED', { payBy: terms.payBy });
}
