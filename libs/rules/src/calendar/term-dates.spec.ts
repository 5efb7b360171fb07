import fc from 'fast-check';
import { addDays, isWeekend, isoWeekday } from '../core';
import { academicYearEnd, academicYearStart } from './academic-year';
import { easterSunday } from './bank-holidays';
import { HALF_TERM_NAMES, countSchoolDays, halfTermOf, isSchoolDay, sessionsBetween } from './school-calendar';
import { TYPICAL_INSET_DAYS, TYPICAL_PUPIL_DAYS, termDatesFor, typicalSchoolCalendar } from './term-dates';

// Academic years whose one-off bank holidays fall in term time in this pattern, and the pupil days left:
// 2001/02 (Golden Jubilee, 4 June 2002), 2011/12 (Diamond Jubilee, 5 June 2012), 2022/23 (state funeral 19 Sep 2022
// and coronation 8 May 2023). DfE lowered the requirement in such years (The Key: 188 in 2022/23).
const SHORTENED_YEARS: Record<number, number> = { 2001: 189, 2011: 189, 2022: 188 };

describe('termDatesFor', () => {
  it('gives 2025/26 as a typical LA publishes it', () => {
    expect(termDatesFor(2025)).toEqual({
      academicYear: 2025,
      halfTerms: [
        { name: 'AUTUMN_1', start: '2025-09-01', end: '2025-10-24' },
        { name: 'AUTUMN_2', start: '2025-11-03', end: '2025-12-19' },
        { name: 'SPRING_1', start: '2026-01-05', end: '2026-02-13' },
        { name: 'SPRING_2', start: '2026-02-23', end: '2026-03-27' },
        { name: 'SUMMER_1', start: '2026-04-13', end: '2026-05-22' },
        { name: 'SUMMER_2', start: '2026-06-01', end: '2026-07-20' },
      ],
      insetDays: ['2025-09-01', '2025-09-02', '2026-01-05', '2026-04-13', '2026-06-01'],
    });
  });

  it('gives 2025/26 190 pupil days, 380 sessions', () => {
    const cal = typicalSchoolCalendar(2025);
    expect(countSchoolDays(cal, '2025-09-01', '2026-08-31')).toBe(TYPICAL_PUPIL_DAYS);
    expect(sessionsBetween(cal, '2025-09-01', '2026-08-31')).toHaveLength(380);
  });

  it('puts the Easter holidays round Easter and keeps Good Friday and Easter Monday out of term (2026)', () => {
    const cal = typicalSchoolCalendar(2025);
    expect(halfTermOf(cal, '2026-04-03')).toBeUndefined();
    expect(halfTermOf(cal, '2026-04-06')).toBeUndefined();
    expect(isSchoolDay(cal, '2026-03-27')).toBe(true);
  });

  it('loses the 2022 state funeral and the 2023 coronation from 2022/23, leaving 188 pupil days', () => {
    const cal = typicalSchoolCalendar(2022);
    expect(isSchoolDay(cal, '2022-09-19')).toBe(false);
    expect(isSchoolDay(cal, '2023-05-08')).toBe(false);
    expect(countSchoolDays(cal, academicYearStart(2022), academicYearEnd(2022))).toBe(188);
  });

  it('keeps the 2022 jubilee bank holidays inside the Whitsun half term, so 2021/22 has 190 pupil days', () => {
    const cal = typicalSchoolCalendar(2021);
    expect(halfTermOf(cal, '2022-06-02')).toBeUndefined();
    expect(halfTermOf(cal, '2022-06-03')).toBeUndefined();
    expect(countSchoolDays(cal, academicYearStart(2021), academicYearEnd(2021))).toBe(190);
  });

  it('covers several academic years when asked', () => {
    const cal = typicalSchoolCalendar(2024, 2026);
    expect(cal.halfTerms).toHaveLength(18);
    expect(cal.closures.filter((c) => c.kind === 'INSET')).toHaveLength(15);
    expect(typicalSchoolCalendar(2024).halfTerms).toHaveLength(6);
  });

  it('gives every year six half terms in order, 5 INSET days and 190 pupil days (fewer only when a one-off bank holiday falls in term)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1978, max: 2150 }), (year) => {
        const dates = termDatesFor(year);
        expect(dates.halfTerms.map((h) => h.name)).toEqual(HALF_TERM_NAMES);
        for (let i = 1; i < 6; i++) expect(dates.halfTerms[i].start > dates.halfTerms[i - 1].end).toBe(true);
        expect(dates.halfTerms.every((h) => isoWeekday(h.start) <= 3 && !isWeekend(h.end))).toBe(true);
        expect(dates.insetDays).toHaveLength(TYPICAL_INSET_DAYS);
        const summerEnd = dates.halfTerms[5].end;
        expect(summerEnd >= `${year + 1}-07-15` && summerEnd <= `${year + 1}-07-31`).toBe(true);

        const cal = typicalSchoolCalendar(year);
        const expected = SHORTENED_YEARS[year] ?? TYPICAL_PUPIL_DAYS;
        expect(countSchoolDays(cal, academicYearStart(year), academicYearEnd(year))).toBe(expected);
        const easter = easterSunday(year + 1);
        expect(halfTermOf(cal, addDays(easter, -2))).toBeUndefined();
        expect(halfTermOf(cal, addDays(easter, 1))).toBeUndefined();
        expect(halfTermOf(cal, `${year}-12-25`)).toBeUndefined();
        expect(halfTermOf(cal, `${year + 1}-01-01`)).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});
