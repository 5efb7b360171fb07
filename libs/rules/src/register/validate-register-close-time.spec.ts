import { validateRegisterCloseTime, validateRegisterTimetable } from './validate-register-close-time';

describe('validateRegisterCloseTime', () => {
  it('accepts a register that closes 30 minutes after an 08:45 start', () => {
    expect(validateRegisterCloseTime({ sessionStart: '08:45', registerClosesAt: '09:15' })).toEqual({
      allowed: true,
      detail: { openMinutes: 30, maxRegisterOpenMinutes: 30 },
    });
  });

  it('refuses a register left open for 31 minutes, saying how long it is open and the limit', () => {
    expect(validateRegisterCloseTime({ sessionStart: '08:45', registerClosesAt: '09:16' })).toEqual({
      allowed: false,
      reason: 'OPEN_LONGER_THAN_ALLOWED',
      detail: { openMinutes: 31, maxRegisterOpenMinutes: 30 },
    });
  });

  it('uses the LA or school setting when it is stricter', () => {
    const result = validateRegisterCloseTime(
      { sessionStart: '08:45', registerClosesAt: '09:05' },
      { maxRegisterOpenMinutes: 15, safeguardingFollowUpAfterConsecutiveDays: 2 },
    );
    expect(result).toMatchObject({ allowed: false, reason: 'OPEN_LONGER_THAN_ALLOWED', detail: { openMinutes: 20, maxRegisterOpenMinutes: 15 } });
  });

  it('refuses a close time before the session starts, and malformed times', () => {
    expect(validateRegisterCloseTime({ sessionStart: '08:45', registerClosesAt: '08:30' })).toMatchObject({
      allowed: false,
      reason: 'CLOSES_BEFORE_SESSION_STARTS',
    });
    expect(validateRegisterCloseTime({ sessionStart: '8.45', registerClosesAt: '09:00' })).toMatchObject({ allowed: false, reason: 'INVALID_TIME' });
  });
});

describe('validateRegisterTimetable', () => {
  it('accepts the same 15-minute window morning and afternoon', () => {
    expect(
      validateRegisterTimetable({
        AM: { sessionStart: '08:45', registerClosesAt: '09:00' },
        PM: { sessionStart: '13:15', registerClosesAt: '13:30' },
      }),
    ).toEqual({ allowed: true, detail: { openMinutes: { AM: 15, PM: 15 }, maxRegisterOpenMinutes: 30 } });
  });

  it('refuses different windows for the two sessions', () => {
    expect(
      validateRegisterTimetable({
        AM: { sessionStart: '08:45', registerClosesAt: '09:15' },
        PM: { sessionStart: '13:15', registerClosesAt: '13:25' },
      }),
    ).toMatchObject({ allowed: false, reason: 'OPEN_PERIOD_DIFFERS_BETWEEN_SESSIONS', detail: { openMinutes: { AM: 30, PM: 10 } } });
  });

  it('names the session whose window is too long', () => {
    expect(
      validateRegisterTimetable({
        AM: { sessionStart: '08:45', registerClosesAt: '09:00' },
        PM: { sessionStart: '13:00', registerClosesAt: '13:45' },
      }),
    ).toMatchObject({ allowed: false, reason: 'OPEN_LONGER_THAN_ALLOWED', detail: { session: 'PM', openMinutes: { PM: 45 } } });
  });
});
