import fc from 'fast-check';
import { addDays } from '../core';
import { ATTENDANCE_CODES, AttendanceCode, Mark } from '../codes';
import { persistentlyAbsent } from './persistently-absent';
import { severelyAbsent } from './severely-absent';

function sessions(codes: readonly AttendanceCode[], start = '2024-09-02'): Mark[] {
  return codes.map((code, i) => ({ date: addDays(start, Math.floor(i / 2)), session: i % 2 === 0 ? 'AM' : 'PM', code }));
}

const repeat = (code: AttendanceCode, n: number): AttendanceCode[] => Array.from({ length: n }, () => code);

describe('severelyAbsent', () => {
  it('is true at exactly 50 % absence', () => {
    expect(severelyAbsent(sessions([...repeat('/', 95), ...repeat('N', 95)]))).toBe(true);
  });

  it('is false at 49.5 % absence', () => {
    expect(severelyAbsent(sessions([...repeat('/', 101), ...repeat('O', 99)]))).toBe(false);
  });

  it('is false for a pupil with no possible sessions', () => {
    expect(severelyAbsent(sessions(['X', 'X']))).toBe(false);
  });

  it('follows an LA threshold setting', () => {
    const marks = sessions([...repeat('/', 6), ...repeat('G', 4)]);
    expect(severelyAbsent(marks, { thresholds: { persistentAbsencePercent: 10, severeAbsencePercent: 40 } })).toBe(true);
  });

  it('is always a subset of persistent absence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATTENDANCE_CODES), { maxLength: 80 }), (codes) => {
        const marks = sessions(codes);
        if (severelyAbsent(marks)) expect(persistentlyAbsent(marks)).toBe(true);
      }),
    );
  });
});
