import { allow, refuse } from '../../core';
import { PENALTY_NOTICE_TRANSITIONS, PenaltyNotice, penaltyNoticeTransition } from './penalty-notice';
import { penaltyNoticeNonPayment } from './penalty-notice-non-payment';
import { penaltyNoticeWithdrawal } from './penalty-notice-withdrawal';
import { penaltyNoticeRecipients } from './penalty-notice-recipients';

const draft: PenaltyNotice = { id: 'pn-1', parentId: 'mum', childId: 'amy', state: 'DRAFT', offenceDate: '2025-09-26' };

function issued(noticeNumber = 1): PenaltyNotice {
  const result = penaltyNoticeTransition(draft, { type: 'ISSUE', on: '2025-10-03', receivedOn: '2025-10-07', eligibility: allow({ noticeNumber }) });
  if (!result.allowed) throw new Error('expected issue');
  return result.next;
}

function after(notice: PenaltyNotice, ...events: Parameters<typeof penaltyNoticeTransition>[1][]): PenaltyNotice {
  return events.reduce((n, e) => {
    const r = penaltyNoticeTransition(n, e);
    if (!r.allowed) throw new Error(`refused ${e.type}: ${r.reason}`);
    return r.next;
  }, notice);
}

describe('penaltyNoticeTransition', () => {
  it('issuing sets the terms from the receipt date and notice number', () => {
    expect(issued()).toMatchObject({ state: 'ISSUED', issuedOn: '2025-10-03', terms: { reducedPayBy: '2025-10-28', payBy: '2025-11-04' } });
    expect(issued(2).terms).toMatchObject({ fullAmountPence: 16000, noticeNumber: 2 });
  });

  it('an eligibility decision without a notice number is treated as a first notice', () => {
    const r = penaltyNoticeTransition(draft, { type: 'ISSUE', on: '2025-10-03', receivedOn: '2025-10-03', eligibility: allow() });
    expect(r).toMatchObject({ allowed: true, next: { terms: { noticeNumber: 1, reducedAmountPence: 8000, reducedPayBy: '2025-10-24' } } });
  });

  it('an ineligible notice cannot be issued', () => {
    const r = penaltyNoticeTransition(draft, { type: 'ISSUE', on: '2025-10-03', receivedOn: '2025-10-07', eligibility: refuse('LIMIT_REACHED_IN_3_YEARS', {}) });
    expect(r).toMatchObject({ allowed: false, reason: 'NOT_ELIGIBLE' });
  });

  it('a notice cannot be received before it is issued', () => {
    const r = penaltyNoticeTransition(draft, { type: 'ISSUE', on: '2025-10-03', receivedOn: '2025-10-02', eligibility: allow({}) });
    expect(r).toMatchObject({ allowed: false, reason: 'RECEIVED_BEFORE_ISSUE' });
  });

  it('£80 paid by day 21 is PAID_REDUCED; £160 on day 28 is PAID_FULL', () => {
    expect(after(issued(), { type: 'RECORD_PAYMENT', on: '2025-10-28', amountPence: 8000 })).toMatchObject({ state: 'PAID_REDUCED', amountPaidPence: 8000 });
    expect(after(issued(), { type: 'RECORD_PAYMENT', on: '2025-11-04', amountPence: 16000 }).state).toBe('PAID_FULL');
  });

  it('refuses £80 after day 21, and any payment after day 28', () => {
    expect(penaltyNoticeTransition(issued(), { type: 'RECORD_PAYMENT', on: '2025-10-29', amountPence: 8000 })).toMatchObject({
      reason: 'AMOUNT_TOO_LOW',
      detail: { duePence: 16000 },
    });
    expect(penaltyNoticeTransition(issued(), { type: 'RECORD_PAYMENT', on: '2025-11-05', amountPence: 16000 })).toMatchObject({ reason: 'PAYMENT_PERIOD_ENDED' });
  });

  it('a notice is unpaid only once the 28 days are over', () => {
    expect(penaltyNoticeTransition(issued(), { type: 'RECORD_NON_PAYMENT', on: '2025-11-04' })).toMatchObject({ reason: 'PAYMENT_PERIOD_RUNNING' });
    expect(after(issued(), { type: 'RECORD_NON_PAYMENT', on: '2025-11-05' }).state).toBe('UNPAID');
  });

  it('an unpaid notice is referred for prosecution within 6 months of the offence, not after', () => {
    const unpaid = after(issued(), { type: 'RECORD_NON_PAYMENT', on: '2025-11-05' });
    expect(after(unpaid, { type: 'REFER_FOR_PROSECUTION', on: '2026-03-26' }).state).toBe('PROSECUTION_REFERRED');
    expect(penaltyNoticeTransition(unpaid, { type: 'REFER_FOR_PROSECUTION', on: '2026-03-27' })).toMatchObject({
      reason: 'OUT_OF_TIME_FOR_PROSECUTION',
      detail: { lastDayToLay: '2026-03-26' },
    });
  });

  it('deciding not to prosecute means withdrawing; that ground is not available before non-payment', () => {
    const unpaid = after(issued(), { type: 'RECORD_NON_PAYMENT', on: '2025-11-05' });
    expect(after(unpaid, { type: 'WITHDRAW', on: '2025-11-10', ground: 'DECIDED_NOT_TO_PROSECUTE' })).toMatchObject({
      state: 'WITHDRAWN',
      withdrawal: { proceedingsBarred: ['S444_1', 'S444_1A'], refundPence: 0 },
    });
    expect(penaltyNoticeTransition(issued(), { type: 'WITHDRAW', on: '2025-10-10', ground: 'DECIDED_NOT_TO_PROSECUTE' })).toMatchObject({
      reason: 'GROUND_NOT_AVAILABLE',
    });
  });

  it('withdrawing a paid notice issued to the wrong person refunds the payment', () => {
    const paid = after(issued(), { type: 'RECORD_PAYMENT', on: '2025-10-10', amountPence: 8000 });
    expect(after(paid, { type: 'WITHDRAW', on: '2025-10-20', ground: 'ISSUED_TO_WRONG_PERSON' }).withdrawal).toEqual({
      ground: 'ISSUED_TO_WRONG_PERSON',
      writtenNoticeRequired: true,
      refundPence: 8000,
      proceedingsBarred: ['S444_1', 'S444_1A'],
      countsTowardsLimit: false,
    });
  });

  it('refuses events the state does not accept', () => {
    expect(penaltyNoticeTransition(draft, { type: 'RECORD_PAYMENT', on: '2025-10-10', amountPence: 8000 })).toEqual({
      allowed: false,
      reason: 'TRANSITION_NOT_ALLOWED',
      detail: { from: 'DRAFT', event: 'RECORD_PAYMENT' },
    });
    expect(PENALTY_NOTICE_TRANSITIONS.WITHDRAWN).toEqual([]);
  });
});

