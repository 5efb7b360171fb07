import { Mark } from '../codes';
import { TEST_CALENDAR_2025 } from '../register/test-calendar.fixture';
import { LocatingEnquiry, twentyDayDeletionGround } from './twenty-day-deletion-ground';
import { marksFor, marksForSchoolDays } from './test-marks.fixture';

const cal = TEST_CALENDAR_2025;
// 20 school days from Monday 13 October 2025: 10 before October half term, 10 after it (to Friday 14 November).
const attendedBefore = marksFor(cal, '2025-10-06', '2025-10-10', '/');
const twentyDays = marksForSchoolDays(cal, '2025-10-13', 20, 'O');
const enquiries: LocatingEnquiry[] = [
  { by: 'SCHOOL', on: '2025-10-20', outcome: 'NOT_LOCATED', note: 'Home visit, no answer; neighbours say family moved' },
  { by: 'LA', on: '2025-11-04', outcome: 'NOT_LOCATED', note: 'CME checks: no trace' },
];

describe('twentyDayDeletionGround', () => {
  it('20 continuous school days coded O across half term, with failed school and LA enquiries, meets the ground', () => {
    expect(
      twentyDayDeletionGround({ marks: [...attendedBefore, ...twentyDays], calendar: cal, asAt: '2025-11-14', sicknessOrUnavoidableCauseBelieved: false, enquiries }),
    ).toEqual({
      allowed: true,
      detail: { missing: [], continuousSchoolDays: 20, requiredSchoolDays: 20, absentSince: '2025-10-13', unmarkedSessions: [] },
    });
  });

  it('19 school days is not enough', () => {
    const decision = twentyDayDeletionGround({
      marks: [...attendedBefore, ...marksForSchoolDays(cal, '2025-10-13', 19, 'O')],
      calendar: cal,
      asAt: '2025-11-13',
      sicknessOrUnavoidableCauseBelieved: false,
      enquiries,
    });
    expect(decision).toMatchObject({ allowed: false, reason: 'FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS', detail: { continuousSchoolDays: 19 } });
  });

  it('a U session (the pupil turned up late) ends the period: only G, N and O count', () => {
    const withU: Mark[] = twentyDays.map((m) => (m.date === '2025-11-10' && m.session === 'AM' ? { ...m, code: 'U' } : m));
    const decision = twentyDayDeletionGround({ marks: withU, calendar: cal, asAt: '2025-11-14', sicknessOrUnavoidableCauseBelieved: false, enquiries });
    expect(decision).toMatchObject({ allowed: false, reason: 'FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS', detail: { absentSince: '2025-11-11' } });
  });

  it('gives a reason for every missing condition', () => {
    const decision = twentyDayDeletionGround({
      marks: twentyDays,
      calendar: cal,
      asAt: '2025-11-14',
      sicknessOrUnavoidableCauseBelieved: true,
      enquiries: [{ by: 'SCHOOL', on: '2025-10-01', outcome: 'NOT_LOCATED' }],
    });
    expect(decision).toMatchObject({
      allowed: false,
      reason: 'SICKNESS_OR_UNAVOIDABLE_CAUSE_BELIEVED',
      detail: { missing: ['SICKNESS_OR_UNAVOIDABLE_CAUSE_BELIEVED', 'NO_SCHOOL_ENQUIRIES_RECORDED', 'NO_LA_ENQUIRIES_RECORDED'] },
    });
  });

  it('a pupil whose whereabouts an enquiry found is not deleted on this ground', () => {
    const found: LocatingEnquiry[] = [...enquiries, { by: 'LA', on: '2025-11-12', outcome: 'LOCATED', note: 'Living with aunt in Leeds' }];
    expect(twentyDayDeletionGround({ marks: twentyDays, calendar: cal, asAt: '2025-11-14', sicknessOrUnavoidableCauseBelieved: false, enquiries: found })).toMatchObject({
      allowed: false,
      reason: 'PUPIL_LOCATED',
    });
  });

  it('sessions left unmarked in the period must be filled in first', () => {
    const gap = twentyDays.filter((m) => !(m.date === '2025-11-05' && m.session === 'PM'));
    const decision = twentyDayDeletionGround({ marks: gap, calendar: cal, asAt: '2025-11-14', sicknessOrUnavoidableCauseBelieved: false, enquiries });
    expect(decision).toMatchObject({
      allowed: false,
      reason: 'UNMARKED_SESSIONS_IN_PERIOD',
      detail: { continuousSchoolDays: 20, unmarkedSessions: [{ date: '2025-11-05', session: 'PM' }] },
    });
  });

  it('a pupil who came back to school has no continuous absence now', () => {
    const back = [...twentyDays, ...marksFor(cal, '2025-11-24', '2025-11-24', '/')];
    expect(twentyDayDeletionGround({ marks: back, calendar: cal, asAt: '2025-11-24', sicknessOrUnavoidableCauseBelieved: false, enquiries })).toMatchObject({
      allowed: false,
      reason: 'FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS',
      detail: { continuousSchoolDays: 0, unmarkedSessions: [] },
    });
  });
});
