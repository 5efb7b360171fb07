import { SchoolSessions } from './school-sessions';
import { fixtureCalendar } from './testing/generated-register';

describe('SchoolSessions', () => {
  const sessions = new SchoolSessions(fixtureCalendar());

  it('takes any code on an ordinary school session', () => {
    expect(sessions.check('2025-09-08', 'AM', 'I')).toEqual({ ok: true });
    expect(sessions.isDue('2025-09-08', 'PM')).toBe(true);
  });

  it('says why a date is not a school session: weekend, bank holiday or outside the terms', () => {
    expect(sessions.check('2025-09-14', 'AM', '/')).toMatchObject({ ok: false, reason: 'NOT_A_SCHOOL_SESSION', message: expect.stringContaining('Sunday') });
    expect(sessions.check('2026-05-25', 'AM', '/')).toMatchObject({ message: expect.stringContaining('bank holiday') });
    expect(sessions.check('2025-12-24', 'AM', '/')).toMatchObject({ message: expect.stringContaining("outside the school's terms") });
    expect(sessions.isDue('2025-12-24', 'AM')).toBe(false);
  });

  it('allows only # on a closed session, and Y4 too when the closure was unplanned (half a day here)', () => {
    expect(sessions.check('2025-10-10', 'AM', '#')).toEqual({ ok: true });
    expect(sessions.check('2025-10-10', 'AM', 'Y4')).toMatchObject({ ok: false, reason: 'DATE_IN_CLOSURE' });
    expect(sessions.check('2025-11-20', 'PM', 'Y4')).toEqual({ ok: true });
    expect(sessions.check('2025-11-20', 'AM', 'N')).toEqual({ ok: true });
    expect(sessions.isDue('2025-10-10', 'AM')).toBe(true);
  });
});
