import { SchoolYearDates, buildSchoolCalendar, withClosures } from './build-school-calendar';
import { countSchoolDays, isSchoolDay, sessionsOn } from './school-calendar';

const autumn2025: SchoolYearDates = {
  academicYear: 2025,
  halfTerms: [
    { name: 'AUTUMN_2', start: '2025-11-03', end: '2025-12-19' },
    { name: 'AUTUMN_1', start: '2025-09-03', end: '2025-10-24' },
  ],
  insetDays: ['2025-11-03'],
  closures: [
    { start: '2025-12-19', kind: 'PLANNED_CLOSURE', sessions: 'PM', description: 'early finish for Christmas' },
    { start: '2025-10-16', end: '2025-10-17', kind: 'PLANNED_CLOSURE' },
  ],
};

describe('buildSchoolCalendar', () => {
  it('builds a calendar from published term dates, sorting half terms and closures by date', () => {
    const cal = buildSchoolCalendar(autumn2025);
    expect(cal.halfTerms.map((h) => h.name)).toEqual(['AUTUMN_1', 'AUTUMN_2']);
    expect(cal.halfTerms[0]).toEqual({ name: 'AUTUMN_1', academicYear: 2025, start: '2025-09-03', end: '2025-10-24' });
    expect(cal.closures).toEqual([
      { start: '2025-10-16', end: '2025-10-17', kind: 'PLANNED_CLOSURE', sessions: 'BOTH' },
      { start: '2025-11-03', end: '2025-11-03', kind: 'INSET', sessions: 'BOTH' },
      { start: '2025-12-19', end: '2025-12-19', kind: 'PLANNED_CLOSURE', sessions: 'PM', description: 'early finish for Christmas' },
    ]);
    expect(cal.bankHolidays).toBeUndefined();
  });

  it('applies INSET days and closures to school days and sessions', () => {
    const cal = buildSchoolCalendar(autumn2025);
    expect(isSchoolDay(cal, '2025-11-03')).toBe(false);
    expect(isSchoolDay(cal, '2025-10-16')).toBe(false);
    expect(sessionsOn(cal, '2025-12-19')).toEqual(['AM']);
    expect(countSchoolDays(cal, '2025-09-01', '2025-12-31')).toBe(38 + 34 - 2);
  });

  it('joins several academic years into one calendar', () => {
    const cal = buildSchoolCalendar([
      autumn2025,
      { academicYear: 2024, halfTerms: [{ name: 'SUMMER_2', start: '2025-06-02', end: '2025-07-22' }] },
    ]);
    expect(cal.halfTerms.map((h) => `${h.academicYear} ${h.name}`)).toEqual(['2024 SUMMER_2', '2025 AUTUMN_1', '2025 AUTUMN_2']);
  });

  it('takes a bank-holiday list when given one', () => {
    const cal = buildSchoolCalendar(autumn2025, { bankHolidays: ['2025-12-01', '2025-09-15'] });
    expect(cal.bankHolidays).toEqual(['2025-09-15', '2025-12-01']);
    expect(isSchoolDay(cal, '2025-09-15')).toBe(false);
  });

  it('rejects a half term that ends before it starts', () => {
    expect(() =>
      buildSchoolCalendar({ academicYear: 2025, halfTerms: [{ name: 'AUTUMN_1', start: '2025-10-24', end: '2025-09-03' }] }),
    ).toThrow('AUTUMN_1 ends (2025-09-03) before it starts (2025-10-24)');
  });

  it('rejects overlapping half terms, including across academic years', () => {
    expect(() =>
      buildSchoolCalendar({
        academicYear: 2025,
        halfTerms: [
          { name: 'AUTUMN_1', start: '2025-09-03', end: '2025-10-24' },
          { name: 'AUTUMN_2', start: '2025-10-20', end: '2025-12-19' },
        ],
      }),
    ).toThrow('2025 AUTUMN_2 starts (2025-10-20) before 2025 AUTUMN_1 ends (2025-10-24)');
    expect(() =>
      buildSchoolCalendar([
        { academicYear: 2025, halfTerms: [{ name: 'AUTUMN_1', start: '2025-08-28', end: '2025-10-24' }] },
        { academicYear: 2024, halfTerms: [{ name: 'SUMMER_2', start: '2025-06-02', end: '2025-08-29' }] },
      ]),
    ).toThrow('2025 AUTUMN_1 starts (2025-08-28) before 2024 SUMMER_2 ends (2025-08-29)');
  });

  it('rejects a half term named twice, an unknown name, or one outside its school year', () => {
    expect(() =>
      buildSchoolCalendar({
        academicYear: 2025,
        halfTerms: [
          { name: 'AUTUMN_1', start: '2025-09-03', end: '2025-10-24' },
          { name: 'AUTUMN_1', start: '2025-11-03', end: '2025-12-19' },
        ],
      }),
    ).toThrow('AUTUMN_1 appears twice in 2025');
    expect(() =>
      buildSchoolCalendar({ academicYear: 2025, halfTerms: [{ name: 'WINTER' as never, start: '2025-09-03', end: '2025-10-24' }] }),
    ).toThrow('"WINTER" is not a half-term name');
    expect(() =>
      buildSchoolCalendar({ academicYear: 2024, halfTerms: [{ name: 'AUTUMN_1', start: '2025-09-03', end: '2025-10-24' }] }),
    ).toThrow(/outside the school year 2024-08-01 to 2025-08-31/);
  });

  it('rejects dates that are not real calendar dates', () => {
    expect(() =>
      buildSchoolCalendar({ academicYear: 2025, halfTerms: [{ name: 'AUTUMN_1', start: '2025-09-31', end: '2025-10-24' }] }),
    ).toThrow(RangeError);
  });

  it('rejects an INSET day outside term time or at a weekend', () => {
    expect(() => buildSchoolCalendar({ ...autumn2025, insetDays: ['2025-10-29'] })).toThrow(
      'INSET day 2025-10-29 is not a weekday in a half term',
    );
    expect(() => buildSchoolCalendar({ ...autumn2025, insetDays: ['2025-09-06'] })).toThrow(/not a weekday/);
  });

  it('rejects a closure that ends before it starts', () => {
    expect(() =>
      buildSchoolCalendar({ ...autumn2025, closures: [{ start: '2025-10-16', end: '2025-10-15', kind: 'PLANNED_CLOSURE' }] }),
    ).toThrow('a closure ends (2025-10-15) before it starts (2025-10-16)');
  });
});

describe('withClosures', () => {
  it('adds an unplanned closure to an existing calendar without changing the original', () => {
    const cal = buildSchoolCalendar(autumn2025);
    const snowy = withClosures(cal, [{ start: '2025-12-01', kind: 'UNPLANNED_CLOSURE', description: 'snow' }]);
    expect(isSchoolDay(snowy, '2025-12-01')).toBe(false);
    expect(isSchoolDay(cal, '2025-12-01')).toBe(true);
    expect(snowy.closures.map((c) => c.start)).toEqual(['2025-10-16', '2025-11-03', '2025-12-01', '2025-12-19']);
  });
});
