import fc from 'fast-check';
import { addDays, eachDay, isoWeekday, sessionOrdinal, weekStart } from '../core';
import { academicYearStart } from './academic-year';
import { ClosureInput, buildSchoolCalendar, withClosures } from './build-school-calendar';
import {
  CALENDAR_QUESTIONS_BEFORE_INDEX,
  SchoolCalendar,
  addSchoolDays,
  calendarEnd,
  calendarStart,
  closureFor,
  countSchoolDays,
  halfTermOf,
  isCalendarBankHoliday,
  isSchoolDay,
  isSchoolWeek,
  lastSchoolWeeks,
  scheduledSessionsOn,
  schoolDaysBetween,
  schoolWeeksBetween,
  sessionsBetween,
  sessionsOn,
} from './school-calendar';
import { termDatesFor, typicalSchoolCalendar } from './term-dates';

// 2025/26 as a typical LA publishes it: INSET 1–2 Sep, 5 Jan, 13 Apr, 1 Jun.
const cal2025 = typicalSchoolCalendar(2025);

describe('school days and sessions', () => {
  it('counts a term-time weekday as a school day with both sessions', () => {
    expect(isSchoolDay(cal2025, '2025-09-08')).toBe(true);
    expect(sessionsOn(cal2025, '2025-09-08')).toEqual(['AM', 'PM']);
  });

  it('does not count weekends, half-term holidays, INSET days or bank holidays', () => {
    expect(isSchoolDay(cal2025, '2025-09-06')).toBe(false);
    expect(isSchoolDay(cal2025, '2025-10-29')).toBe(false);
    expect(isSchoolDay(cal2025, '2025-09-01')).toBe(false);
    expect(isSchoolDay(cal2025, '2026-05-04')).toBe(false);
    expect(sessionsOn(cal2025, '2026-05-04')).toEqual([]);
  });

  it('finds the half term a date is in, and none in the holidays', () => {
    expect(halfTermOf(cal2025, '2025-11-12')).toEqual({ name: 'AUTUMN_2', academicYear: 2025, start: '2025-11-03', end: '2025-12-19' });
    expect(halfTermOf(cal2025, '2025-12-25')).toBeUndefined();
  });

  it('holds only the afternoon when the morning is closed, and still calls it a school day', () => {
    const cal = withClosures(cal2025, [{ start: '2025-11-12', kind: 'PLANNED_CLOSURE', sessions: 'AM', description: 'polling station' }]);
    expect(sessionsOn(cal, '2025-11-12')).toEqual(['PM']);
    expect(isSchoolDay(cal, '2025-11-12')).toBe(true);
    expect(closureFor(cal, '2025-11-12', 'AM')?.description).toBe('polling station');
    expect(closureFor(cal, '2025-11-12', 'PM')).toBeUndefined();
  });

  it('treats a morning closure and an afternoon closure on the same day as a whole-day closure', () => {
    const cal = withClosures(cal2025, [
      { start: '2025-11-12', kind: 'PLANNED_CLOSURE', sessions: 'AM' },
      { start: '2025-11-12', kind: 'UNPLANNED_CLOSURE', sessions: 'PM' },
    ]);
    expect(isSchoolDay(cal, '2025-11-12')).toBe(false);
  });

  it('keeps a snow day as a scheduled session (code Y4) but not a held one', () => {
    const cal = withClosures(cal2025, [{ start: '2026-01-20', end: '2026-01-21', kind: 'UNPLANNED_CLOSURE' }]);
    expect(scheduledSessionsOn(cal, '2026-01-21')).toEqual(['AM', 'PM']);
    expect(sessionsOn(cal, '2026-01-21')).toEqual([]);
    expect(closureFor(cal, '2026-01-21', 'PM')?.kind).toBe('UNPLANNED_CLOSURE');
  });

  it('counts 4 school days in the week of the early May bank holiday', () => {
    expect(countSchoolDays(cal2025, '2026-05-04', '2026-05-10')).toBe(4);
    expect(schoolDaysBetween(cal2025, '2026-05-04', '2026-05-10')).toEqual(['2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08']);
  });

  it('lists sessions in order, skipping a closed morning', () => {
    const cal = withClosures(cal2025, [{ start: '2025-11-13', kind: 'INSET', sessions: 'AM' }]);
    expect(sessionsBetween(cal, '2025-11-12', '2025-11-14')).toEqual([
      { date: '2025-11-12', session: 'AM' },
      { date: '2025-11-12', session: 'PM' },
      { date: '2025-11-13', session: 'PM' },
      { date: '2025-11-14', session: 'AM' },
      { date: '2025-11-14', session: 'PM' },
    ]);
  });

  it('uses a calendar\'s own bank-holiday list when it has one', () => {
    const cal: SchoolCalendar = { ...cal2025, bankHolidays: ['2025-09-10'] };
    expect(isCalendarBankHoliday(cal, '2025-09-10')).toBe(true);
    expect(isSchoolDay(cal, '2025-09-10')).toBe(false);
    expect(isSchoolDay(cal, '2026-05-04')).toBe(true);
  });
});

