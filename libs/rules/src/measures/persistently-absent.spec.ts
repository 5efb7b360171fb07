import { addDays } from '../core';
import { AttendanceCode, Mark } from '../codes';
import { PERSISTENT_ABSENCE_THRESHOLD, SEVERE_ABSENCE_THRESHOLD } from './absence-thresholds';
import { persistentlyAbsent } from './persistently-absent';

function sessions(codes: readonly AttendanceCode[], start = '2024-09-02'): Mark[] {
  return codes.map((code, i) => ({ date: addDays(start, Math.floor(i / 2)), session: i % 2 === 0 ? 'AM' : 'PM', code }));
}

const repeat = (code: AttendanceCode, n: number): AttendanceCode[] => Array.from({ length: n }, () => code);

describe('persistentlyAbsent', () => {
  it('uses the national thresholds of 10 % and 50 %', () => {
    expect(PERSISTENT_ABSENCE_THRESHOLD).toBe(10);
    expect(SEVERE_ABSENCE_THRESHOLD).toBe(50);
  });

  it('is true at exactly 10 % absence: 19 of 190 sessions missed', () => {
    expect(persistentlyAbsent(sessions([...repeat('/', 171), ...repeat('I', 19)]))).toBe(true);
  });

  it('is false just below 10 %: 18 of 190 sessions missed', () => {
    expect(persistentlyAbsent(sessions([...repeat('/', 172), ...repeat('I', 18)]))).toBe(false);
  });

  it('counts authorised and unauthorised absence together', () => {
    expect(persistentlyAbsent(sessions([...repeat('/', 18), 'M', 'O']))).toBe(true);
  });

  it("uses the enrolment's own possible sessions: a pupil who joined late with 1 absence in 10 sessions is PA", () => {
    expect(persistentlyAbsent(sessions([...repeat('Z', 170), ...repeat('/', 9), 'N']))).toBe(true);
  });

  it('is false for a pupil with no possible sessions', () => {
    expect(persistentlyAbsent([])).toBe(false);
    expect(persistentlyAbsent(sessions(['#', 'Y4']))).toBe(false);
  });

  it('follows an LA threshold setting and a date range', () => {
    const marks = sessions([...repeat('/', 17), 'G', 'G', 'G']); // 15 %
    expect(persistentlyAbsent(marks, { thresholds: { persistentAbsencePercent: 20, severeAbsencePercent: 50 } })).toBe(false);
    expect(persistentlyAbsent(marks, { to: '2024-09-08' })).toBe(false);
  });
});
