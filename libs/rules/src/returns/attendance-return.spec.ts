import { TEST_CALENDAR_2025 } from '../register/test-calendar.fixture';
import { ReturnPupil, attendanceReturn, attendanceReturnEntry } from './attendance-return';
import { DEFAULT_ATTENDANCE_RETURN_SETTINGS } from './attendance-return-settings';
import { marksFor, marksForSchoolDays } from './test-marks.fixture';

const cal = TEST_CALENDAR_2025;
const november = { from: '2025-11-01', to: '2025-11-30' };
const present = marksFor(cal, '2025-09-03', '2025-10-31', '/');
/** Only a run of absence puts these pupils on the return (their attendance stays above 50 %). */
const continuousOnly = { ...DEFAULT_ATTENDANCE_RETURN_SETTINGS, irregularAttendanceAtOrBelowPercent: 50 };

function pupil(extra: Partial<ReturnPupil>): ReturnPupil {
  return { pupilId: 'p1', fullName: 'Sam Carter', address: '1 High Street, Bootle', dateOfBirth: '2015-05-01', marks: [], ...extra };
}

describe('attendanceReturnEntry: absent without leave for a continuous period', () => {
  it('exactly 10 continuous school days of unauthorised absence puts the pupil on the return', () => {
    const decision = attendanceReturnEntry(pupil({ marks: [...present, ...marksForSchoolDays(cal, '2025-11-03', 10, 'O')] }), cal, november, continuousOnly);
    expect(decision.allowed).toBe(true);
    expect(decision.detail).toMatchObject({
      grounds: ['CONTINUOUS_ABSENCE_WITHOUT_LEAVE'],
      continuousAbsence: { start: '2025-11-03', end: '2025-11-14', schoolDays: 10 },
    });
  });

  it('9 continuous school days is not enough', () => {
    const decision = attendanceReturnEntry(pupil({ marks: [...present, ...marksForSchoolDays(cal, '2025-11-03', 9, 'O')] }), cal, november, continuousOnly);
    expect(decision).toMatchObject({ allowed: false, reason: 'ATTENDING_REGULARLY', detail: { grounds: [] } });
    expect(decision.detail).not.toHaveProperty('continuousAbsence');
  });

  it('a period spanning October half term is still continuous', () => {
    const marks = [...marksFor(cal, '2025-09-03', '2025-10-17', '/'), ...marksFor(cal, '2025-10-20', '2025-11-07', 'G')];
    const decision = attendanceReturnEntry(pupil({ marks }), cal, november, continuousOnly);
    expect(decision.detail).toMatchObject({ grounds: ['CONTINUOUS_ABSENCE_WITHOUT_LEAVE'], continuousAbsence: { start: '2025-10-20', end: '2025-11-07', schoolDays: 10 } });
  });

  it('a run of 10 days mixing G, N, O and U counts', () => {
    const marks = [
      ...present,
      ...marksForSchoolDays(cal, '2025-11-03', 3, 'G'),
      ...marksFor(cal, '2025-11-06', '2025-11-07', 'N'),
      ...marksFor(cal, '2025-11-10', '2025-11-12', 'O'),
      ...marksFor(cal, '2025-11-13', '2025-11-14', 'U'),
    ];
    expect(attendanceReturnEntry(pupil({ marks }), cal, november, continuousOnly).detail).toMatchObject({ grounds: ['CONTINUOUS_ABSENCE_WITHOUT_LEAVE'] });
  });

  it('a child aged 4 is not on the attendance return, however long the absence', () => {
    const decision = attendanceReturnEntry(pupil({ dateOfBirth: '2021-06-15', marks: marksForSchoolDays(cal, '2025-11-03', 15, 'O') }), cal, november);
    expect(decision).toEqual({
      allowed: false,
      reason: 'NOT_COMPULSORY_SCHOOL_AGE',
      detail: { compulsorySchoolAgeFrom: '2026-08-31', compulsorySchoolAgeTo: '2037-06-26' },
    });
  });
});

