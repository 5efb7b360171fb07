import { sessionsNeedingMarks } from './sessions-needing-marks';
import { TEST_CALENDAR_2025 } from './test-calendar.fixture';

const onRoll = { admissionDate: '2025-09-01' };

describe('sessionsNeedingMarks', () => {
  it('a full week needs 10 marks', () => {
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, onRoll, '2025-09-08', '2025-09-14')).toHaveLength(10);
  });

  it('INSET days, weekends, half term and the bank holiday need no mark', () => {
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, onRoll, '2025-09-01', '2025-09-02')).toEqual([]);
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, onRoll, '2025-10-25', '2025-11-02')).toEqual([]);
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, onRoll, '2026-05-04', '2026-05-04')).toEqual([]);
  });

  it('the planned Christmas early finish takes # in the afternoon; the morning is a normal session', () => {
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, onRoll, '2025-12-19', '2025-12-19')).toEqual([
      { date: '2025-12-19', session: 'AM', because: 'SESSION_HELD' },
      { date: '2025-12-19', session: 'PM', because: 'PLANNED_CLOSURE', expectedCode: '#' },
    ]);
  });

  it('the snow day takes Y4 in both sessions', () => {
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, onRoll, '2026-01-08', '2026-01-08').map((s) => s.expectedCode)).toEqual(['Y4', 'Y4']);
  });

  it('only sessions while the pupil is on roll need marks (admission and leaving days included)', () => {
    const needed = sessionsNeedingMarks(TEST_CALENDAR_2025, { admissionDate: '2025-09-10', leavingDate: '2025-09-11' }, '2025-09-08', '2025-09-12');
    expect(needed.map((s) => `${s.date} ${s.session}`)).toEqual(['2025-09-10 AM', '2025-09-10 PM', '2025-09-11 AM', '2025-09-11 PM']);
  });

  it('a dual-registered pupil expected at the other school on Wednesday afternoons takes D then', () => {
    const dual = { ...onRoll, dualRegistration: { otherSchoolSessions: [{ weekday: 3 as const, session: 'PM' as const }], from: '2025-09-10' } };
    const needed = sessionsNeedingMarks(TEST_CALENDAR_2025, dual, '2025-09-08', '2025-09-12');
    expect(needed.filter((s) => s.expectedCode === 'D')).toEqual([{ date: '2025-09-10', session: 'PM', because: 'AT_OTHER_SCHOOL', expectedCode: 'D' }]);
    expect(needed).toHaveLength(10);
    const ended = { ...dual, dualRegistration: { ...dual.dualRegistration, to: '2025-09-09' } };
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, ended, '2025-09-08', '2025-09-12').some((s) => s.expectedCode === 'D')).toBe(false);
    const before = sessionsNeedingMarks(TEST_CALENDAR_2025, dual, '2025-09-03', '2025-09-03');
    expect(before.some((s) => s.expectedCode === 'D')).toBe(false);
  });

  it('a boarder needs no session marks', () => {
    expect(sessionsNeedingMarks(TEST_CALENDAR_2025, { ...onRoll, boarder: true }, '2025-09-08', '2025-09-12')).toEqual([]);
  });
});