describe('penaltyNoticeWithdrawal', () => {
  it('a draft or a withdrawn notice cannot be withdrawn', () => {
    expect(penaltyNoticeWithdrawal({ state: 'DRAFT' }, 'MATERIAL_ERROR')).toMatchObject({ reason: 'NOT_WITHDRAWABLE_IN_STATE' });
    expect(penaltyNoticeWithdrawal({ state: 'ISSUED' }, 'MATERIAL_ERROR')).toMatchObject({ allowed: true, detail: { effect: { refundPence: 0 } } });
  });
});

describe('penaltyNoticeNonPayment', () => {
  it('after 28 days the LA must prosecute the original offence or withdraw', () => {
    expect(penaltyNoticeNonPayment(issued(), '2025-11-04')).toMatchObject({ reason: 'PAYMENT_PERIOD_RUNNING' });
    expect(penaltyNoticeNonPayment(issued(), '2025-11-05')).toEqual({
      allowed: true,
      detail: { payBy: '2025-11-04', options: ['PROSECUTE_ORIGINAL_OFFENCE', 'WITHDRAW'], mustWithdrawIfNotProsecuting: true, prosecuteBy: '2026-03-26' },
    });
    expect(penaltyNoticeNonPayment(draft, '2025-11-05')).toMatchObject({ reason: 'NOT_AWAITING_PAYMENT' });
  });
});

describe('penaltyNoticeRecipients', () => {
  it('2 parents × 2 children = 4 notices', () => {
    const parents = [
      { parentId: 'mum', basis: 'NATURAL_PARENT' as const, liable: true },
      { parentId: 'dad', basis: 'PARENTAL_RESPONSIBILITY' as const, liable: true },
    ];
    const result = penaltyNoticeRecipients([
      { childId: 'amy', parents },
      { childId: 'ben', parents: [...parents, parents[0]] },
    ]);
    expect(result.notices).toHaveLength(4);
    expect(result.notices).toContainEqual({ parentId: 'dad', childId: 'ben' });
  });

  it('no notice to someone who is not a parent under s576, or whom the LA judges not liable', () => {
    const result = penaltyNoticeRecipients([
      {
        childId: 'amy',
        parents: [
          { parentId: 'gran', basis: 'DAY_TO_DAY_CARE', liable: true },
          { parentId: 'neighbour', basis: 'NONE', liable: true },
          { parentId: 'dad', basis: 'NATURAL_PARENT', liable: false },
        ],
      },
    ]);
    expect(result.notices).toEqual([{ parentId: 'gran', childId: 'amy' }]);
    expect(result.notIssued).toEqual([
      { parentId: 'neighbour', childId: 'amy', reason: 'NOT_A_PARENT_UNDER_S576' },
      { parentId: 'dad', childId: 'amy', reason: 'NOT_LIABLE' },
    ]);
  });
});
