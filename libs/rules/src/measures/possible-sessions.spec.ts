import fc from 'fast-check';
import { addDays } from '../core';
import { ATTENDANCE_CODES, AttendanceCode, isPossibleSession, Mark } from '../codes';
import { countMarks, possibleFromCounts } from './count-marks';
import { possibleSessions } from './possible-sessions';

/** Consecutive sessions (AM, PM, next day AM …) from `start`, one per code. */
function sessions(codes: readonly AttendanceCode[], start = '2024-09-02'): Mark[] {
  return codes.map((code, i) => ({ date: addDays(start, Math.floor(i / 2)), session: i % 2 === 0 ? 'AM' : 'PM', code }));
}

describe('possibleSessions', () => {
  it('counts present, approved activity, authorised and unauthorised sessions', () => {
    expect(possibleSessions(sessions(['/', '\\', 'L', 'V', 'I', 'C2', 'G', 'U']))).toBe(8);
  });

  it('leaves out D, X, Q, Y1–Y7, Z and # sessions', () => {
    expect(possibleSessions(sessions(['/', 'D', 'X', 'Q', 'Y1', 'Y4', 'Y7', 'Z', '#', '\\']))).toBe(2);
  });

  it('counts only sessions in the date range given', () => {
    const marks = sessions(['/', '\\', 'I', 'I', 'G', 'G']); // 2, 3 and 4 September
    expect(possibleSessions(marks, { from: '2024-09-03' })).toBe(4);
    expect(possibleSessions(marks, { from: '2024-09-03', to: '2024-09-03' })).toBe(2);
    expect(possibleSessions(marks, { to: '2024-09-01' })).toBe(0);
  });

  it('counts each code and category', () => {
    const counts = countMarks(sessions(['/', '\\', 'I', 'I', 'G', 'Y4']));
    expect(counts.byCode).toEqual({ '/': 1, '\\': 1, I: 2, G: 1, Y4: 1 });
    expect(counts.byCategory).toEqual({
      PRESENT: 2,
      APPROVED_EDUCATIONAL_ACTIVITY: 0,
      AUTHORISED_ABSENCE: 2,
      UNAUTHORISED_ABSENCE: 1,
      NOT_POSSIBLE: 1,
    });
  });

  it('equals the number of marks whose code is a possible session', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATTENDANCE_CODES), { maxLength: 60 }), (codes) => {
        const marks = sessions(codes);
        expect(possibleSessions(marks)).toBe(codes.filter(isPossibleSession).length);
        expect(possibleFromCounts(countMarks(marks))).toBe(possibleSessions(marks));
      }),
    );
  });
});
