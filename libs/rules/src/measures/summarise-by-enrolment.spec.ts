import { addDays } from '../core';
import { AttendanceCode } from '../codes';
import { EnrolmentMark, summariseByEnrolment } from './summarise-by-enrolment';

function sessions(enrolmentId: string, codes: readonly AttendanceCode[], start: string): EnrolmentMark[] {
  return codes.map((code, i) => ({
    enrolmentId,
    date: addDays(start, Math.floor(i / 2)),
    session: i % 2 === 0 ? 'AM' : 'PM',
    code,
  }));
}

describe('summariseByEnrolment', () => {
  it('measures a pupil who moved school separately at each school, on each school’s own sessions', () => {
    const marks = [
      ...sessions('first-school', ['/', '\\', '/', '\\', 'G', 'G', 'G', 'G', '/', '\\'], '2024-09-02'),
      ...sessions('second-school', ['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', 'I'], '2024-10-01'),
    ];
    const [first, second] = summariseByEnrolment(marks);
    expect(first).toMatchObject({ enrolmentId: 'first-school', possibleSessions: 10, overallAbsenceRate: 40, persistentlyAbsent: true });
    expect(second).toMatchObject({ enrolmentId: 'second-school', possibleSessions: 20, overallAbsenceRate: 5, persistentlyAbsent: false });
  });

  it('applies a date range to every enrolment', () => {
    const marks = sessions('a', ['/', '\\', 'I', 'I'], '2024-09-02');
    expect(summariseByEnrolment(marks, { from: '2024-09-03' })).toEqual([
      expect.objectContaining({ enrolmentId: 'a', possibleSessions: 2, attendanceRate: 0, severelyAbsent: true }),
    ]);
  });

  it('returns nothing for no marks', () => {
    expect(summariseByEnrolment([])).toEqual([]);
  });
});
