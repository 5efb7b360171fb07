import { PenaltyNotice, PenaltyNoticeEvent, PenaltyNoticeWithdrawalGround, penaltyNoticeTransition } from '@rollcall/rules';
import { StepContext, StepOutcome, allowedOrRefuse, detailsAfter, recordOf } from './step-context';

// domain §5; SI 2007/1867 regs 4, 8, 9: payment, non-payment, referral and withdrawal, each decided by `penaltyNoticeTransition`
export async function penaltyNoticeStep(ctx: StepContext<'PENALTY_NOTICE'>): Promise<StepOutcome> {
  const { intervention, occurredOn: on, data } = ctx;
  const notice = recordOf<PenaltyNotice>(intervention);
  let event: PenaltyNoticeEvent;
  switch (ctx.action) {
    case 'RECORD_PAYMENT':
      event = { type: 'RECORD_PAYMENT', on, amountPence: data['amountPence'] as number };
      break;
    case 'WITHDRAW':
      event = { type: 'WITHDRAW', on, ground: data['ground'] as PenaltyNoticeWithdrawalGround };
      break;
    default:
      event = { type: ctx.action as 'RECORD_NON_PAYMENT' | 'REFER_FOR_PROSECUTION', on };
  }
  const { next, detail } = allowedOrRefuse(penaltyNoticeTransition(notice, event));
  const outcome: StepOutcome = { state: next.state, details: detailsAfter(intervention.details, next), detail };
  if (event.type === 'RECORD_PAYMENT') {
    const reference = data['reference'] as string | undefined;
    return { ...outcome, payment: { amountPence: event.amountPence, paidOn: on, ...(reference ? { reference } : {}) } };
  }
  return event.type === 'WITHDRAW' ? { ...outcome, reason: event.ground, detail: next.withdrawal } : outcome;
}
