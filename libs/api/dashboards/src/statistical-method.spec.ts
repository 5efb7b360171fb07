import fc from 'fast-check';
import { ATTENDANCE_CODES, DfeEnrolmentInput, LocalDate, Mark, addDays, countMarks, dfeStatisticalSummary } from '@rollcall/rules';
import { EnrolmentCounts, FiguresTally } from './attendance-figures';
import { academicYearOfPeriod, countedUnder } from './statistical-method';

const SUMMER_2 = { start: '2025-06-02', end: '2025-07-22' };

function countsOf(marks: readonly Mark[], from = '0000-01-01', to = '9999-12-31'): EnrolmentCounts {
  const c = countMarks(marks, { from, to });
  return {
    possible: c.present + c.approvedEducationalActivity + c.authorisedAbsence + c.unauthorisedAbsence,
    present: c.present,
    approvedEducationalActivity: c.approvedEducationalActivity,
    authorised: c.authorisedAbsence,
    unauthorised: c.unauthorisedAbsence,
    notPossible: c.notPossible,
  };
}

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

describe('countedUnder', () => {
  it('gives the same DfE headline figures from totals as the rules library gives from the marks themselves', () => {
    fc.assert(
      fc.property(fc.array(enrolment, { maxLength: 12 }), (enrolments) => {
        const inputs: DfeEnrolmentInput[] = enrolments.map((e, i) => ({ enrolmentId: String(i), dateOfBirth: e.dateOfBirth, boarder: e.boarder, marks: e.marks }));
        const expected = dfeStatisticalSummary(inputs, { academicYear: 2024, summer2: SUMMER_2 }).headline;
        const tally = new FiguresTally();
        for (const e of enrolments) {
          const counted = countedUnder('DFE', 2024, {
            dateOfBirth: e.dateOfBirth,
            boarder: e.boarder,
            all: countsOf(e.marks),
            summer2: countsOf(e.marks, SUMMER_2.start, SUMMER_2.end),
          });
          if (counted.included) tally.add(counted.counts);
        }
        const actual = tally.figures();
        expect(actual).toMatchObject({
          enrolments: expected.enrolments,
          possibleSessions: expected.possibleSessions,
          authorisedAbsenceSessions: expected.authorisedAbsenceSessions,
          unauthorisedAbsenceSessions: expected.unauthorisedAbsenceSessions,
          persistentlyAbsent: expected.persistentAbsentees,
          severelyAbsent: expected.severeAbsentees,
          overallAbsenceRate: expected.overallAbsenceRate,
          persistentAbsenceRate: expected.persistentAbsenceRate,
          severeAbsenceRate: expected.severeAbsenceRate,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('drops the summer 2 half term for a pupil aged 15 on 31 August, and keeps it for one aged 14', () => {
    const all = { possible: 100, present: 80, approvedEducationalActivity: 0, authorised: 10, unauthorised: 10, notPossible: 0 };
    const summer2 = { possible: 20, present: 0, approvedEducationalActivity: 0, authorised: 10, unauthorised: 10, notPossible: 0 };
    expect(countedUnder('DFE', 2024, { dateOfBirth: '2009-08-31', boarder: false, all, summer2 })).toEqual({
      included: true,
      summer2Dropped: true,
      counts: { possible: 80, present: 80, approvedEducationalActivity: 0, authorised: 0, unauthorised: 0, notPossible: 0 },
    });
    expect(countedUnder('DFE', 2024, { dateOfBirth: '2009-09-01', boarder: false, all, summer2 })).toEqual({ included: true, summer2Dropped: false, counts: all });
    expect(countedUnder('ROLLCALL', 2024, { dateOfBirth: '2009-08-31', boarder: false, all, summer2 })).toEqual({ included: true, summer2Dropped: false, counts: all });
  });

  it('leaves out 4-year-olds, pupils over 15 and boarders under the DfE method only', () => {
    const none = { possible: 0, present: 0, approvedEducationalActivity: 0, authorised: 0, unauthorised: 0, notPossible: 0 };
    const of = (dateOfBirth: string, boarder = false) => countedUnder('DFE', 2024, { dateOfBirth, boarder, all: none, summer2: none });
    expect(of('2020-03-15')).toEqual({ included: false, exclusion: 'AGED_4' });
    expect(of('2008-08-31')).toEqual({ included: false, exclusion: 'AGED_OVER_15' });
    expect(of('2015-01-01', true)).toEqual({ included: false, exclusion: 'BOARDER' });
    expect(countedUnder('ROLLCALL', 2024, { dateOfBirth: '2020-03-15', boarder: true, all: none, summer2: none }).included).toBe(true);
  });

  it('needs a period within one academic year for the DfE method', () => {
    expect(academicYearOfPeriod('2025-09-01', '2026-08-31')).toBe(2025);
    expect(academicYearOfPeriod('2025-08-31', '2025-09-01')).toBeUndefined();
  });
});

describe('FiguresTally', () => {
  it('judges persistent and severe absence per enrolment, and pools the sessions', () => {
    const tally = new FiguresTally();
    tally.add({ possible: 100, present: 95, approvedEducationalActivity: 0, authorised: 5, unauthorised: 0, notPossible: 0 });
    tally.add({ possible: 10, present: 5, approvedEducationalActivity: 0, authorised: 0, unauthorised: 5, notPossible: 0 });
    tally.add({ possible: 0, present: 0, approvedEducationalActivity: 0, authorised: 0, unauthorised: 0, notPossible: 4 });
    expect(tally.figures()).toMatchObject({
      enrolments: 2,
      possibleSessions: 110,
      attendedSessions: 100,
      overallAbsenceSessions: 10,
      persistentlyAbsent: 1,
      severelyAbsent: 1,
      persistentAbsenceRate: 50,
    });
    expect(tally.figures().overallAbsenceRate).toBeCloseTo(9.0909, 3);
  });
});