describe('addSchoolDays', () => {
  it('gives the 5th school day after Thursday 23 October as Thursday 6 November, across half term', () => {
    expect(addSchoolDays(cal2025, '2025-10-23', 5)).toBe('2025-11-06');
  });

  it('skips the Christmas holiday and the INSET day on 5 January', () => {
    expect(addSchoolDays(cal2025, '2025-12-19', 1)).toBe('2026-01-06');
  });

  it('counts from a holiday date to the first school day after it', () => {
    expect(addSchoolDays(cal2025, '2025-10-29', 1)).toBe('2025-11-03');
  });

  it('refuses a count below 1 or a fraction', () => {
    expect(() => addSchoolDays(cal2025, '2025-10-23', 0)).toThrow(RangeError);
    expect(() => addSchoolDays(cal2025, '2025-10-23', 1.5)).toThrow(RangeError);
  });

  it('says so when the calendar ends before the answer', () => {
    expect(() => addSchoolDays(cal2025, '2026-07-15', 20)).toThrow(/calendar ends/);
    expect(() => addSchoolDays({ halfTerms: [], closures: [] }, '2026-07-15', 1)).toThrow(/calendar ends/);
  });
});

describe('school weeks', () => {
  it('does not count the October half-term week', () => {
    expect(schoolWeeksBetween(cal2025, '2025-10-20', '2025-11-09')).toEqual(['2025-10-20', '2025-11-03']);
    expect(isSchoolWeek(cal2025, '2025-10-29')).toBe(false);
  });

  it('counts a week with a single session as a school week', () => {
    const cal = buildSchoolCalendar({
      academicYear: 2025,
      halfTerms: [{ name: 'AUTUMN_1', start: '2025-09-01', end: '2025-09-12' }],
      closures: [
        { start: '2025-09-01', kind: 'INSET', sessions: 'PM' },
        { start: '2025-09-02', end: '2025-09-12', kind: 'PLANNED_CLOSURE' },
      ],
    });
    expect(isSchoolWeek(cal, '2025-09-08')).toBe(false);
    expect(schoolWeeksBetween(cal, '2025-08-25', '2025-09-30')).toEqual(['2025-09-01']);
    expect(sessionsBetween(cal, '2025-08-25', '2025-09-30')).toEqual([{ date: '2025-09-01', session: 'AM' }]);
  });

  it('only counts weeks with a session inside the range asked about', () => {
    expect(schoolWeeksBetween(cal2025, '2025-10-25', '2025-11-02')).toEqual([]);
  });

  it('reaches back across the Christmas holiday for a 10-school-week window ending 14 January 2026', () => {
    expect(lastSchoolWeeks(cal2025, '2026-01-14', 10)).toEqual([
      '2025-10-20', '2025-11-03', '2025-11-10', '2025-11-17', '2025-11-24',
      '2025-12-01', '2025-12-08', '2025-12-15', '2026-01-05', '2026-01-12',
    ]);
  });

  it('spans the summer holiday into the previous academic year', () => {
    const cal = typicalSchoolCalendar(2024, 2025);
    const weeks = lastSchoolWeeks(cal, '2025-09-10', 10);
    expect(weeks).toHaveLength(10);
    expect(weeks.slice(-2)).toEqual(['2025-09-01', '2025-09-08']);
    expect(weeks[weeks.length - 3]).toBe('2025-07-21');
    expect(weeks[0]).toBe('2025-06-02');
  });

  it('does not count the week of `endingOn` when it is a holiday week', () => {
    const weeks = lastSchoolWeeks(cal2025, '2025-12-31', 2);
    expect(weeks).toEqual(['2025-12-08', '2025-12-15']);
  });

  it('returns fewer weeks than asked when the calendar starts too late, and none for an empty calendar', () => {
    expect(lastSchoolWeeks(cal2025, '2025-09-20', 10)).toEqual(['2025-09-01', '2025-09-08', '2025-09-15']);
    expect(lastSchoolWeeks({ halfTerms: [], closures: [] }, '2025-09-20', 10)).toEqual([]);
    expect(lastSchoolWeeks(cal2025, '2025-09-20', 0)).toEqual([]);
    expect(() => lastSchoolWeeks(cal2025, '2025-09-20', -1)).toThrow(RangeError);
  });

  it('knows where a calendar starts and ends', () => {
    expect(calendarStart(cal2025)).toBe('2025-09-01');
    expect(calendarEnd(cal2025)).toBe(termDatesFor(2025).halfTerms[5].end);
    expect(calendarStart({ halfTerms: [], closures: [] })).toBeUndefined();
  });
});

