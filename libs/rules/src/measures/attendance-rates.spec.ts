import fc from 'fast-check';
import { addDays } from '../core';
import { ATTENDANCE_CODES, AttendanceCode, Mark } from '../codes';
import {
  absenceRateForReason,
  attendanceRate,
  authorisedAbsenceRate,
  overallAbsenceRate,
  unauthorisedAbsenceRate,
} from './attendance-rates';

function sessions(codes: readonly AttendanceCode[], start = '2024-09-02'): Mark[] {
  return codes.map((code, i) => ({ date: addDays(start, Math.floor(i / 2)), session: i % 2 === 0 ? 'AM' : 'PM', code }));
}

const repeat = (code: AttendanceCode, n: number): AttendanceCode[] => Array.from({ length: n }, () => code);

describe('attendance and absence rates', () => {
  // 20 possible sessions: 14 present, 2 on a school trip, 2 ill, 1 unagreed holiday, 1 late after close; 2 closure sessions
  const marks = sessions([
    ...repeat('/', 7),
    ...repeat('\\', 7),
    'V',
    'V',
    'I',
    'I',
    'G',
    'U',
    '#',
    '#',
  ]);

  it('counts approved educational activity as attendance: (14 + 2) / 20 = 80 %', () => {
    expect(attendanceRate(marks)).toBe(80);
  });

  it('gives overall, authorised and unauthorised absence over the same denominator', () => {
    expect(overallAbsenceRate(marks)).toBe(20);
    expect(authorisedAbsenceRate(marks)).toBe(10);
    expect(unauthorisedAbsenceRate(marks)).toBe(10);
  });

  it('gives the rate for one reason, or for several codes together', () => {
    expect(absenceRateForReason(marks, 'G')).toBe(5);
    expect(absenceRateForReason(marks, ['G', 'U', 'G'])).toBe(10);
    expect(absenceRateForReason(marks, 'M')).toBe(0);
  });

  it('refuses a rate for a code that is not a possible session', () => {
    expect(() => absenceRateForReason(marks, 'Y4')).toThrow(/not counted in possible sessions/);
  });

  it('gives no rate (null, never NaN) when there are no possible sessions', () => {
    const closed = sessions(['#', '#', 'Y4']);
    expect(attendanceRate(closed)).toBeNull();
    expect(overallAbsenceRate([])).toBeNull();
    expect(authorisedAbsenceRate(closed)).toBeNull();
    expect(unauthorisedAbsenceRate(closed)).toBeNull();
    expect(absenceRateForReason(closed, 'G')).toBeNull();
  });

  it('works over a date range', () => {
    expect(attendanceRate(marks, { from: '2024-09-10' })).toBe(0); // only G, U and # remain
  });

  const anyMarks = fc.array(fc.constantFrom(...ATTENDANCE_CODES), { maxLength: 60 }).map((codes) => sessions(codes));

  it('keeps every rate between 0 and 100', () => {
    fc.assert(
      fc.property(anyMarks, (m) => {
        for (const rate of [attendanceRate(m), overallAbsenceRate(m), authorisedAbsenceRate(m), unauthorisedAbsenceRate(m)]) {
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('makes attendance and overall absence add up to 100 when there are possible sessions', () => {
    fc.assert(
      fc.property(anyMarks, (m) => {
        const attendance = attendanceRate(m);
        const absence = overallAbsenceRate(m);
        expect(attendance === null).toBe(absence === null);
        if (attendance !== null && absence !== null) expect(attendance + absence).toBeCloseTo(100, 9);
      }),
    );
  });
});
