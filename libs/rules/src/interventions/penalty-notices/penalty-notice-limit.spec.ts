import fc from 'fast-check';
import { LocalDate, addDays, addYears } from '../../core';
import { DEFAULT_PENALTY_NOTICE_SETTINGS } from './penalty-notice-settings';
import {
  PenaltyNoticeHistoryItem,
  isWithinPenaltyNoticeLimitPeriod,
  penaltyNoticeLimit,
  penaltyNoticeLimitPeriodEnds,
} from './penalty-notice-limit';

const issued = (id: string, issuedOn: LocalDate, state: PenaltyNoticeHistoryItem['state'] = 'PAID_FULL'): PenaltyNoticeHistoryItem => ({
  id,
  issuedOn,
  state,
});

describe('penaltyNoticeLimit', () => {
  const first = issued('pn-1', '2024-09-16');
  const second = issued('pn-2', '2025-03-10', 'UNPAID');

  it('a first notice is allowed as notice number 1', () => {
    expect(penaltyNoticeLimit([], '2024-09-16')).toMatchObject({ allowed: true, detail: { noticeNumber: 1, countingNotices: [] } });
  });

  it('a second notice within 3 years is allowed as notice number 2', () => {
    const result = penaltyNoticeLimit([first], '2025-03-10');
    expect(result).toMatchObject({ allowed: true, detail: { noticeNumber: 2, periodFrom: '2022-03-11', periodTo: '2025-03-10' } });
  });

  it('a third notice within 3 years is refused, with the date the limit lifts and other tools to consider', () => {
    const result = penaltyNoticeLimit([first, second], '2026-01-12');
    expect(result).toEqual({
      allowed: false,
      reason: 'LIMIT_REACHED_IN_3_YEARS',
      detail: {
        periodFrom: '2023-01-13',
        periodTo: '2026-01-12',
        countingNotices: [second, first],
        limitLiftsOn: '2027-09-16',
        alternatives: ['PROSECUTION', 'EDUCATION_SUPERVISION_ORDER', 'ATTENDANCE_CONTRACT', 'OTHER_LEGAL_INTERVENTION'],
      },
    });
  });

  it('is still refused on the last day of the 3 years and allowed again the day after', () => {
    expect(penaltyNoticeLimit([first, second], '2027-09-15').allowed).toBe(false);
    expect(penaltyNoticeLimit([first, second], '2027-09-16')).toMatchObject({ allowed: true, detail: { noticeNumber: 2, countingNotices: [second] } });
  });

  it('a withdrawn notice does not count', () => {
    const withdrawn = issued('pn-2', '2025-03-10', 'WITHDRAWN');
    expect(penaltyNoticeLimit([first, withdrawn], '2026-01-12')).toMatchObject({ allowed: true, detail: { noticeNumber: 2 } });
  });

  it('unpaid and prosecuted notices count', () => {
    const prosecuted = issued('pn-1', '2024-09-16', 'PROSECUTION_REFERRED');
    expect(penaltyNoticeLimit([prosecuted, second], '2026-01-12').allowed).toBe(false);
  });

  it('a notice issued before 19 Aug 2024 does not count, unless the LA setting says so', () => {
    const old = issued('pn-0', '2024-07-10');
    expect(penaltyNoticeLimit([old, second], '2026-01-12')).toMatchObject({ allowed: true, detail: { noticeNumber: 2 } });
    const settings = { ...DEFAULT_PENALTY_NOTICE_SETTINGS, countOnlyNoticesFromNationalFramework: false };
    expect(penaltyNoticeLimit([old, second], '2026-01-12', settings).allowed).toBe(false);
  });

  it('drafts and notices issued after the proposed date are ignored', () => {
    const draft: PenaltyNoticeHistoryItem = { id: 'd', state: 'DRAFT' };
    const later = issued('pn-9', '2026-05-01');
    expect(penaltyNoticeLimit([draft, first, later], '2026-01-12')).toMatchObject({ allowed: true, detail: { noticeNumber: 2 } });
  });

  it('a notice issued on 29 February leaves the period on 1 March three years later', () => {
    expect(penaltyNoticeLimitPeriodEnds('2028-02-29')).toBe('2031-03-01');
    expect(isWithinPenaltyNoticeLimitPeriod('2028-02-29', '2031-02-28')).toBe(true);
    expect(isWithinPenaltyNoticeLimitPeriod('2028-02-29', '2031-03-01')).toBe(false);
    expect(penaltyNoticeLimitPeriodEnds('2025-03-10')).toBe('2028-03-10');
  });

  const anyDate = fc.integer({ min: 0, max: 4000 }).map((d) => addDays('2024-08-19', d));

  it('property: a notice is in the period exactly from its issue date until the day before the limit lifts', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -10, max: 1200 }), (issuedOn, offset) => {
        const date = addDays(issuedOn, offset);
        const inPeriod = date >= issuedOn && date < penaltyNoticeLimitPeriodEnds(issuedOn);
        expect(isWithinPenaltyNoticeLimitPeriod(issuedOn, date)).toBe(inPeriod);
      }),
    );
  });

  it('property: issuing whenever allowed never puts a third counting notice in any 3-year period', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 400 }), withdraw: fc.boolean() }), { maxLength: 25 }),
        (proposals) => {
          const history: PenaltyNoticeHistoryItem[] = [];
          let date: LocalDate = '2024-08-19';
          proposals.forEach(({ gap, withdraw }, i) => {
            date = addDays(date, gap);
            if (penaltyNoticeLimit(history, date).allowed) history.push(issued(`pn-${i}`, date, withdraw ? 'WITHDRAWN' : 'UNPAID'));
          });
          const counting = history.filter((n) => n.state !== 'WITHDRAWN');
          for (const n of counting) {
            const end = addDays(addYears(n.issuedOn as LocalDate, 3), 5);
            for (let d = n.issuedOn as LocalDate; d <= end; d = addDays(d, 30)) {
              expect(counting.filter((m) => isWithinPenaltyNoticeLimitPeriod(m.issuedOn as LocalDate, d)).length).toBeLessThanOrEqual(2);
            }
          }
        },
      ),
    );
  });
});
