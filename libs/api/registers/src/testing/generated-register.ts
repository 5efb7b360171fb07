import { SchoolCalendar, SessionRef, buildSchoolCalendar, sessionsBetween, LocalDate, HalfTermName } from '@rollcall/rules';
import { MarkInput } from '../register-import.service';
import { FIXTURE_CLOSURES, FIXTURE_HALF_TERMS } from './register-fixture';

/** The fixture school's calendar as the rules library reads it. */
export function fixtureCalendar(): SchoolCalendar {
  const years = [...new Set(FIXTURE_HALF_TERMS.map((h) => h.academicYear))];
  return buildSchoolCalendar(
    years.map((academicYear) => ({
      academicYear,
      halfTerms: FIXTURE_HALF_TERMS.filter((h) => h.academicYear === academicYear).map((h) => ({
        name: h.name as HalfTermName,
        start: h.startsOn,
        end: h.endsOn,
      })),
      closures: FIXTURE_CLOSURES.filter((c) => c.startsOn >= `${academicYear}-08-01` && c.startsOn < `${academicYear + 1}-08-01`).map((c) => ({
        start: c.startsOn,
        end: c.endsOn,
        kind: c.kind as 'INSET' | 'PLANNED_CLOSURE' | 'UNPLANNED_CLOSURE',
        sessions: c.sessions as 'AM' | 'PM' | 'BOTH',
      })),
    })),
  );
}

/** The fixture school's sessions from `from` to `to` that take an ordinary mark (closed sessions left out). */
export function openSessions(from: LocalDate, to: LocalDate): SessionRef[] {
  const calendar = fixtureCalendar();
  return sessionsBetween(calendar, from, to);
}

const ABSENCE_CODES = ['I', 'M', 'N', 'O', 'G', 'C', 'U', 'L', 'B', 'V'];

/** A deterministic register: mostly present, about one session in eight absent or otherwise coded. */
export function* generatedMarks(upns: readonly string[], sessions: readonly SessionRef[]): Generator<MarkInput> {
  let n = 0;
  for (const upn of upns) {
    for (const s of sessions) {
      n = (n * 1103515245 + 12345) & 0x7fffffff;
      const code = n % 8 === 0 ? ABSENCE_CODES[(n >> 3) % ABSENCE_CODES.length] : s.session === 'AM' ? '/' : '\\';
      yield { upn, date: s.date, session: s.session, code };
    }
  }
}

/** The same register as CSV text, line by line. */
export function* generatedCsv(upns: readonly string[], sessions: readonly SessionRef[]): Generator<string> {
  yield 'upn,date,session,code,minutes_late\n';
  let lines: string[] = [];
  for (const m of generatedMarks(upns, sessions)) {
    lines.push(`${m.upn},${m.date},${m.session},${m.code},\n`);
    if (lines.length === 1000) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}
