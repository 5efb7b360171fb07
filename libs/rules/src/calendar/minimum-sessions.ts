import { Decision, allow, eachDay, refuse } from '../core';
import { SchoolCalendar, closureFor, scheduledSessionsOn } from './school-calendar';

export interface MinimumSessionsSettings {
  /** Sessions a school must meet in a school year; DfE has allowed fewer in years with an extra bank holiday. */
  readonly requiredSessions: number;
}

// domain §14; SI 1999/3181 reg 3(2): at least 380 sessions (190 days) in each school year
export const DEFAULT_MINIMUM_SESSIONS_SETTINGS: MinimumSessionsSettings = { requiredSessions: 380 };

export interface MinimumSessionsDetail {
  readonly academicYear: number;
  /** Sessions held plus sessions lost to unplanned closures (counted as held, reg 3(3)). */
  readonly sessionsCounted: number;
  readonly unplannedClosureSessions: number;
  readonly requiredSessions: number;
  readonly shortBy: number;
}

// domain §14; SI 1999/3181 reg 3: sessions counted towards the yearly minimum — sessions lost to an unavoidable (unplanned) closure count as held
export function sessionsCountedForYear(
  cal: SchoolCalendar,
  academicYear: number,
): { counted: number; unplanned: number } {
  let counted = 0;
  let unplanned = 0;
  for (const term of cal.halfTerms.filter((h) => h.academicYear === academicYear)) {
    for (const date of eachDay(term.start, term.end)) {
      for (const session of scheduledSessionsOn(cal, date)) {
        const closure = closureFor(cal, date, session);
        if (closure?.kind === 'UNPLANNED_CLOSURE') unplanned += 1;
        if (!closure || closure.kind === 'UNPLANNED_CLOSURE') counted += 1;
      }
    }
  }
  return { counted, unplanned };
}

// domain §14; SI 1999/3181 reg 3(2): a maintained school's calendar must provide at least 380 sessions in the school year
export function meetsMinimumSessions(
  cal: SchoolCalendar,
  academicYear: number,
  settings: MinimumSessionsSettings = DEFAULT_MINIMUM_SESSIONS_SETTINGS,
): Decision<'FEWER_THAN_MINIMUM_SESSIONS', MinimumSessionsDetail> {
  const { counted, unplanned } = sessionsCountedForYear(cal, academicYear);
  const detail: MinimumSessionsDetail = {
    academicYear,
    sessionsCounted: counted,
    unplannedClosureSessions: unplanned,
    requiredSessions: settings.requiredSessions,
    shortBy: Math.max(0, settings.requiredSessions - counted),
  };
  return counted >= settings.requiredSessions ? allow(detail) : refuse('FEWER_THAN_MINIMUM_SESSIONS', detail);
}
