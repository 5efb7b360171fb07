import { LocalDate } from '../../core';

/** One set of statutory amounts and payment periods (pence; days from receipt). */
export interface PenaltyNoticeRates {
  readonly label: string;
  /** First offence date the rates apply to; undefined for the original 2004 rates. */
  readonly from?: LocalDate;
  readonly reducedAmountPence: number;
  readonly reducedPeriodDays: number;
  readonly fullAmountPence: number;
  readonly fullPeriodDays: number;
  /** From 19 Aug 2024: a second notice to the same parent for the same child in 3 years is a flat amount, no discount. */
  readonly secondNotice?: { readonly amountPence: number; readonly periodDays: number };
}

// domain §5; Education (Penalty Notices) (England) Regs 2004, and 2007 reg 4 as amended in 2012, 2013 and by SI 2024/210: amounts and payment periods by offence date, oldest first
export const PENALTY_NOTICE_RATES: readonly PenaltyNoticeRates[] = [
  { label: '2004', reducedAmountPence: 5000, reducedPeriodDays: 28, fullAmountPence: 10000, fullPeriodDays: 42 },
  { label: 'September 2012', from: '2012-09-01', reducedAmountPence: 6000, reducedPeriodDays: 28, fullAmountPence: 12000, fullPeriodDays: 42 },
  { label: 'September 2013', from: '2013-09-01', reducedAmountPence: 6000, reducedPeriodDays: 21, fullAmountPence: 12000, fullPeriodDays: 28 },
  {
    label: 'National framework 19 August 2024',
    from: '2024-08-19',
    reducedAmountPence: 8000,
    reducedPeriodDays: 21,
    fullAmountPence: 16000,
    fullPeriodDays: 28,
    secondNotice: { amountPence: 16000, periodDays: 28 },
  },
];

// domain §5; Warwickshire code §1.3: a notice follows the rates in force on its offence date (offences before 19 Aug 2024 follow the old rules)
export function penaltyNoticeRatesFor(offenceDate: LocalDate): PenaltyNoticeRates {
  return [...PENALTY_NOTICE_RATES].reverse().find((r) => r.from === undefined || offenceDate >= r.from) as PenaltyNoticeRates;
}
