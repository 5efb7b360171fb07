import fc from 'fast-check';
import { addDays } from '../../core';
import { DEFAULT_PENALTY_NOTICE_SETTINGS } from './penalty-notice-settings';
import { penaltyNoticeRatesFor } from './penalty-notice-rates';
import { isPenaltyNoticeWorkingDay, penaltyNoticeReceivedOn } from './penalty-notice-receipt';
import { penaltyNoticeAmountPayable, penaltyNoticeTerms } from './penalty-notice-terms';

describe('penaltyNoticeReceivedOn', () => {
  it('a notice handed over is received that day', () => {
    expect(penaltyNoticeReceivedOn({ method: 'HAND', servedOn: '2025-10-03' })).toBe('2025-10-03');
  });

  it('a notice posted on a Friday is presumed received on the Tuesday (2nd working day)', () => {
    expect(penaltyNoticeReceivedOn({ method: 'POST', postedOn: '2025-10-03' })).toBe('2025-10-07');
  });

  it('skips the Christmas bank holidays and the weekend', () => {
    expect(penaltyNoticeReceivedOn({ method: 'POST', postedOn: '2025-12-24' })).toBe('2025-12-30');
  });

  it('uses the LA list of bank holidays and its number of working days when given', () => {
    const settings = { ...DEFAULT_PENALTY_NOTICE_SETTINGS, deemedReceiptWorkingDaysAfterPosting: 1 };
    expect(penaltyNoticeReceivedOn({ method: 'POST', postedOn: '2025-10-03' }, ['2025-10-06'], settings)).toBe('2025-10-07');
    expect(isPenaltyNoticeWorkingDay('2025-10-06', ['2025-10-06'])).toBe(false);
    expect(isPenaltyNoticeWorkingDay('2025-08-25')).toBe(false);
  });
});

describe('penaltyNoticeTerms', () => {
  it('a first notice: £80 within 21 days of receipt, £160 within 28, no proceedings until the 29th day', () => {
    expect(penaltyNoticeTerms({ offenceDate: '2025-09-26', receivedOn: '2025-10-07', noticeNumber: 1 })).toMatchObject({
      reducedAmountPence: 8000,
      reducedPayBy: '2025-10-28',
      fullAmountPence: 16000,
      payBy: '2025-11-04',
      proceedingsNotBefore: '2025-11-05',
    });
  });

  it('a second notice: £160 flat within 28 days, no reduced rate', () => {
    const terms = penaltyNoticeTerms({ offenceDate: '2025-09-26', receivedOn: '2025-10-07', noticeNumber: 2 });
    expect(terms).toMatchObject({ fullAmountPence: 16000, payBy: '2025-11-04', noticeNumber: 2 });
    expect(terms.reducedAmountPence).toBeUndefined();
    expect(penaltyNoticeAmountPayable(terms, '2025-10-08')).toEqual({ allowed: true, detail: { amountPence: 16000, rate: 'FULL', payBy: '2025-11-04' } });
  });

  it('an offence before 19 Aug 2024 follows the old rules (£60/£120, 21/28 days, no flat second-notice rate)', () => {
    const terms = penaltyNoticeTerms({ offenceDate: '2024-07-19', receivedOn: '2024-09-10', noticeNumber: 2 });
    expect(terms).toMatchObject({ reducedAmountPence: 6000, reducedPayBy: '2024-10-01', fullAmountPence: 12000, payBy: '2024-10-08' });
  });

  it('historic rates for migrated notices', () => {
    expect(penaltyNoticeRatesFor('2011-05-10')).toMatchObject({ reducedAmountPence: 5000, reducedPeriodDays: 28, fullAmountPence: 10000, fullPeriodDays: 42 });
    expect(penaltyNoticeRatesFor('2013-01-10')).toMatchObject({ reducedAmountPence: 6000, reducedPeriodDays: 28, fullAmountPence: 12000, fullPeriodDays: 42 });
    expect(penaltyNoticeRatesFor('2014-01-10')).toMatchObject({ reducedAmountPence: 6000, reducedPeriodDays: 21, fullAmountPence: 12000, fullPeriodDays: 28 });
    expect(penaltyNoticeRatesFor('2024-08-19')).toMatchObject({ reducedAmountPence: 8000, fullAmountPence: 16000 });
  });
});

describe('penaltyNoticeAmountPayable', () => {
  const terms = penaltyNoticeTerms({ offenceDate: '2025-09-26', receivedOn: '2025-10-07', noticeNumber: 1 });

  it('£80 on day 21, £160 on day 22 and day 28, no longer payable on day 29', () => {
    expect(penaltyNoticeAmountPayable(terms, '2025-10-28').detail?.amountPence).toBe(8000);
    expect(penaltyNoticeAmountPayable(terms, '2025-10-29').detail).toMatchObject({ amountPence: 16000, rate: 'FULL' });
    expect(penaltyNoticeAmountPayable(terms, '2025-11-04').detail?.amountPence).toBe(16000);
    expect(penaltyNoticeAmountPayable(terms, '2025-11-05')).toEqual({ allowed: false, reason: 'PAYMENT_PERIOD_ENDED', detail: { payBy: '2025-11-04' } });
  });

  it('property: the amount never goes down the later a parent pays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }).map((d) => addDays('2004-03-01', d)),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 0, max: 45 }),
        (offenceDate, noticeNumber, a, b) => {
          const t = penaltyNoticeTerms({ offenceDate, receivedOn: addDays(offenceDate, 10), noticeNumber });
          const [early, late] = [Math.min(a, b), Math.max(a, b)].map((d) => penaltyNoticeAmountPayable(t, addDays(t.receivedOn, d)));
          if (late.allowed) {
            expect(early.allowed).toBe(true);
            expect(late.detail?.amountPence).toBeGreaterThanOrEqual(early.detail?.amountPence as number);
          }
        },
      ),
    );
  });
});
