import fc from 'fast-check';
import { LocalDate, addDays } from '../core';
import { ATTENDANCE_CODES, Mark } from '../codes';
import { countMarks, percentOf, possibleFromCounts } from './count-marks';
import { DfeEnrolmentInput, dfeStatisticalSummary } from './dfe-statistical-summary';
import { NO_SESSIONS, SessionCounts, dfeCountedTotals, markCountsOfSessions } from './dfe-counted-totals';
import { summariseCounts } from './summarise-attendance';

const SUMMER_2 = { start: '2025-06-02', end: '2025-07-22' };

const sessions = (present: number, authorised: number, unauthorised: number, notPossible = 0): SessionCounts => ({
  present,
  approvedEducationalActivity: 0,
  authorisedAbsence: authorised,
  unauthorisedAbsence: unauthorised,
  notPossible,
});

describe('dfeCountedTotals', () => {
  // A year of 100 possible sessions, 20 of them in summer 2 and all of those missed (study leave).
  const all = sessions(80, 10, 10);
  const summer2 = sessions(0, 10, 10);

  it('takes the summer 2 half term off a pupil aged 15 on 31 August, and not off one aged 14', () => {
    expect(dfeCountedTotals({ dateOfBirth: '2009-08-31', all, summer2 }, 2024)).toEqual({
      cohort: { kind: 'HEADLINE', dropSummer2: true },
      counted: sessions(80, 0, 0),
      exclusion: null,
    });
    expect(dfeCountedTotals({ dateOfBirth: '2009-09-01', all, summer2 }, 2024)).toEqual({
      cohort: { kind: 'HEADLINE', dropSummer2: false },
      counted: all,
      exclusion: null,
    });
  });

  it('counts 4-year-olds in their own cohort, and gives the reason for leaving out the rest', () => {
    expect(dfeCountedTotals({ dateOfBirth: '2020-03-15', all, summer2 }, 2024)).toEqual({ cohort: { kind: 'FOUR_YEAR_OLDS' }, counted: all, exclusion: null });
    expect(dfeCountedTotals({ dateOfBirth: '2015-01-01', boarder: true, all, summer2 }, 2024).exclusion).toBe('BOARDER');
    expect(dfeCountedTotals({ dateOfBirth: '2008-08-31', all, summer2 }, 2024).exclusion).toBe('AGED_OVER_15');
    expect(dfeCountedTotals({ dateOfBirth: '2021-01-01', all, summer2 }, 2024).exclusion).toBe('AGED_UNDER_4');
    expect(dfeCountedTotals({ all, summer2 }, 2024).exclusion).toBe('AGE_UNKNOWN');
  });

  it('leaves out an enrolment with no possible session, such as a 15-year-old on roll only in summer 2', () => {
    const onlySummer2 = sessions(6, 2, 2);
    expect(dfeCountedTotals({ ageAtStartOfYear: 15, all: onlySummer2, summer2: onlySummer2 }, 2024)).toEqual({
      cohort: { kind: 'HEADLINE', dropSummer2: true },
      counted: null,
      exclusion: 'NO_POSSIBLE_SESSIONS',
    });
    expect(dfeCountedTotals({ ageAtStartOfYear: 9, all: sessions(0, 0, 0, 8), summer2: NO_SESSIONS }, 2024).exclusion).toBe('NO_POSSIBLE_SESSIONS');
  });

  const enrolment = fc.record({
    dateOfBirth: fc.integer({ min: 0, max: 15 * 365 }).map((d) => addDays('2006-06-01', d) as LocalDate),
    boarder: fc.boolean(),
    marks: fc.array(
      fc.record({
        date: fc.integer({ min: 0, max: 320 }).map((d) => addDays('2024-09-02', d)),
        session: fc.constantFrom('AM' as const, 'PM' as const),
        code: fc.constantFrom(...ATTENDANCE_CODES),
      }),
      { maxLength: 40 },
    ),
  });

  it('gives the same headline figures from totals as dfeStatisticalSummary gives from the marks themselves', () => {
    fc.assert(
      fc.property(fc.array(enrolment, { maxLength: 12 }), (enrolments) => {
        const inputs: DfeEnrolmentInput[] = enrolments.map((e, i) => ({ enrolmentId: String(i), ...e }));
        const expected = dfeStatisticalSummary(inputs, { academicYear: 2024, summer2: SUMMER_2 });
        const tally = { HEADLINE: { n: 0, possible: 0, absent: 0, pa: 0, sa: 0 }, FOUR_YEAR_OLDS: { n: 0, possible: 0, absent: 0, pa: 0, sa: 0 } };
        const excluded: string[] = [];
        for (const [i, e] of enrolments.entries()) {
          const result = dfeCountedTotals({ ...e, all: countMarks(e.marks as Mark[]), summer2: countMarks(e.marks as Mark[], { from: SUMMER_2.start, to: SUMMER_2.end }) }, 2024);
          if (result.counted === null) {
            excluded.push(`${i}:${result.exclusion}`);
            continue;
          }
          const summary = summariseCounts(markCountsOfSessions(result.counted));
          const t = tally[result.cohort.kind === 'FOUR_YEAR_OLDS' ? 'FOUR_YEAR_OLDS' : 'HEADLINE'];
          t.n += 1;
          t.possible += summary.possibleSessions;
          t.absent += summary.absenceSessions;
          if (summary.persistentlyAbsent) t.pa += 1;
          if (summary.severelyAbsent) t.sa += 1;
        }
        expect(excluded).toEqual(expected.excluded.map((x) => `${x.enrolmentId}:${x.reason}`));
        for (const [kind, figures] of [['HEADLINE', expected.headline], ['FOUR_YEAR_OLDS', expected.fourYearOlds]] as const) {
          const t = tally[kind];
          expect({ n: t.n, possible: t.possible, absent: t.absent, pa: t.pa, sa: t.sa, rate: percentOf(t.absent, t.possible) }).toEqual({
            n: figures.enrolments,
            possible: figures.possibleSessions,
            absent: figures.overallAbsenceSessions,
            pa: figures.persistentAbsentees,
            sa: figures.severeAbsentees,
            rate: figures.overallAbsenceRate,
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never counts more than the enrolment has, and counts only possible sessions that exist', () => {
    const counts = fc.record({
      present: fc.nat(200),
      approvedEducationalActivity: fc.nat(20),
      authorisedAbsence: fc.nat(50),
      unauthorisedAbsence: fc.nat(50),
      notPossible: fc.nat(20),
    });
    const split = fc.tuple(counts, counts).map(([summer2, rest]) => ({
      summer2,
      all: {
        present: summer2.present + rest.present,
        approvedEducationalActivity: summer2.approvedEducationalActivity + rest.approvedEducationalActivity,
        authorisedAbsence: summer2.authorisedAbsence + rest.authorisedAbsence,
        unauthorisedAbsence: summer2.unauthorisedAbsence + rest.unauthorisedAbsence,
        notPossible: summer2.notPossible + rest.notPossible,
      },
    }));
    fc.assert(
      fc.property(split, fc.integer({ min: 2, max: 18 }), fc.boolean(), ({ all, summer2 }, age, boarder) => {
        const result = dfeCountedTotals({ ageAtStartOfYear: age, boarder, all, summer2 }, 2024);
        if (result.counted === null) return;
        expect(possibleFromCounts(markCountsOfSessions(result.counted))).toBeGreaterThan(0);
        for (const key of Object.keys(all) as (keyof SessionCounts)[]) {
          expect(result.counted[key]).toBeGreaterThanOrEqual(0);
          expect(result.counted[key]).toBeLessThanOrEqual(all[key]);
          expect(result.counted[key]).toBe(age === 15 ? all[key] - summer2[key] : all[key]);
        }
      }),
    );
  });
});
