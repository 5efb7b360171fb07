import { withClosures } from './build-school-calendar';
import { meetsMinimumSessions, sessionsCountedForYear } from './minimum-sessions';
import { typicalSchoolCalendar } from './term-dates';

describe('meetsMinimumSessions', () => {
  it('accepts a typical 190-day year (380 sessions)', () => {
    expect(meetsMinimumSessions(typicalSchoolCalendar(2025), 2025)).toEqual({
      allowed: true,
      detail: { academicYear: 2025, sessionsCounted: 380, unplannedClosureSessions: 0, requiredSessions: 380, shortBy: 0 },
    });
  });

  it('refuses a year with an extra planned closure day, saying it is 2 sessions short', () => {
    const cal = withClosures(typicalSchoolCalendar(2025), [{ start: '2025-11-12', kind: 'PLANNED_CLOSURE' }]);
    const decision = meetsMinimumSessions(cal, 2025);
    expect(decision).toEqual({
      allowed: false,
      reason: 'FEWER_THAN_MINIMUM_SESSIONS',
      detail: { academicYear: 2025, sessionsCounted: 378, unplannedClosureSessions: 0, requiredSessions: 380, shortBy: 2 },
    });
  });

  it('counts sessions lost to an unplanned closure (snow) as held', () => {
    const cal = withClosures(typicalSchoolCalendar(2025), [{ start: '2026-01-20', end: '2026-01-21', kind: 'UNPLANNED_CLOSURE' }]);
    expect(sessionsCountedForYear(cal, 2025)).toEqual({ counted: 380, unplanned: 4 });
    expect(meetsMinimumSessions(cal, 2025).allowed).toBe(true);
  });

  it('accepts 2022/23 at 376 sessions when the LA sets the reduced requirement for that year', () => {
    const cal = typicalSchoolCalendar(2022);
    expect(meetsMinimumSessions(cal, 2022).allowed).toBe(false);
    expect(meetsMinimumSessions(cal, 2022, { requiredSessions: 376 }).allowed).toBe(true);
  });

  it('counts only the half terms of the academic year asked about', () => {
    const cal = typicalSchoolCalendar(2024, 2025);
    expect(sessionsCountedForYear(cal, 2024).counted).toBe(380);
    expect(sessionsCountedForYear(cal, 2026).counted).toBe(0);
  });
});