describe('attendanceReturnEntry: failing to attend regularly', () => {
  // Autumn 1 from 3 Sep to 24 Oct has 38 school days = 76 sessions.
  function autumnWithAbsentSessions(n: number): ReturnPupil {
    const sessions = marksFor(cal, '2025-09-03', '2025-10-24', '/');
    return pupil({ marks: sessions.map((m, i) => (i % 7 === 3 && i / 7 < n ? { ...m, code: 'I' as const } : m)) });
  }
  const october = { from: '2025-10-01', to: '2025-10-31' };

  it('attendance at or below 90 % (persistent absence) is failing to attend regularly by default', () => {
    const decision = attendanceReturnEntry(autumnWithAbsentSessions(8), cal, october);
    expect(decision).toMatchObject({ allowed: true, detail: { grounds: ['FAILS_TO_ATTEND_REGULARLY'], possibleSessions: 76 } });
    expect(decision.detail).toHaveProperty('attendanceRate', (68 / 76) * 100);
  });

  it('exactly 90 % (18 of 20 sessions) is failing to attend regularly', () => {
    const marks = marksFor(cal, '2025-10-13', '2025-10-24', '/').map((m, i) => (i < 2 ? { ...m, code: 'O' as const } : m));
    expect(attendanceReturnEntry(pupil({ marks }), cal, october)).toMatchObject({ allowed: true, detail: { attendanceRate: 90 } });
  });

  it('attendance above 90 % is not', () => {
    expect(attendanceReturnEntry(autumnWithAbsentSessions(7), cal, october)).toMatchObject({ allowed: false, reason: 'ATTENDING_REGULARLY' });
  });

  it('an LA threshold of 95 % and measuring over the return period are settings', () => {
    const at95 = { ...DEFAULT_ATTENDANCE_RETURN_SETTINGS, irregularAttendanceAtOrBelowPercent: 95 };
    // Year to date 69 of 76 sessions (90.8 %): above 90 %, below 95 %.
    expect(attendanceReturnEntry(autumnWithAbsentSessions(7), cal, october, at95).allowed).toBe(true);
    const overPeriod = { ...at95, irregularAttendanceMeasuredOver: 'RETURN_PERIOD' as const };
    // October alone: 35 of 36 sessions; September alone: 34 of 40 (85 %).
    expect(attendanceReturnEntry(autumnWithAbsentSessions(7), cal, october, overPeriod).allowed).toBe(false);
    expect(attendanceReturnEntry(autumnWithAbsentSessions(7), cal, { from: '2025-09-01', to: '2025-09-30' }, overPeriod).allowed).toBe(true);
  });

  it('a pupil with too few possible sessions is not judged', () => {
    const settings = { ...DEFAULT_ATTENDANCE_RETURN_SETTINGS, irregularAttendanceMinimumPossibleSessions: 10 };
    const justJoined = pupil({ marks: marksFor(cal, '2025-10-23', '2025-10-24', 'I') });
    expect(attendanceReturnEntry(justJoined, cal, { from: '2025-10-01', to: '2025-10-31' }, settings)).toMatchObject({
      allowed: false,
      reason: 'ATTENDING_REGULARLY',
      detail: { possibleSessions: 4 },
    });
  });
});

describe('attendanceReturn', () => {
  it('lists only the pupils who must be on it, flagging a missing address', () => {
    const pupils = [
      pupil({ pupilId: 'absent', address: '', marks: [...present, ...marksForSchoolDays(cal, '2025-11-03', 12, 'N')] }),
      pupil({ pupilId: 'fine', marks: [...present, ...marksFor(cal, '2025-11-03', '2025-11-28', '/')] }),
      pupil({ pupilId: 'four', dateOfBirth: '2021-06-15', marks: marksForSchoolDays(cal, '2025-11-03', 12, 'N') }),
    ];
    const entries = attendanceReturn(pupils, cal, november);
    expect(entries.map((e) => [e.pupilId, e.missingDetails])).toEqual([['absent', ['ADDRESS']]]);
  });
});
