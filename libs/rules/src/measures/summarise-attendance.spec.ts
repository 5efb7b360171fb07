import fc from 'fast-check';
import { addDays } from '../core';
import { ATTENDANCE_CODES, AttendanceCode, categoryOf, Mark } from '../codes';
import { summariseAttendance } from './summarise-attendance';

function sessions(codes: readonly AttendanceCode[], start = '2024-09-02'): Mark[] {
  return codes.map((code, i) => ({ date: addDays(start, Math.floor(i / 2)), session: i % 2 === 0 ? 'AM' : 'PM', code }));
}

const NOT_POSSIBLE_CODES = ATTENDANCE_CODES.filter((c) => categoryOf(c) === 'NOT_POSSIBLE');

describe('summariseAttendance', () => {
  it('gives every figure for one enrolment', () => {
    const summary = summariseAttendance(sessions(['/', '\\', 'K', 'I', 'G', 'N', 'D', 'Y1']));
    expect(summary).toMatchObject({
      possibleSessions: 6,
      attendedSessions: 3,
      absenceSessions: 3,
      present: 2,
      approvedEducationalActivity: 1,
      authorisedAbsence: 1,
      unauthorisedAbsence: 2,
      notPossible: 2,
      attendanceRate: 50,
      overallAbsenceRate: 50,
      persistentlyAbsent: true,
      severelyAbsent: true,
    });
    expect(summary.authorisedAbsenceRate).toBeCloseTo(16.667, 3);
    expect(summary.unauthorisedAbsenceRate).toBeCloseTo(33.333, 3);
    expect(summary.byCode.N).toBe(1);
  });

  it('gives null rates and neither PA nor SA with no possible sessions', () => {
    expect(summariseAttendance(sessions(['#', '#']))).toMatchObject({
      possibleSessions: 0,
      attendanceRate: null,
      overallAbsenceRate: null,
      authorisedAbsenceRate: null,
      unauthorisedAbsenceRate: null,
      persistentlyAbsent: false,
      severelyAbsent: false,
    });
  });

  const anyCodes = fc.array(fc.constantFrom(...ATTENDANCE_CODES), { maxLength: 60 });

  it('makes possible sessions the sum of the four counted categories', () => {
    fc.assert(
      fc.property(anyCodes, (codes) => {
        const s = summariseAttendance(sessions(codes));
        expect(s.possibleSessions).toBe(s.present + s.approvedEducationalActivity + s.authorisedAbsence + s.unauthorisedAbsence);
        expect(s.possibleSessions + s.notPossible).toBe(codes.length);
        expect(s.severelyAbsent && !s.persistentlyAbsent).toBe(false);
      }),
    );
  });

  it('changes nothing when sessions that are not possible are added', () => {
    fc.assert(
      fc.property(anyCodes, fc.array(fc.constantFrom(...NOT_POSSIBLE_CODES), { maxLength: 30 }), (codes, extra) => {
        const before = summariseAttendance(sessions(codes));
        const after = summariseAttendance([...sessions(codes), ...sessions(extra, '2025-01-06')]);
        const { notPossible: _a, byCategory: _b, byCode: _c, ...beforeMeasures } = before;
        const { notPossible: _d, byCategory: _e, byCode: _f, ...afterMeasures } = after;
        expect(afterMeasures).toEqual(beforeMeasures);
        expect(after.notPossible).toBe(before.notPossible + extra.length);
      }),
    );
  });
});
