import fc from 'fast-check';
import { addDays } from '../core';
import { ATTENDANCE_CODES, AttendanceCode, Mark } from '../codes';
import { DfeEnrolmentInput, dfeStatisticalSummary } from './dfe-statistical-summary';

function sessions(codes: readonly AttendanceCode[], start = '2024-09-02'): Mark[] {
  return codes.map((code, i) => ({ date: addDays(start, Math.floor(i / 2)), session: i % 2 === 0 ? 'AM' : 'PM', code }));
}

const repeat = (code: AttendanceCode, n: number): AttendanceCode[] => Array.from({ length: n }, () => code);

const OPTIONS = { academicYear: 2024, summer2: { start: '2025-06-02', end: '2025-07-22' } };

/** 10 sessions in the autumn with `absent` of them ill, plus 10 sessions in summer 2 all unauthorised. */
function enrolment(enrolmentId: string, age: number, absent: number): DfeEnrolmentInput {
  return {
    enrolmentId,
    ageAtStartOfYear: age,
    marks: [...sessions([...repeat('/', 10 - absent), ...repeat('I', absent)]), ...sessions(repeat('O', 10), '2025-06-09')],
  };
}

describe('dfeStatisticalSummary', () => {
  it('reports pupils aged 5–15 as the headline and 4-year-olds separately', () => {
    const summary = dfeStatisticalSummary([enrolment('five', 5, 0), enrolment('four', 4, 2), enrolment('ten', 10, 2)], OPTIONS);
    expect(summary.headline.enrolments).toBe(2);
    expect(summary.fourYearOlds.enrolments).toBe(1);
    expect(summary.fourYearOlds).toMatchObject({ possibleSessions: 20, authorisedAbsenceSessions: 2, unauthorisedAbsenceSessions: 10 });
  });

  it('leaves out pupils under 4 or over 15, boarders and pupils whose age is unknown', () => {
    const summary = dfeStatisticalSummary(
      [
        enrolment('three', 3, 0),
        enrolment('sixteen', 16, 0),
        { ...enrolment('boarder', 12, 0), boarder: true },
        { enrolmentId: 'no-age', marks: sessions(['/']) },
      ],
      OPTIONS,
    );
    expect(summary.headline.enrolments).toBe(0);
    expect(summary.headline.overallAbsenceRate).toBeNull();
    expect(summary.headline.persistentAbsenceRate).toBeNull();
    expect(summary.excluded).toEqual([
      { enrolmentId: 'three', reason: 'AGED_UNDER_4' },
      { enrolmentId: 'sixteen', reason: 'AGED_OVER_15' },
      { enrolmentId: 'boarder', reason: 'BOARDER' },
      { enrolmentId: 'no-age', reason: 'AGE_UNKNOWN' },
    ]);
  });

  it('drops the sixth (summer 2) half term for pupils aged 15 at the start of the year, and only for them', () => {
    const summary = dfeStatisticalSummary([enrolment('fifteen', 15, 1)], OPTIONS);
    expect(summary.headline).toMatchObject({ possibleSessions: 10, overallAbsenceSessions: 1, overallAbsenceRate: 10 });
    const fourteen = dfeStatisticalSummary([enrolment('fourteen', 14, 1)], OPTIONS);
    expect(fourteen.headline).toMatchObject({ possibleSessions: 20, overallAbsenceSessions: 11 });
  });

  it('works the age out from the date of birth on 31 August at the start of the year', () => {
    const marks = [...sessions(['/', 'I']), ...sessions(['O', 'O'], '2025-06-09')];
    const fifteen = dfeStatisticalSummary([{ enrolmentId: 'a', dateOfBirth: '2009-08-31', marks }], OPTIONS);
    const fourteen = dfeStatisticalSummary([{ enrolmentId: 'b', dateOfBirth: '2009-09-01', marks }], OPTIONS);
    expect(fifteen.headline.possibleSessions).toBe(2);
    expect(fourteen.headline.possibleSessions).toBe(4);
  });

  it('leaves out enrolments with no possible sessions, including a 15-year-old only on roll in summer 2', () => {
    const summary = dfeStatisticalSummary(
      [
        { enrolmentId: 'closed', ageAtStartOfYear: 9, marks: sessions(['#', 'Y4']) },
        { enrolmentId: 'late-joiner', ageAtStartOfYear: 15, marks: sessions(['/', 'G'], '2025-06-09') },
      ],
      OPTIONS,
    );
    expect(summary.excluded.map((e) => e.reason)).toEqual(['NO_POSSIBLE_SESSIONS', 'NO_POSSIBLE_SESSIONS']);
  });

  it('counts a pupil who moved school once per enrolment', () => {
    const summary = dfeStatisticalSummary(
      [
        { enrolmentId: 'pupil-1-school-a', ageAtStartOfYear: 8, marks: sessions(['/', 'G']) },
        { enrolmentId: 'pupil-1-school-b', ageAtStartOfYear: 8, marks: sessions(repeat('/', 10), '2025-01-06') },
      ],
      OPTIONS,
    );
    expect(summary.headline).toMatchObject({
      enrolments: 2,
      possibleSessions: 12,
      unauthorisedAbsenceSessions: 1,
      persistentAbsentees: 1,
      persistentAbsenceRate: 50,
      severeAbsentees: 1,
      severeAbsenceRate: 50,
    });
  });

  it('gives headline rates over pooled sessions and PA/SA over enrolments', () => {
    const summary = dfeStatisticalSummary(
      [enrolment('a', 7, 0), enrolment('b', 7, 1), enrolment('c', 7, 5), enrolment('d', 7, 0)],
      { ...OPTIONS, period: { to: '2024-12-20' } },
    );
    expect(summary.headline).toMatchObject({
      enrolments: 4,
      possibleSessions: 40,
      authorisedAbsenceSessions: 6,
      unauthorisedAbsenceSessions: 0,
      overallAbsenceRate: 15,
      authorisedAbsenceRate: 15,
      unauthorisedAbsenceRate: 0,
      persistentAbsentees: 2,
      persistentAbsenceRate: 50,
      severeAbsentees: 1,
      severeAbsenceRate: 25,
    });
  });

  it('keeps every headline rate within 0–100 and severe absentees within persistent absentees', () => {
    const anyEnrolment = fc.record({
      enrolmentId: fc.string(),
      ageAtStartOfYear: fc.integer({ min: 2, max: 18 }),
      codes: fc.array(fc.constantFrom(...ATTENDANCE_CODES), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(anyEnrolment, { maxLength: 12 }), (inputs) => {
        const summary = dfeStatisticalSummary(
          inputs.map(({ enrolmentId, ageAtStartOfYear, codes }) => ({ enrolmentId, ageAtStartOfYear, marks: sessions(codes) })),
          OPTIONS,
        );
        for (const group of [summary.headline, summary.fourYearOlds]) {
          expect(group.severeAbsentees).toBeLessThanOrEqual(group.persistentAbsentees);
          for (const rate of [
            group.overallAbsenceRate,
            group.authorisedAbsenceRate,
            group.unauthorisedAbsenceRate,
            group.persistentAbsenceRate,
            group.severeAbsenceRate,
          ]) {
            if (rate !== null) {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(100);
            }
          }
        }
        expect(summary.headline.enrolments + summary.fourYearOlds.enrolments + summary.excluded.length).toBe(inputs.length);
      }),
    );
  });
});
