import fc from 'fast-check';
import { LocalDate, Session, addDays, fromEpochDay, toEpochDay } from '../../core';
import { AttendanceCode, Mark } from '../../codes';
import { buildSchoolCalendar, termDatesFor, typicalSchoolCalendar } from '../../calendar';
import { DEFAULT_PENALTY_NOTICE_SETTINGS } from './penalty-notice-settings';
import { penaltyNoticeSchoolWeeks, penaltyNoticeThreshold } from './penalty-notice-threshold';

const mark = (date: LocalDate, session: Session = 'AM', code: AttendanceCode = 'U'): Mark => ({ date, session, code });
const both = (date: LocalDate, code: AttendanceCode = 'U'): Mark[] => [mark(date, 'AM', code), mark(date, 'PM', code)];

const cal2025 = typicalSchoolCalendar(2025);
const autumn2025 = penaltyNoticeSchoolWeeks([{ calendar: cal2025, from: '2025-09-01', to: '2025-12-19' }]);

describe('penaltyNoticeThreshold', () => {
  // Autumn 2025 school weeks from 8 Sep: 08, 15, 22, 29 Sep, 06, 13, 20 Oct, (27 Oct half term), 03, 10, 17 Nov
  const tenWeeks = ['2025-09-08', '2025-09-15', '2025-09-22', '2025-09-29', '2025-10-06', '2025-10-13', '2025-10-20', '2025-11-03', '2025-11-10', '2025-11-17'];

  it('exactly 10 unauthorised sessions in 10 school weeks meets the threshold', () => {
    const marks = tenWeeks.map((monday) => mark(addDays(monday, 1)));
    const result = penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-11-21' });
    expect(result).toMatchObject({
      met: true,
      sessionCount: 10,
      thresholdSessions: 10,
      firstWeek: '2025-09-08',
      lastWeek: '2025-11-17',
      schoolWeeksInWindow: 10,
      firstMetOn: '2025-11-18',
    });
  });

  it('9 unauthorised sessions in 10 school weeks does not meet it', () => {
    const marks = tenWeeks.slice(1).map((monday) => mark(addDays(monday, 1)));
    const result = penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-11-21' });
    expect(result.met).toBe(false);
    expect(result.sessionCount).toBe(9);
    expect(result.firstMetOn).toBeUndefined();
  });

  it('a session that has dropped out of the rolling window no longer counts', () => {
    const marks = tenWeeks.map((monday) => mark(addDays(monday, 1)));
    const result = penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-11-24' });
    expect(result).toMatchObject({ met: false, sessionCount: 9, firstWeek: '2025-09-15', lastWeek: '2025-11-24' });
    expect(result.firstMetOn).toBe('2025-11-18');
  });

  it('the window skips a half-term holiday week (it is not a school week)', () => {
    // 15 Sep … 24 Nov is 11 calendar weeks but only 10 school weeks, because of half term (27 Oct).
    const marks = [...both('2025-09-15'), ...both('2025-09-16'), mark('2025-09-17'), ...both('2025-11-24'), ...both('2025-11-25'), mark('2025-11-26')];
    const result = penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-11-28' });
    expect(result).toMatchObject({ met: true, sessionCount: 10, firstWeek: '2025-09-15', lastWeek: '2025-11-24', firstMetOn: '2025-11-26' });
  });

  it('the window spans the summer holiday and a new school year', () => {
    const cal = typicalSchoolCalendar(2024, 2025);
    const weeks = penaltyNoticeSchoolWeeks([{ calendar: cal, from: '2025-05-01', to: '2025-10-01' }]);
    const marks = [...both('2025-06-17', 'G'), ...both('2025-06-18', 'G'), ...both('2025-09-08'), ...both('2025-09-09'), ...both('2025-09-10', 'O')];
    const result = penaltyNoticeThreshold({ marks, schoolWeeks: weeks, asAt: '2025-09-12' });
    expect(result).toMatchObject({ met: true, sessionCount: 10, firstWeek: '2025-06-02', lastWeek: '2025-09-08', firstMetOn: '2025-09-10' });
  });

  it('the window spans a change of school, counting absence at both schools', () => {
    // School B has its autumn half term a week later than school A; the pupil moves at A's half term.
    const yearB = termDatesFor(2025);
    const calB = buildSchoolCalendar({
      ...yearB,
      halfTerms: yearB.halfTerms.map((h) =>
        h.name === 'AUTUMN_1' ? { ...h, end: '2025-10-31' } : h.name === 'AUTUMN_2' ? { ...h, start: '2025-11-10' } : h,
      ),
    });
    const weeks = penaltyNoticeSchoolWeeks([
      { calendar: cal2025, from: '2025-09-01', to: '2025-10-24' },
      { calendar: calB, from: '2025-10-27', to: '2025-12-19' },
    ]);
    expect(weeks).toContain('2025-10-27');
    expect(weeks).not.toContain('2025-11-03');
    const atA = [...both('2025-09-15'), ...both('2025-09-16'), mark('2025-09-17')];
    const atB = [...both('2025-11-24'), ...both('2025-11-25'), mark('2025-11-26', 'PM', 'N')];
    const result = penaltyNoticeThreshold({ marks: [...atA, ...atB], schoolWeeks: weeks, asAt: '2025-11-28' });
    expect(result).toMatchObject({ met: true, sessionCount: 10, firstWeek: '2025-09-15', lastWeek: '2025-11-24' });
    expect(result.unresolvedNSessions).toEqual([mark('2025-11-26', 'PM', 'N')]);
  });

  it('counts only unauthorised codes, and a session recorded by two schools once', () => {
    const marks = [
      ...both('2025-09-08', 'I'),
      ...both('2025-09-09', 'C'),
      mark('2025-09-10', 'AM', '/'),
      mark('2025-09-11', 'AM', 'U'),
      mark('2025-09-11', 'AM', 'O'),
      mark('2025-09-11', 'AM', 'D'),
    ];
    const result = penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-09-30' });
    expect(result.sessionCount).toBe(1);
    expect(result.sessions).toEqual([mark('2025-09-11', 'AM', 'U')]);
  });

  it('ignores absence recorded after the as-at date', () => {
    const marks = [...both('2025-09-08'), ...both('2025-09-09'), ...both('2025-09-10'), ...both('2025-09-11'), ...both('2025-09-12')];
    expect(penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-09-11' })).toMatchObject({ met: false, sessionCount: 8 });
    expect(penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-09-12' })).toMatchObject({ met: true, firstMetOn: '2025-09-12' });
  });

  it('an LA that counts only G, O and U leaves N out', () => {
    const settings = { ...DEFAULT_PENALTY_NOTICE_SETTINGS, countedCodes: ['G', 'O', 'U'] as AttendanceCode[] };
    const marks = [...both('2025-09-08', 'N'), ...both('2025-09-09', 'G')];
    expect(penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: '2025-09-30', settings }).sessionCount).toBe(2);
  });

  it('reports an empty window before the first school week', () => {
    const result = penaltyNoticeThreshold({ marks: [], schoolWeeks: autumn2025, asAt: '2025-08-01' });
    expect(result).toMatchObject({ met: false, sessionCount: 0, schoolWeeksInWindow: 0 });
    expect(result.firstWeek).toBeUndefined();
  });

  it('property: inserting a week wholly in a holiday changes nothing', () => {
    const base = toEpochDay('2025-09-08');
    fc.assert(
      fc.property(
        fc.array(fc.record({ week: fc.integer({ min: 0, max: 19 }), day: fc.integer({ min: 0, max: 4 }), pm: fc.boolean() }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 19 }),
        (entries, holidayAt, asAtWeek) => {
          const monday = (w: number) => fromEpochDay(base + 7 * w);
          const shifted = (w: number) => (w >= holidayAt ? w + 1 : w);
          const weeks = Array.from({ length: 20 }, (_, w) => monday(w));
          const marks = entries.map((e) => mark(addDays(monday(e.week), e.day), e.pm ? 'PM' : 'AM'));
          const weeksWithHoliday = Array.from({ length: 20 }, (_, w) => monday(shifted(w)));
          const marksWithHoliday = entries.map((e) => mark(addDays(monday(shifted(e.week)), e.day), e.pm ? 'PM' : 'AM'));
          const before = penaltyNoticeThreshold({ marks, schoolWeeks: weeks, asAt: addDays(monday(asAtWeek), 4) });
          const after = penaltyNoticeThreshold({
            marks: marksWithHoliday,
            schoolWeeks: weeksWithHoliday,
            asAt: addDays(monday(shifted(asAtWeek)), 4),
          });
          expect(after.met).toBe(before.met);
          expect(after.sessionCount).toBe(before.sessionCount);
          expect(after.schoolWeeksInWindow).toBe(before.schoolWeeksInWindow);
          expect(after.firstMetOn === undefined).toBe(before.firstMetOn === undefined);
        },
      ),
    );
  });

  it('property: once met, the first date met does not move as the as-at date advances', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 70 }), { minLength: 10, maxLength: 40 }),
        fc.integer({ min: 0, max: 100 }),
        (days, extra) => {
          const marks = days.map((d, i) => mark(addDays('2025-09-08', d), i % 2 === 0 ? 'AM' : 'PM'));
          const asAt = '2025-11-21';
          const first = penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt });
          const later = penaltyNoticeThreshold({ marks, schoolWeeks: autumn2025, asAt: addDays(asAt, extra) });
          if (first.firstMetOn) expect(later.firstMetOn).toBe(first.firstMetOn);
          if (first.met) expect(first.firstMetOn).toBeDefined();
        },
      ),
    );
  });
});
