import { LocalDate, SESSIONS, Session, addDays, compareDates, eachDay, isWeekend } from '../core';
import {
  Closure,
  HalfTerm,
  SchoolCalendar,
  calendarEnd,
  calendarStart,
  closureFor,
  halfTermOf,
  isCalendarBankHoliday,
  sessionsOn,
} from './school-calendar';

function halfTermSpans(calendars: readonly SchoolCalendar[]): HalfTerm[] {
  const all = calendars.flatMap((c) => c.halfTerms).sort((a, b) => compareDates(a.start, b.start));
  const spans: HalfTerm[] = [];
  for (const h of all) {
    const last = spans[spans.length - 1];
    if (last && h.start <= last.end) {
      if (h.end > last.end) spans[spans.length - 1] = { ...last, end: h.end };
    } else {
      spans.push({ ...h });
    }
  }
  return spans;
}

function closureKindFor(calendars: readonly SchoolCalendar[], date: LocalDate, session: Session): Closure['kind'] {
  for (const cal of calendars) {
    const closure = closureFor(cal, date, session);
    if (closure && halfTermOf(cal, date)) return closure.kind;
  }
  return 'PLANNED_CLOSURE';
}

// domain §5, §14: the union of several schools' calendars (a child who changed school): a session is held if it is held at any of them
export function mergeCalendars(calendars: readonly SchoolCalendar[]): SchoolCalendar {
  if (calendars.length === 1) return calendars[0];
  const halfTerms = halfTermSpans(calendars);
  const first = calendarStart({ halfTerms, closures: [] });
  const last = calendarEnd({ halfTerms, closures: [] });
  if (first === undefined || last === undefined) return { halfTerms: [], closures: [] };

  const bankHolidays = calendars.every((c) => c.bankHolidays === undefined)
    ? undefined
    : eachDay(first, last).filter((d) => calendars.every((c) => isCalendarBankHoliday(c, d)));
  const merged: SchoolCalendar = bankHolidays ? { halfTerms, closures: [], bankHolidays } : { halfTerms, closures: [] };

  const closures: Closure[] = [];
  for (const span of halfTerms) {
    for (const date of eachDay(span.start, span.end)) {
      if (isWeekend(date) || isCalendarBankHoliday(merged, date)) continue;
      const held = new Set(calendars.flatMap((c) => sessionsOn(c, date)));
      const closed = SESSIONS.filter((s) => !held.has(s));
      if (closed.length === 0) continue;
      const kind = closureKindFor(calendars, date, closed[0]);
      const sessions = closed.length === 2 ? 'BOTH' : closed[0];
      const prev = closures[closures.length - 1];
      if (prev && prev.kind === kind && prev.sessions === sessions && addDays(prev.end, 1) === date) {
        closures[closures.length - 1] = { ...prev, end: date };
      } else {
        closures.push({ start: date, end: date, kind, sessions, description: 'closed at every school' });
      }
    }
  }
  return { ...merged, closures };
}
