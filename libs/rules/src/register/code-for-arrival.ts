import { Session } from '../core';
import { AttendanceCode } from '../codes';
import { ClockTime, clockTimeToMinutes } from './clock-time';

export interface Arrival {
  readonly session: Session;
  readonly sessionStart: ClockTime;
  readonly registerClosesAt: ClockTime;
  readonly arrivedAt: ClockTime;
  /** When given, an arrival after this is not a late arrival for the session at all. */
  readonly sessionEnd?: ClockTime;
  /** The pupil was late for a reason with its own code (e.g. `M` for a medical appointment). */
  readonly hasOtherReason?: boolean;
  /** The code already in the register for the session, e.g. `N` entered when the register closed. */
  readonly currentCode?: AttendanceCode;
}

export type ArrivalOutcome =
  | 'ON_TIME'
  | 'LATE_BEFORE_REGISTER_CLOSED'
  | 'LATE_AFTER_REGISTER_CLOSED'
  | 'LATE_AFTER_REGISTER_CLOSED_WITH_OTHER_REASON'
  | 'ARRIVED_AFTER_SESSION_ENDED';

export interface ArrivalCode {
  readonly outcome: ArrivalOutcome;
  /** The code to enter; undefined when another code must be chosen (the reason's own code) or the absence code stands. */
  readonly code?: AttendanceCode;
  /** True when this replaces an `N` entered when the register closed. */
  readonly replacesN: boolean;
}

/** Arriving exactly at the closing time counts as before it closes (the register is open until the end of that minute). */
// domain §1.2, §2; SI 2024/208 reg 10 Table 1: before the register closes `L` (present), after it `U` or the reason's own code; an `N` is replaced
export function codeForArrival(arrival: Arrival): ArrivalCode {
  const start = clockTimeToMinutes(arrival.sessionStart);
  const closes = clockTimeToMinutes(arrival.registerClosesAt);
  const arrived = clockTimeToMinutes(arrival.arrivedAt);
  if (closes < start) throw new RangeError(`the register closes at ${arrival.registerClosesAt}, before the session starts at ${arrival.sessionStart}`);
  const wasN = arrival.currentCode === 'N';
  if (arrived <= start) return { outcome: 'ON_TIME', code: arrival.session === 'AM' ? '/' : '\\', replacesN: wasN };
  if (arrived <= closes) return { outcome: 'LATE_BEFORE_REGISTER_CLOSED', code: 'L', replacesN: wasN };
  if (arrival.sessionEnd !== undefined && arrived > clockTimeToMinutes(arrival.sessionEnd)) {
    return { outcome: 'ARRIVED_AFTER_SESSION_ENDED', replacesN: false };
  }
  if (arrival.hasOtherReason) return { outcome: 'LATE_AFTER_REGISTER_CLOSED_WITH_OTHER_REASON', replacesN: wasN };
  return { outcome: 'LATE_AFTER_REGISTER_CLOSED', code: 'U', replacesN: wasN };
}