// Random calendars: two typical years with random closures of any kind.
const closureArb = fc.record({
  offset: fc.integer({ min: 0, max: 700 }),
  length: fc.integer({ min: 0, max: 6 }),
  kind: fc.constantFrom('INSET' as const, 'PLANNED_CLOSURE' as const, 'UNPLANNED_CLOSURE' as const),
  sessions: fc.constantFrom('AM' as const, 'PM' as const, 'BOTH' as const),
});
const calendarArb = fc
  .record({ year: fc.integer({ min: 2015, max: 2035 }), closures: fc.array(closureArb, { maxLength: 8 }) })
  .map(({ year, closures }) => {
    const start = academicYearStart(year);
    const inputs: ClosureInput[] = closures.map((c) => ({
      start: addDays(start, c.offset),
      end: addDays(start, c.offset + c.length),
      kind: c.kind,
      sessions: c.sessions,
    }));
    return { year, cal: withClosures(typicalSchoolCalendar(year, year + 1), inputs) };
  });
const dayIn = (year: number, offset: number) => addDays(academicYearStart(year), offset - 20);

describe('school calendar invariants', () => {
  it('counting school days is additive over adjacent ranges', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(760), fc.nat(200), fc.nat(200), ({ year, cal }, a, len1, len2) => {
        const from = dayIn(year, a);
        const mid = addDays(from, len1);
        const to = addDays(mid, len2 + 1);
        expect(countSchoolDays(cal, from, mid) + countSchoolDays(cal, addDays(mid, 1), to)).toBe(countSchoolDays(cal, from, to));
      }),
    );
  });

  it('the n-th school day after a date is a school day with exactly n school days up to it', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(500), fc.integer({ min: 1, max: 40 }), ({ year, cal }, a, n) => {
        const from = dayIn(year, a);
        const result = addSchoolDays(cal, from, n);
        expect(isSchoolDay(cal, result)).toBe(true);
        expect(countSchoolDays(cal, addDays(from, 1), result)).toBe(n);
      }),
    );
  });

  it('every session listed is on a school day, in strictly increasing order, and matches sessionsOn', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(760), fc.nat(120), ({ year, cal }, a, len) => {
        const from = dayIn(year, a);
        const to = addDays(from, len);
        const sessions = sessionsBetween(cal, from, to);
        expect(sessions.every((s) => isSchoolDay(cal, s.date) && sessionsOn(cal, s.date).includes(s.session))).toBe(true);
        for (let i = 1; i < sessions.length; i++) expect(sessionOrdinal(sessions[i])).toBeGreaterThan(sessionOrdinal(sessions[i - 1]));
        const total = eachDay(from, to).reduce((sum, d) => sum + sessionsOn(cal, d).length, 0);
        expect(sessions).toHaveLength(total);
      }),
    );
  });

  it('a school day is a weekday with at least one held session, and held sessions were scheduled', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(760), ({ year, cal }, a) => {
        const date = dayIn(year, a);
        const held = sessionsOn(cal, date);
        expect(isSchoolDay(cal, date)).toBe(held.length > 0);
        expect(held.every((s) => scheduledSessionsOn(cal, date).includes(s))).toBe(true);
        if (held.length > 0) expect(isoWeekday(date)).toBeLessThan(6);
      }),
    );
  });

  it('school weeks between two dates are Mondays of school weeks, one per week that holds a school day in the range', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(760), fc.nat(150), ({ year, cal }, a, len) => {
        const from = dayIn(year, a);
        const to = addDays(from, len);
        const weeks = schoolWeeksBetween(cal, from, to);
        const expected = [...new Set(schoolDaysBetween(cal, from, to).map(weekStart))];
        expect(weeks).toEqual(expected);
        expect(weeks.every((w) => isoWeekday(w) === 1 && isSchoolWeek(cal, w))).toBe(true);
      }),
    );
  });

  it('moving a Monday-to-Sunday range on by a week changes nothing when the week it leaves and the week it gains are holidays', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(), fc.nat(), ({ cal }, i, j) => {
        const first = weekStart(calendarStart(cal) as string);
        const holidays: string[] = [];
        for (let m = first; m <= (calendarEnd(cal) as string); m = addDays(m, 7)) if (!isSchoolWeek(cal, m)) holidays.push(m);
        const a = holidays[i % holidays.length];
        const b = holidays[j % holidays.length];
        const [from, gained] = a <= b ? [a, b] : [b, a];
        if (from === gained) return;
        const to = addDays(gained, -1);
        expect(schoolWeeksBetween(cal, addDays(from, 7), addDays(to, 7))).toEqual(schoolWeeksBetween(cal, from, to));
        expect(schoolWeeksBetween(cal, from, addDays(to, 7))).toEqual(schoolWeeksBetween(cal, from, to));
      }),
    );
  });

  it('the last n school weeks are school weeks in order, end no later than the week of the date, and skip no school week', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(760), fc.integer({ min: 1, max: 15 }), ({ year, cal }, a, n) => {
        const endingOn = dayIn(year, a);
        const weeks = lastSchoolWeeks(cal, endingOn, n);
        expect(weeks.length).toBeLessThanOrEqual(n);
        expect(weeks.every((w) => isSchoolWeek(cal, w) && w <= weekStart(endingOn))).toBe(true);
        if (weeks.length > 0) {
          expect(schoolWeeksBetween(cal, weeks[0], addDays(weekStart(endingOn), 6))).toEqual(weeks);
        }
        if (weeks.length < n) {
          expect(schoolWeeksBetween(cal, addDays(calendarStart(cal) as string, -7), addDays(weekStart(endingOn), 6))).toEqual(weeks);
        }
      }),
    );
  });
});

