import { Decision, LocalDate, refuse } from '../../core';
import { InterventionTransition, TransitionNotAllowed, moveTo, transitionNotAllowed } from '../intervention-transition';
import { prosecutionTimeLimit } from '../prosecutions/prosecution-time-limit';
import { PenaltyNoticeTerms, penaltyNoticeAmountPayable, penaltyNoticeTerms } from './penalty-notice-terms';
import { PenaltyNoticeWithdrawalEffect, PenaltyNoticeWithdrawalGround, penaltyNoticeWithdrawal } from './penalty-notice-withdrawal';

export type PenaltyNoticeState = 'DRAFT' | 'ISSUED' | 'PAID_REDUCED' | 'PAID_FULL' | 'UNPAID' | 'PROSECUTION_REFERRED' | 'WITHDRAWN';

/** One notice to one parent for one child (2 parents × 2 children = 4 notices). */
export interface PenaltyNotice {
  readonly id: string;
  readonly parentId: string;
  readonly childId: string;
  readonly state: PenaltyNoticeState;
  /** The last day of the absence the notice covers. */
  readonly offenceDate: LocalDate;
  readonly issuedOn?: LocalDate;
  readonly terms?: PenaltyNoticeTerms;
  readonly paidOn?: LocalDate;
  readonly amountPaidPence?: number;
  readonly unpaidOn?: LocalDate;
  readonly prosecutionReferredOn?: LocalDate;
  readonly withdrawnOn?: LocalDate;
  readonly withdrawal?: PenaltyNoticeWithdrawalEffect;
}

export type PenaltyNoticeEvent =
  /** `eligibility` is the result of `penaltyNoticeEligibility`; its detail gives the notice number (1 or 2). */
  | { readonly type: 'ISSUE'; readonly on: LocalDate; readonly receivedOn: LocalDate; readonly eligibility: Decision<string, { readonly noticeNumber?: number }> }
  | { readonly type: 'RECORD_PAYMENT'; readonly on: LocalDate; readonly amountPence: number }
  | { readonly type: 'RECORD_NON_PAYMENT'; readonly on: LocalDate }
  | { readonly type: 'REFER_FOR_PROSECUTION'; readonly on: LocalDate }
  | { readonly type: 'WITHDRAW'; readonly on: LocalDate; readonly ground: PenaltyNoticeWithdrawalGround };

export type PenaltyNoticeTransitionReason =
  | TransitionNotAllowed
  | 'NOT_ELIGIBLE'
  | 'RECEIVED_BEFORE_ISSUE'
  | 'PAYMENT_PERIOD_ENDED'
  | 'AMOUNT_TOO_LOW'
  | 'PAYMENT_PERIOD_RUNNING'
  | 'OUT_OF_TIME_FOR_PROSECUTION'
  | 'GROUND_NOT_AVAILABLE';

/** The events each state accepts: DRAFT → ISSUED → PAID_REDUCED / PAID_FULL / UNPAID → PROSECUTION_REFERRED / WITHDRAWN. */
export const PENALTY_NOTICE_TRANSITIONS: Readonly<Record<PenaltyNoticeState, readonly PenaltyNoticeEvent['type'][]>> = {
  DRAFT: ['ISSUE'],
  ISSUED: ['RECORD_PAYMENT', 'RECORD_NON_PAYMENT', 'WITHDRAW'],
  PAID_REDUCED: ['WITHDRAW'],
  PAID_FULL: ['WITHDRAW'],
  UNPAID: ['REFER_FOR_PROSECUTION', 'WITHDRAW'],
  PROSECUTION_REFERRED: ['WITHDRAW'],
  WITHDRAWN: [],
};

type Result = InterventionTransition<PenaltyNoticeTransitionReason, PenaltyNotice>;

function issue(notice: PenaltyNotice, event: Extract<PenaltyNoticeEvent, { type: 'ISSUE' }>): Result {
  if (!event.eligibility.allowed) return refuse('NOT_ELIGIBLE', { eligibility: event.eligibility });
  if (event.receivedOn < event.on) return refuse('RECEIVED_BEFORE_ISSUE', { issuedOn: event.on, receivedOn: event.receivedOn });
  const terms = penaltyNoticeTerms({
    offenceDate: notice.offenceDate,
    receivedOn: event.receivedOn,
    noticeNumber: event.eligibility.detail?.noticeNumber ?? 1,
  });
  return moveTo({ ...notice, state: 'ISSUED', issuedOn: event.on, terms });
}

function recordPayment(notice: PenaltyNotice, terms: PenaltyNoticeTerms, on: LocalDate, amountPence: number): Result {
  const payable = penaltyNoticeAmountPayable(terms, on);
  if (!payable.allowed) return refuse('PAYMENT_PERIOD_ENDED', { payBy: terms.payBy, paidOn: on });
  const due = payable.detail?.amountPence ?? terms.fullAmountPence;
  if (amountPence < due) return refuse('AMOUNT_TOO_LOW', { amountPence, duePence: due });
  const state = payable.detail?.rate === 'REDUCED' ? 'PAID_REDUCED' : 'PAID_FULL';
  return moveTo({ ...notice, state, paidOn: on, amountPaidPence: amountPence });
}

// domain §5; SI 2007/1867 regs 4, 8, 9: the life of a penalty notice, each change guarded by a decision
export function penaltyNoticeTransition(notice: PenaltyNotice, event: PenaltyNoticeEvent): Result {
  if (!PENALTY_NOTICE_TRANSITIONS[notice.state].includes(event.type)) return transitionNotAllowed(notice.state, event.type);
  const terms = notice.terms as PenaltyNoticeTerms;
  switch (event.type) {
    case 'ISSUE':
      return issue(notice, event);
    case 'RECORD_PAYMENT':
      return recordPayment(notice, terms, event.on, event.amountPence);
    case 'RECORD_NON_PAYMENT':
      if (event.on <= terms.payBy) return refuse('PAYMENT_PERIOD_RUNNING', { payBy: terms.payBy });
      return moveTo({ ...notice, state: 'UNPAID', unpaidOn: event.on });
    case 'REFER_FOR_PROSECUTION': {
      const inTime = prosecutionTimeLimit(notice.offenceDate, event.on);
      if (!inTime.allowed) return refuse('OUT_OF_TIME_FOR_PROSECUTION', { ...inTime.detail });
      return moveTo({ ...notice, state: 'PROSECUTION_REFERRED', prosecutionReferredOn: event.on });
    }
    case 'WITHDRAW': {
      const withdrawal = penaltyNoticeWithdrawal(notice, event.ground);
      if (!withdrawal.allowed) return refuse('GROUND_NOT_AVAILABLE', { state: notice.state, ground: event.ground });
      return moveTo({ ...notice, state: 'WITHDRAWN', withdrawnOn: event.on, withdrawal: withdrawal.detail?.effect });
    }
  }
}
