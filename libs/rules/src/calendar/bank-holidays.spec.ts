import fc from 'fast-check';
import { isWeekend, isoWeekday } from '../core';
import {
  ENGLAND_AND_WALES_BANK_HOLIDAY_CHANGES,
  easterSunday,
  englandAndWalesBankHolidays,
  isEnglandAndWalesBankHoliday,
  usualEnglandAndWalesBankHolidays,
} from './bank-holidays';

const yearsWithChanges = new Set(ENGLAND_AND_WALES_BANK_HOLIDAY_CHANGES.map((c) => c.year));

describe('englandAndWalesBankHolidays', () => {
  it('gives the 2026 bank holidays listed in the domain reference, with Boxing Day moved to Monday 28 December', () => {
    expect(englandAndWalesBankHolidays(2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });

  it('gives the 2025 bank holidays published on gov.uk', () => {
    expect(englandAndWalesBankHolidays(2025)).toEqual([
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    ]);
  });

  it('moves Christmas Day to Monday 27 December and Boxing Day to Tuesday 28 December when both fall at the weekend (2021)', () => {
    expect(englandAndWalesBankHolidays(2021)).toEqual([
      '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
    ]);
  });

  it('moves New Year\'s Day to Monday 2 January when it falls on a Sunday (2023) and adds the coronation on 8 May', () => {
    expect(englandAndWalesBankHolidays(2023)).toEqual([
      '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
    ]);
  });

  it('uses a Tuesday substitute for Christmas Day when it falls on a Sunday (2022), with the jubilee and state funeral changes', () => {
    expect(englandAndWalesBankHolidays(2022)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19',
      '2022-12-26', '2022-12-27',
    ]);
  });

  it('moves the 2020 early May bank holiday to Friday 8 May for VE Day', () => {
    const days = englandAndWalesBankHolidays(2020);
    expect(days).toContain('2020-05-08');
    expect(days).not.toContain('2020-05-04');
    expect(days).toHaveLength(8);
  });

  it('knows the 2012 Diamond Jubilee and the 2011 royal wedding', () => {
    expect(englandAndWalesBankHolidays(2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(englandAndWalesBankHolidays(2012)).not.toContain('2012-05-28');
    expect(englandAndWalesBankHolidays(2011)).toContain('2011-04-29');
  });

  it('returns a fresh list each time, so a caller cannot change the cached one', () => {
    const first = englandAndWalesBankHolidays(2030);
    first.push('2030-07-01');
    expect(englandAndWalesBankHolidays(2030)).toHaveLength(8);
  });

  it('has 8 bank holidays, all on weekdays and in date order, in any year without a one-off change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1978, max: 2200 }).filter((y) => !yearsWithChanges.has(y)), (year) => {
        const days = englandAndWalesBankHolidays(year);
        expect(days).toHaveLength(8);
        expect(new Set(days).size).toBe(8);
        expect(days.every((d) => !isWeekend(d) && d.startsWith(String(year)))).toBe(true);
        expect([...days].sort()).toEqual(days);
      }),
    );
  });

  it('puts the spring and summer bank holidays on the last Monday of May and August, and early May on the first Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1978, max: 2200 }), (year) => {
        const [, , , earlyMay, spring, summer] = usualEnglandAndWalesBankHolidays(year);
        expect(isoWeekday(earlyMay)).toBe(1);
        expect(earlyMay.slice(5, 7) === '05' && Number(earlyMay.slice(8)) <= 7).toBe(true);
        expect(isoWeekday(spring)).toBe(1);
        expect(spring.slice(5, 7) === '05' && Number(spring.slice(8)) >= 25).toBe(true);
        expect(isoWeekday(summer)).toBe(1);
        expect(summer.slice(5, 7) === '08' && Number(summer.slice(8)) >= 25).toBe(true);
      }),
    );
  });
});

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('isEnglandAndWalesBankHoliday', () => {
  it('says Good Friday 2026 is a bank holiday and the day before is not', () => {
    expect(isEnglandAndWalesBankHoliday('2026-04-03')).toBe(true);
    expect(isEnglandAndWalesBankHoliday('2026-04-02')).toBe(false);
  });
});