// Once a calendar has been asked enough questions its days are worked out once and answered from there.
describe('a calendar asked many questions', () => {
  /** The sessions held on a date, straight from the definition. */
  const heldByDefinition = (cal: SchoolCalendar, date: string) => scheduledSessionsOn(cal, date).filter((s) => !closureFor(cal, date, s));
  const warm = (cal: SchoolCalendar): SchoolCalendar => {
    for (let i = 0; i <= CALENDAR_QUESTIONS_BEFORE_INDEX; i++) isSchoolDay(cal, '2025-09-08');
    return cal;
  };

  it('answers every question as the definitions do, before and after its days are worked out', () => {
    fc.assert(
      fc.property(calendarArb, fc.nat(760), fc.nat(120), ({ year, cal }, a, len) => {
        const from = dayIn(year, a);
        const to = addDays(from, len);
        const days = eachDay(from, to);
        const expected = {
          sessions: days.map((d) => heldByDefinition(cal, d)),
          schoolDays: days.filter((d) => heldByDefinition(cal, d).length > 0),
        };
        const weeks = [...new Set(expected.schoolDays.map(weekStart))];
        // A fresh copy for every question is never asked enough to be worked out; the warmed one always is.
        const cold = (): SchoolCalendar => structuredClone(cal);
        const warmed = warm(structuredClone(cal));
        for (const asked of [cold, () => warmed]) {
          expect(days.map((d) => sessionsOn(asked(), d))).toEqual(expected.sessions);
          expect(days.filter((d) => isSchoolDay(asked(), d))).toEqual(expected.schoolDays);
          expect(schoolDaysBetween(asked(), from, to)).toEqual(expected.schoolDays);
          expect(countSchoolDays(asked(), from, to)).toBe(expected.schoolDays.length);
          expect(schoolWeeksBetween(asked(), from, to)).toEqual(weeks);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('answers for dates before and after its terms, for a range the wrong way round, and for an empty calendar', () => {
    const cal = warm(typicalSchoolCalendar(2025));
    expect(sessionsOn(cal, '2025-08-20')).toEqual([]);
    expect(isSchoolDay(cal, '2026-08-03')).toBe(false);
    expect(countSchoolDays(cal, '2025-08-01', '2025-09-05')).toBe(countSchoolDays(typicalSchoolCalendar(2025), '2025-09-01', '2025-09-05'));
    expect(schoolDaysBetween(cal, '2025-09-12', '2025-09-08')).toEqual([]);
    expect(countSchoolDays(cal, '2025-09-12', '2025-09-08')).toBe(0);
    const empty = warm({ halfTerms: [], closures: [] });
    expect(schoolDaysBetween(empty, '2025-09-01', '2025-09-30')).toEqual([]);
    expect(countSchoolDays(empty, '2025-09-01', '2025-09-30')).toBe(0);
  });

  it('reads a date written out of the usual form, or a calendar whose dates are, exactly as the definitions do', () => {
    const cal = warm(typicalSchoolCalendar(2025));
    // 31 September is no date: the definitions read it partly as text and partly by its day count (1 October).
    expect(sessionsOn(cal, '2025-09-31')).toEqual(heldByDefinition(cal, '2025-09-31'));
    expect(sessionsOn(cal, '2026-08-32')).toEqual(heldByDefinition(cal, '2026-08-32'));
    const odd: SchoolCalendar = {
      halfTerms: [{ name: 'AUTUMN_1', academicYear: 2025, start: '2025-09-01', end: '2025-09-31' }],
      closures: [],
    };
    warm(odd);
    const days = eachDay('2025-08-28', '2025-10-03');
    expect(days.map((d) => sessionsOn(odd, d))).toEqual(days.map((d) => heldByDefinition(odd, d)));
    expect(schoolDaysBetween(odd, '2025-08-28', '2025-10-03')).toEqual(days.filter((d) => heldByDefinition(odd, d).length > 0));
    expect(countSchoolDays(odd, '2025-08-28', '2025-10-03')).toBe(days.filter((d) => heldByDefinition(odd, d).length > 0).length);
    expect(schoolWeeksBetween(odd, '2025-08-28', '2025-10-03')).toEqual(['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22', '2025-09-29']);
  });
});
