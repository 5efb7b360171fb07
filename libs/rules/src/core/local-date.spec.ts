import fc from 'fast-check';
import { addMonths, ageOn, daysInMonth, fromEpochDay, isLocalDate, isoWeekday, localDate, toEpochDay, weekStart } from './local-date';

describe('calendar dates', () => {
  it('counts days from 1 January 1970 with no time-zone drift', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2026-03-27')).toBe(20539);
    expect(fromEpochDay(20539)).toBe('2026-03-27');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('agrees with the JavaScript calendar for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(day)).toBe(expected);
        expect(toEpochDay(expected)).toBe(day);
        const jsDay = new Date(day * 86_400_000).getUTCDay();
        expect(isoWeekday(expected)).toBe(jsDay === 0 ? 7 : jsDay);
      }),
    );
  });

  it('knows leap years and month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
  });

  it('normalises overflowing months and days like Date.UTC', () => {
    expect(localDate(2026, 13, 1)).toBe('2027-01-01');
    expect(localDate(2026, 3, 0)).toBe('2026-02-28');
  });

  it('adds months by clamping to the end of a shorter month', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('finds the Monday of the week and ages on birthdays', () => {
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(ageOn('2019-02-10', '2024-02-09')).toBe(4);
    expect(ageOn('2019-02-10', '2024-02-10')).toBe(5);
  });

  it('refuses text that is not a date', () => {
    expect(() => toEpochDay('27/03/2026')).toThrow('is not a calendar date in the form YYYY-MM-DD');
    expect(() => toEpochDay('2026-xx-01')).toThrow('is not a calendar date');
  });
});
