import fc from 'fast-check';
import { addDays, weekStart } from '@rollcall/rules';
import { WeekRange, weeksInOneOnly, yearSummaryWeeks } from './dashboard-from-year-summaries';

describe('yearSummaryWeeks', () => {
  it('counts a week in the academic year its Sunday falls in', () => {
    // 1 September 2025 is a Monday; 1 September 2026 a Tuesday, so the week of 31 August 2026 is 2026/27's first.
    expect(yearSummaryWeeks(2025)).toEqual({ first: '2025-09-01', last: '2026-08-24' });
    expect(yearSummaryWeeks(2026)).toEqual({ first: '2026-08-31', last: '2027-08-23' });
  });

  it('gives years that follow on from each other, week by week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        expect(yearSummaryWeeks(year + 1).first).toBe(addDays(yearSummaryWeeks(year).last, 7));
      }),
    );
  });
});

describe('weeksInOneOnly', () => {
  const mondays = fc.integer({ min: 0, max: 120 }).map((w) => addDays('2025-01-06', w * 7));
  const range = fc.tuple(mondays, mondays).map(([a, b]): WeekRange => (a <= b ? { first: a, last: b } : { first: b, last: a }));
  const weeksOf = (r: WeekRange): string[] => {
    const weeks: string[] = [];
    for (let w = r.first; w <= r.last; w = addDays(w, 7)) weeks.push(w);
    return weeks;
  };

  it('is empty for the same weeks, and splits a period around the year', () => {
    expect(weeksInOneOnly({ first: '2025-09-01', last: '2026-08-24' }, { first: '2025-09-01', last: '2026-08-24' })).toEqual([]);
    expect(weeksInOneOnly({ first: '2025-09-01', last: '2026-07-20' }, { first: '2025-09-01', last: '2026-08-24' })).toEqual([{ first: '2026-07-27', last: '2026-08-24' }]);
    expect(weeksInOneOnly({ first: '2025-08-04', last: '2026-08-31' }, { first: '2025-09-01', last: '2026-08-24' })).toEqual([
      { first: '2025-08-04', last: '2025-08-25' },
      { first: '2026-08-31', last: '2026-08-31' },
    ]);
  });

  it('gives exactly the weeks in one range and not the other', () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        const inA = new Set(weeksOf(a));
        const inB = new Set(weeksOf(b));
        const expected = [...new Set([...inA, ...inB])].filter((w) => inA.has(w) !== inB.has(w)).sort();
        const actual = weeksInOneOnly(a, b).flatMap(weeksOf).sort();
        expect(actual).toEqual(expected);
        for (const r of weeksInOneOnly(a, b)) expect(weekStart(r.first)).toBe(r.first);
      }),
    );
  });
});
