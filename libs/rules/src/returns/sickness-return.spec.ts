import { Mark } from '../codes';
import { TEST_CALENDAR_2025 } from '../register/test-calendar.fixture';
import { DEFAULT_SICKNESS_RETURN_SETTINGS, sicknessReturnDue } from './sickness-return';
import { marksFor, marksForSchoolDays } from './test-marks.fixture';

const cal = TEST_CALENDAR_2025;

/** Three 5-day bouts of sickness in the autumn term, with school attended in between. */
const threeBouts: Mark[] = [
  ...marksFor(cal, '2025-09-08', '2025-09-12', 'I'),
  ...marksFor(cal, '2025-09-15', '2025-09-19', '/'),
  ...marksFor(cal, '2025-10-06', '2025-10-10', 'I'),
  ...marksFor(cal, '2025-10-13', '2025-10-17', '/'),
  ...marksFor(cal, '2025-11-10', '2025-11-14', 'I'),
  ...marksFor(cal, '2025-11-17', '2025-11-21', '/'),
];

describe('sicknessReturnDue', () => {
  it('exactly 15 days of sickness, cumulative over three bouts, makes a return due for the third bout', () => {
    expect(sicknessReturnDue({ marks: threeBouts, calendar: cal, asAt: '2025-11-21' })).toEqual({
      allowed: true,
      detail: {
        schoolYear: 2025,
        sickDays: 15,
        expectedTotal: 15,
        thresholdSchoolDays: 15,
        period: { start: '2025-11-10', end: '2025-11-14', sickDays: 5, ongoing: false },
        thresholdReachedOn: '2025-11-14',
      },
    });
  });

  it('14.5 days is below the threshold', () => {
    const marks = threeBouts.filter((m) => !(m.date === '2025-11-14' && m.session === 'PM'));
    expect(sicknessReturnDue({ marks, calendar: cal, asAt: '2025-11-21' })).toMatchObject({ allowed: false, reason: 'BELOW_THRESHOLD', detail: { sickDays: 14.5 } });
  });

  it('a pupil the school expects to be off for 10 more days after 5 days of sickness needs a return now', () => {
    const marks = marksForSchoolDays(cal, '2026-01-12', 5, 'I');
    expect(sicknessReturnDue({ marks, calendar: cal, asAt: '2026-01-16', expectedFurtherSickDays: 10 })).toMatchObject({
      allowed: true,
      detail: { sickDays: 5, expectedTotal: 15, period: { start: '2026-01-12', ongoing: true } },
    });
  });

  it('is not raised twice for the same continuous period of sickness', () => {
    const marks = marksForSchoolDays(cal, '2026-01-05', 20, 'I');
    expect(
      sicknessReturnDue({ marks, calendar: cal, asAt: '2026-02-02', previousReturns: [{ periodStart: '2026-01-05' }] }),
    ).toMatchObject({ allowed: false, reason: 'ALREADY_RETURNED_FOR_THIS_PERIOD', detail: { sickDays: 20, period: { start: '2026-01-05' } } });
  });

  it('a new bout after the pupil came back to school can raise a new return', () => {
    const marks = [...threeBouts, ...marksFor(cal, '2025-12-01', '2025-12-02', 'I')];
    expect(
      sicknessReturnDue({ marks, calendar: cal, asAt: '2025-12-02', previousReturns: [{ periodStart: '2025-11-10' }] }),
    ).toMatchObject({ allowed: true, detail: { sickDays: 17, period: { start: '2025-12-01', sickDays: 2 } } });
  });

  it('sickness either side of the Christmas holiday and the snow day is one continuous period', () => {
    const marks = [
      ...marksFor(cal, '2025-12-15', '2025-12-19', 'I'),
      { date: '2025-12-19', session: 'PM' as const, code: '#' as const },
      ...marksFor(cal, '2026-01-05', '2026-01-09', 'I'),
    ];
    const decision = sicknessReturnDue({ marks, calendar: cal, asAt: '2026-01-09' });
    // 4½ days before Christmas (the 19th was a morning only) and 4 after (8 January was a snow day).
    expect(decision.detail.period).toEqual({ start: '2025-12-15', end: '2026-01-09', sickDays: 8.5, ongoing: true });
  });

  it('counting: 30 morning-only sickness sessions are 15 days halved but no whole days', () => {
    const mornings = marksForSchoolDays(cal, '2026-02-23', 30, 'I').map((m) => (m.session === 'PM' ? { ...m, code: '\\' as const } : m));
    expect(sicknessReturnDue({ marks: mornings, calendar: cal, asAt: '2026-04-30' }).detail.sickDays).toBe(15);
    const wholeDays = sicknessReturnDue({ marks: mornings, calendar: cal, asAt: '2026-04-30' }, { ...DEFAULT_SICKNESS_RETURN_SETTINGS, counting: 'WHOLE_DAYS_ONLY' });
    expect(wholeDays).toMatchObject({ allowed: false, reason: 'NO_SICKNESS_ABSENCE', detail: { sickDays: 0 } });
  });

  it('counts only the current school year', () => {
    const lastYear = [{ date: '2025-07-14', session: 'AM' as const, code: 'I' as const }];
    expect(sicknessReturnDue({ marks: lastYear, calendar: cal, asAt: '2025-09-10' })).toMatchObject({
      allowed: false,
      reason: 'NO_SICKNESS_ABSENCE',
      detail: { schoolYear: 2025, sickDays: 0 },
    });
  });
});
