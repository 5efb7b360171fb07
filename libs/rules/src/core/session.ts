import { LocalDate, toEpochDay } from './local-date';

/** A school day is two sessions, morning and afternoon (SI 1999/3181 reg 3(1)). */
export type Session = 'AM' | 'PM';

export const SESSIONS: readonly Session[] = ['AM', 'PM'];

export interface SessionRef {
  readonly date: LocalDate;
  readonly session: Session;
}

/** A total order over sessions: AM before PM, earlier dates first. */
export function sessionOrdinal(ref: SessionRef): number {
  return toEpochDay(ref.date) * 2 + (ref.session === 'PM' ? 1 : 0);
}

export function compareSessions(a: SessionRef, b: SessionRef): number {
  return sessionOrdinal(a) - sessionOrdinal(b);
}

export function sessionKey(ref: SessionRef): string {
  return `${ref.date}:${ref.session}`;
}
