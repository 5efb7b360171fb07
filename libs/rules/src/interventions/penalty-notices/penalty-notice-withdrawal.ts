import { Decision, allow, refuse } from '../../core';
import type { PenaltyNotice, PenaltyNoticeState } from './penalty-notice';

/** EA 1996 s444 offences that cannot be prosecuted on the same facts once a notice is withdrawn. */
export type PenaltyNoticeBarredOffence = 'S444_1' | 'S444_1A';

/**
 * Grounds for withdrawal: the three in SI 2007/1867 reg 8, plus the LA deciding not to prosecute an unpaid notice
 * (it must then withdraw it).
 */
export type PenaltyNoticeWithdrawalGround =
  | 'OUGHT_NOT_TO_HAVE_BEEN_ISSUED'
  | 'ISSUED_TO_WRONG_PERSON'
  | 'MATERIAL_ERROR'
  | 'DECIDED_NOT_TO_PROSECUTE';

export interface PenaltyNoticeWithdrawalEffect {
  readonly ground: PenaltyNoticeWithdrawalGround;
  /** Written notice of the withdrawal goes to the person the notice was issued to. */
  readonly writtenNoticeRequired: true;
  /** Any amount paid is refunded. */
  readonly refundPence: number;
  /** No proceedings for the offence, nor for s444(1A) on the same facts. */
  readonly proceedingsBarred: readonly PenaltyNoticeBarredOffence[];
  /** A withdrawn notice does not count towards the 2-in-3-years limit. */
  readonly countsTowardsLimit: false;
}

export interface PenaltyNoticeWithdrawalDetail {
  readonly state: PenaltyNoticeState;
  readonly effect?: PenaltyNoticeWithdrawalEffect;
}

const WITHDRAWABLE: readonly PenaltyNoticeState[] = ['ISSUED', 'PAID_REDUCED', 'PAID_FULL', 'UNPAID', 'PROSECUTION_REFERRED'];
const AFTER_NON_PAYMENT: readonly PenaltyNoticeState[] = ['UNPAID', 'PROSECUTION_REFERRED'];

// domain §5; SI 2007/1867 regs 8–9: withdrawal grounds and effect (written notice, refund, no proceedings on the same facts)
export function penaltyNoticeWithdrawal(
  notice: Pick<PenaltyNotice, 'state' | 'amountPaidPence'>,
  ground: PenaltyNoticeWithdrawalGround,
): Decision<'NOT_WITHDRAWABLE_IN_STATE' | 'GROUND_NOT_AVAILABLE', PenaltyNoticeWithdrawalDetail> {
  if (!WITHDRAWABLE.includes(notice.state)) return refuse('NOT_WITHDRAWABLE_IN_STATE', { state: notice.state });
  if (ground === 'DECIDED_NOT_TO_PROSECUTE' && !AFTER_NON_PAYMENT.includes(notice.state)) {
    return refuse('GROUND_NOT_AVAILABLE', { state: notice.state });
  }
  return allow({
    state: notice.state,
    effect: {
      ground,
      writtenNoticeRequired: true,
      refundPence: notice.amountPaidPence ?? 0,
      proceedingsBarred: ['S444_1', 'S444_1A'],
      countsTowardsLimit: false,
    },
  });
}
