import { Decision, LocalDate, allow, refuse } from '../../core';
import { prosecutionLastDayToLay } from '../prosecutions/prosecution-time-limit';
import { PenaltyNotice } from './penalty-notice';

export interface PenaltyNoticeNonPaymentDetail {
  readonly payBy?: LocalDate;
  /** The LA must either prosecute the original s444 offence or withdraw the notice. */
  readonly options?: readonly ('PROSECUTE_ORIGINAL_OFFENCE' | 'WITHDRAW')[];
  readonly mustWithdrawIfNotProsecuting?: true;
  /** The last day an information can be laid for the offence (MCA 1980 s127). */
  readonly prosecuteBy?: LocalDate;
}

// domain §5; SI 2007/1867 reg 9 and explanatory note: non-payment is no offence; after the payment period the LA prosecutes the original offence or must withdraw the notice
export function penaltyNoticeNonPayment(
  notice: Pick<PenaltyNotice, 'state' | 'terms' | 'offenceDate'>,
  today: LocalDate,
): Decision<'NOT_AWAITING_PAYMENT' | 'PAYMENT_PERIOD_RUNNING', PenaltyNoticeNonPaymentDetail> {
  if ((notice.state !== 'ISSUED' && notice.state !== 'UNPAID') || !notice.terms) return refuse('NOT_AWAITING_PAYMENT', {});
  const { payBy } = notice.terms;
  if (today <= payBy) return refuse('PAYMENT_PERIOD_RUNNING', { payBy });
  return allow({
    payBy,
    options: ['PROSECUTE_ORIGINAL_OFFENCE', 'WITHDRAW'],
    mustWithdrawIfNotProsecuting: true,
    prosecuteBy: prosecutionLastDayToLay(notice.offenceDate),
  });
}
