import fc from 'fast-check';
import { addDays } from '../core';
import { Mark } from '../codes';
import { schoolDaysBetween, typicalSchoolCalendar } from '../calendar';
import { eachSchoolDay } from './each-school-day';

const calendar = typicalSchoolCalendar(2025);

function visits(marks: readonly Mark[], from: string, to: string): [string, Mark[]][] {
  const seen: [string, Mark[]][] = [];
  eachSchoolDay(marks, calendar, from, to, (date, dayMarks, start, end) => seen.push([date, dayMarks.slice(start, end)]));
  return seen;
}

describe('eachSchoolDay', () => {
  it('visits every school day in the range, in order, with that day’s marks', () => {
    const marks: Mark[] = [
      { date: '2025-09-05', session: 'AM', code: '/' },
      { date: '2025-09-06', session: 'AM', code: '/' },
      { date: '2025-09-08', session: 'AM', code: 'I' },
      { date: '2025-09-08', session: 'PM', code: 'I' },
    ];
    const seen = visits(marks, '2025-09-05', '2025-09-09');
    expect(seen.map(([date]) => date)).toEqual(['2025-09-05', '2025-09-08', '2025-09-09']);
    expect(seen.map(([, day]) => day.length)).toEqual([1, 2, 0]);
  });

  it('sees the same marks, in the order given, whether or not the marks are in date order', () => {
    const markArb = fc.record({
      date: fc.integer({ min: 0, max: 40 }).map((d) => addDays('2025-09-01', d)),
      session: fc.constantFrom('AM' as const, 'PM' as const),
      code: fc.constantFrom('/' as const, 'I' as const, 'O' as const),
    });
    fc.assert(
      fc.property(fc.array(markArb, { maxLength: 60 }), (marks) => {
        const sorted = [...marks].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const from = '2025-09-01';
        const to = '2025-10-10';
        const expected = schoolDaysBetween(calendar, from, to).map((date) => [date, marks.filter((m) => m.date === date)]);
        expect(visits(marks, from, to)).toEqual(expected);
        expect(visits(sorted, from, to)).toEqual(expected.map(([date]) => [date, sorted.filter((m) => m.date === date)]));
      }),
      { numRuns: 200 },
    );
  });
});
