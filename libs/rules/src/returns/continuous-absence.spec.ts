import fc from 'fast-check';
import { addDays, isWeekend } from '../core';
import { HalfTerm, SchoolCalendar } from '../calendar';
import { Mark, UNAUTHORISED_CODES } from '../codes';
import { TEST_CALENDAR_2025 } from '../register/test-calendar.fixture';
import { continuousAbsenceRuns } from './continuous-absence';
import { marksFor } from './test-marks.fixture';

const cal = TEST_CALENDAR_2025;

describe('continuousAbsenceRuns', () => {
  it('a run from Monday 20 October to Friday 7 November spans October half term and counts 10 school days', () => {
    const marks = [...marksFor(cal, '2025-10-20', '2025-11-07', 'O'), ...marksFor(cal, '2025-11-10', '2025-11-10', '/')];
    expect(continuousAbsenceRuns(marks, cal, UNAUTHORISED_CODES, '2025-10-01', '2025-11-14')).toEqual([
      { start: '2025-10-20', end: '2025-11-07', schoolDays: 10, unmarkedSessions: [], ongoing: false },
    ]);
  });

  it('a day with one U session and one present session breaks the run', () => {
    const marks: Mark[] = [
      ...marksFor(cal, '2025-09-15', '2025-09-17', 'G'),
      { date: '2025-09-18', session: 'AM', code: 'U' },
      { date: '2025-09-18', session: 'PM', code: '\\' },
      ...marksFor(cal, '2025-09-19', '2025-09-19', 'N'),
    ];
    expect(continuousAbsenceRuns(marks, cal, UNAUTHORISED_CODES, '2025-09-15', '2025-09-19').map((r) => [r.start, r.schoolDays, r.ongoing])).toEqual([
      ['2025-09-15', 3, false],
      ['2025-09-19', 1, true],
    ]);
  });

  it('a day with U in both sessions counts as a day of absence without leave', () => {
    const marks = [...marksFor(cal, '2025-09-15', '2025-09-16', 'U')];
    expect(continuousAbsenceRuns(marks, cal, UNAUTHORISED_CODES, '2025-09-15', '2025-09-16')[0].schoolDays).toBe(2);
  });

  it('an authorised absence (I) ends the run', () => {
    const marks = [...marksFor(cal, '2025-09-15', '2025-09-15', 'O'), ...marksFor(cal, '2025-09-16', '2025-09-16', 'I'), ...marksFor(cal, '2025-09-17', '2025-09-17', 'O')];
    expect(continuousAbsenceRuns(marks, cal, UNAUTHORISED_CODES, '2025-09-15', '2025-09-17')).toHaveLength(2);
  });

  it('the Christmas early finish (# in the afternoon) and the snow day (Y4) neither count nor break the run', () => {
    const marks = [
      ...marksFor(cal, '2025-12-17', '2025-12-19', 'O'),
      { date: '2025-12-19', session: 'PM' as const, code: '#' as const },
      ...marksFor(cal, '2026-01-05', '2026-01-09', 'O'),
      { date: '2026-01-08', session: 'AM' as const, code: 'Y4' as const },
      { date: '2026-01-08', session: 'PM' as const, code: 'Y4' as const },
    ];
    expect(continuousAbsenceRuns(marks, cal, UNAUTHORISED_CODES, '2025-12-15', '2026-01-09')).toEqual([
      { start: '2025-12-17', end: '2026-01-09', schoolDays: 7, unmarkedSessions: [], ongoing: true },
    ]);
  });

  it('unmarked sessions inside a run neither count nor break it, and are listed', () => {
    const marks = [...marksFor(cal, '2025-09-15', '2025-09-15', 'O'), { date: '2025-09-16', session: 'AM' as const, code: 'O' as const }, ...marksFor(cal, '2025-09-18', '2025-09-18', 'O')];
    const [run] = continuousAbsenceRuns(marks, cal, UNAUTHORISED_CODES, '2025-09-15', '2025-09-19');
    expect(run).toEqual({
      start: '2025-09-15',
      end: '2025-09-18',
      schoolDays: 3,
      unmarkedSessions: [
        { date: '2025-09-16', session: 'PM' },
        { date: '2025-09-17', session: 'AM' },
        { date: '2025-09-17', session: 'PM' },
      ],
      ongoing: true,
    });
  });
});

/** A calendar of weekdays from 1 Sep 2025 with no bank holidays, with holiday weeks inserted before the given school-day indexes. */
function calendarWithHolidays(schoolDays: number, holidaysBefore: ReadonlyMap<number, number>): { cal: SchoolCalendar; days: string[] } {
  const days: string[] = [];
  const halfTerms: HalfTerm[] = [];
  let date = '2025-09-01';
  let termStart = date;
  for (let i = 0; i < schoolDays; i++) {
    const weeks = holidaysBefore.get(i) ?? 0;
    if (weeks > 0 && i > 0) {
      halfTerms.push({ name: 'AUTUMN_1', academicYear: 2025, start: termStart, end: addDays(date, -1) });
      date = addDays(date, 7 * weeks);
      termStart = date;
    }
    while (isWeekend(date)) date = addDays(date, 1);
    days.push(date);
    date = addDays(date, 1);
  }
  halfTerms.push({ name: 'AUTUMN_1', academicYear: 2025, start: termStart, end: addDays(date, -1) });
  return { cal: { halfTerms, closures: [], bankHolidays: [] }, days };
}

describe('continuity properties', () => {
  it('inserting holiday weeks between school days never changes the runs counted', () => {
    const dayKind = fc.constantFrom('ABSENT', 'PRESENT', 'MIXED', 'CLOSED') as fc.Arbitrary<'ABSENT' | 'PRESENT' | 'MIXED' | 'CLOSED'>;
    fc.assert(
      fc.property(
        fc.array(dayKind, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 39 }), fc.integer({ min: 1, max: 3 })), { maxLength: 4 }),
        (kinds, holidays) => {
          const toMarks = (days: string[]): Mark[] =>
            days.flatMap((date, i): Mark[] => {
              const kind = kinds[i];
              if (kind === 'ABSENT') return [{ date, session: 'AM', code: 'O' }, { date, session: 'PM', code: 'G' }];
              if (kind === 'PRESENT') return [{ date, session: 'AM', code: '/' }, { date, session: 'PM', code: '\\' }];
              if (kind === 'MIXED') return [{ date, session: 'AM', code: 'U' }, { date, session: 'PM', code: '\\' }];
              return [{ date, session: 'AM', code: '#' }, { date, session: 'PM', code: '#' }];
            });
          const plain = calendarWithHolidays(kinds.length, new Map());
          const withBreaks = calendarWithHolidays(kinds.length, new Map(holidays));
          const count = (c: { cal: SchoolCalendar; days: string[] }) =>
            continuousAbsenceRuns(toMarks(c.days), c.cal, UNAUTHORISED_CODES, c.days[0], c.days[c.days.length - 1]).map((r) => r.schoolDays);
          expect(count(withBreaks)).toEqual(count(plain));
        },
      ),
    );
  });
});
