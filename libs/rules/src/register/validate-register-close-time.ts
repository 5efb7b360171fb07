import { Decision, Session, allow, refuse } from '../core';
import { ClockTime, clockTimeToMinutes, isClockTime } from './clock-time';
import { DEFAULT_REGISTER_SETTINGS, RegisterSettings } from './register-settings';

export interface RegisterTimes {
  readonly sessionStart: ClockTime;
  readonly registerClosesAt: ClockTime;
}

export type RegisterCloseTimeRefusal = 'INVALID_TIME' | 'CLOSES_BEFORE_SESSION_STARTS' | 'OPEN_LONGER_THAN_ALLOWED';

export interface RegisterCloseTimeDetail {
  readonly openMinutes?: number;
  readonly maxRegisterOpenMinutes: number;
}

// domain §2, §13; DfE Working together (via S15): the register closes at a set time, no more than 30 minutes after the session starts
export function validateRegisterCloseTime(
  times: RegisterTimes,
  settings: RegisterSettings = DEFAULT_REGISTER_SETTINGS,
): Decision<RegisterCloseTimeRefusal, RegisterCloseTimeDetail> {
  const max = settings.maxRegisterOpenMinutes;
  if (!isClockTime(times.sessionStart) || !isClockTime(times.registerClosesAt)) {
    return refuse('INVALID_TIME', { maxRegisterOpenMinutes: max });
  }
  const openMinutes = clockTimeToMinutes(times.registerClosesAt) - clockTimeToMinutes(times.sessionStart);
  if (openMinutes < 0) return refuse('CLOSES_BEFORE_SESSION_STARTS', { openMinutes, maxRegisterOpenMinutes: max });
  if (openMinutes > max) return refuse('OPEN_LONGER_THAN_ALLOWED', { openMinutes, maxRegisterOpenMinutes: max });
  return allow({ openMinutes, maxRegisterOpenMinutes: max });
}

export type RegisterTimetableRefusal = RegisterCloseTimeRefusal | 'OPEN_PERIOD_DIFFERS_BETWEEN_SESSIONS';

export interface RegisterTimetableDetail {
  readonly session?: Session;
  readonly openMinutes?: Partial<Record<Session, number>>;
  readonly maxRegisterOpenMinutes: number;
}

// domain §2; DfE Working together (via S15): the register stays open for the same time in every session, and no longer than 30 minutes
export function validateRegisterTimetable(
  timetable: Readonly<Record<Session, RegisterTimes>>,
  settings: RegisterSettings = DEFAULT_REGISTER_SETTINGS,
): Decision<RegisterTimetableRefusal, RegisterTimetableDetail> {
  const openMinutes: Partial<Record<Session, number>> = {};
  for (const session of ['AM', 'PM'] as const) {
    const check = validateRegisterCloseTime(timetable[session], settings);
    if (!check.allowed) {
      return refuse(check.reason, { session, openMinutes: { [session]: check.detail?.openMinutes }, maxRegisterOpenMinutes: settings.maxRegisterOpenMinutes });
    }
    openMinutes[session] = check.detail?.openMinutes;
  }
  if (openMinutes.AM !== openMinutes.PM) {
    return refuse('OPEN_PERIOD_DIFFERS_BETWEEN_SESSIONS', { openMinutes, maxRegisterOpenMinutes: settings.maxRegisterOpenMinutes });
  }
  return allow({ openMinutes, maxRegisterOpenMinutes: settings.maxRegisterOpenMinutes });
}
