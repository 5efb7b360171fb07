import fc from 'fast-check';
import { addDays, eachDay } from '../core';
import { buildSchoolCalendar, withClosures } from './build-school-calendar';
import { mergeCalendars } from './merge-calendars';
import { SchoolCalendar, isSchoolWeek, lastSchoolWeeks, schoolWeeksBetween, sessionsOn } from './school-calendar';
import { typicalSchoolCalendar } from './term-dates';

// School B has its October half term a week earlier than school A and an INSET day on 10 November.
const schoolA = typicalSchoolCalendar(2025);
const schoolB = buildSchoolCalendar({
  academicYear: 2025,
  halfTerms: [
    { name: 'AUTUMN_1', start: '2025-09-03', end: '2025-10-17' },
    { name: 'AUTUMN_2', start: '2025-10-27', end: '2025-12-19' },
  ],
  insetDays: ['2025-11-10'],
  closures: [{ start: '2025-11-11', kind: 'PLANNED_CLOSURE', sessions: 'PM' }],
});

describe('mergeCalendars', () => {
  it('counts a week as a school week when it is one at either school', () => {
    const merged = mergeCalendars([schoolA, schoolB]);
    expect(isSchoolWeek(schoolA, '2025-10-20')).toBe(true);
    expect(isSchoolWeek(schoolB, '2025-10-20')).toBe(false);
    expect(isSchoolWeek(schoolA, '2025-10-27')).toBe(false);
    expect(isSchoolWeek(schoolB, '2025-10-27')).toBe(true);
    expect(schoolWeeksBetween(merged, '2025-10-13', '2025-11-09')).toEqual(['2025-10-13', '2025-10-20', '2025-10-27', '2025-11-03']);
  });

  it('holds a session when either school holds it', () => {
    const merged = mergeCalendars([schoolA, schoolB]);
    expect(sessionsOn(merged, '2025-11-10')).toEqual(['AM', 'PM']);
    expect(sessionsOn(merged, '2025-09-01')).toEqual([]);
    expect(sessionsOn(merged, '2025-09-03')).toEqual(['AM', 'PM']);
  });

  it('keeps a closure only where every school is closed, with the closing school\'s kind', () => {
    const both = withClosures(schoolA, [{ start: '2025-11-11', kind: 'UNPLANNED_CLOSURE', sessions: 'BOTH' }]);
    const merged = mergeCalendars([both, schoolB]);
    expect(sessionsOn(merged, '2025-11-11')).toEqual(['AM']);
    expect(merged.closures).toEqual(
      expect.arrayContaining([
        { start: '2025-09-01', end: '2025-09-02', kind: 'INSET', sessions: 'BOTH', description: 'closed at every school' },
        { start: '2025-11-11', end: '2025-11-11', kind: 'UNPLANNED_CLOSURE', sessions: 'PM', description: 'closed at every school' },
      ]),
    );
  });

  it('spans a move between schools in a 10-school-week window', () => {
    const merged = mergeCalendars([schoolA, schoolB]);
    expect(lastSchoolWeeks(merged, '2025-11-12', 10)).toHaveLength(10);
    expect(lastSchoolWeeks(merged, '2025-11-12', 10)[0]).toBe('2025-09-08');
  });

  it('returns the only calendar unchanged, and an empty calendar for none', () => {
    expect(mergeCalendars([schoolA])).toBe(schoolA);
    expect(mergeCalendars([])).toEqual({ halfTerms: [], closures: [] });
  });

  it('keeps the default bank holidays when no school has its own list, and intersects the lists otherwise', () => {
    expect(mergeCalendars([schoolA, schoolB]).bankHolidays).toBeUndefined();
    const own: SchoolCalendar = { ...schoolB, bankHolidays: ['2025-11-10', '2025-12-25'] };
    const merged = mergeCalendars([schoolA, own]);
    expect(merged.bankHolidays).toEqual(['2025-12-25']);
    expect(sessionsOn(merged, '2025-11-10')).toEqual(['AM', 'PM']);
  });

  it('marks a day closed when one school has a bank holiday and the other is on holiday', () => {
    const own: SchoolCalendar = { ...schoolA, bankHolidays: ['2025-10-20'] };
    const merged = mergeCalendars([own, schoolB]);
    expect(sessionsOn(merged, '2025-10-20')).toEqual([]);
    expect(sessionsOn(merged, '2025-10-21')).toEqual(['AM', 'PM']);
    expect(merged.closures.find((c) => c.start === '2025-10-20')).toMatchObject({ end: '2025-10-20', kind: 'PLANNED_CLOSURE', sessions: 'BOTH' });
  });

  it('holds exactly the sessions held at any of the schools, for random calendars', () => {
    const base = typicalSchoolCalendar(2021, 2022);
    const shiftBy = (cal: SchoolCalendar, days: number): SchoolCalendar => ({
      halfTerms: cal.halfTerms.map((h) => ({ ...h, start: addDays(h.start, days), end: addDays(h.end, days) })),
      closures: cal.closures.map((c) => ({ ...c, start: addDays(c.start, days), end: addDays(c.end, days) })),
    });
    const closureArb = fc.record({
      offset: fc.nat(600),
      length: fc.nat(3),
      kind: fc.constantFrom('INSET' as const, 'PLANNED_CLOSURE' as const, 'UNPLANNED_CLOSURE' as const),
      sessions: fc.constantFrom('AM' as const, 'PM' as const, 'BOTH' as const),
    });
    const schoolArb = fc
      .record({ weeks: fc.integer({ min: -2, max: 2 }), closures: fc.array(closureArb, { maxLength: 5 }), ownBankHolidays: fc.boolean() })
      .map(({ weeks, closures, ownBankHolidays }) => {
        const cal = withClosures(
          shiftBy(base, weeks * 7),
          closures.map((c) => ({ ...c, start: addDays('2021-09-01', c.offset), end: addDays('2021-09-01', c.offset + c.length) })),
        );
        return ownBankHolidays ? { ...cal, bankHolidays: ['2021-12-27', '2022-03-01', '2022-05-02', '2022-11-14'] } : cal;
      });
    fc.assert(
      fc.property(fc.array(schoolArb, { minLength: 2, maxLength: 3 }), fc.nat(650), (schools, probe) => {
        const merged = mergeCalendars(schools);
        const start = addDays('2021-08-16', probe);
        for (const date of eachDay(start, addDays(start, 20))) {
          const expected = (['AM', 'PM'] as const).filter((s) => schools.some((c) => sessionsOn(c, date).includes(s)));
          expect(sessionsOn(merged, date)).toEqual(expected);
        }
      }),
      { numRuns: 50 },
    );
  });
});
