import {
  Closure,
  LocalDate,
  SchoolCalendar,
  Session,
  closureFor,
  halfTermOf,
  isCalendarBankHoliday,
  isWeekend,
  isoWeekday,
  scheduledSessionsOn,
  sessionsNeedingMarks,
} from '@rollcall/rules';

export type SessionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'NOT_A_SCHOOL_SESSION' | 'DATE_IN_CLOSURE'; readonly message: string };

interface SessionFacts {
  /** Why the session is not due at all (weekend, bank holiday, outside the terms), or undefined when it is. */
  readonly notDue?: string;
  readonly closure?: Closure;
  /** Codes a closed session may take. */
  readonly closureCodes?: readonly string[];
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CLOSURE_TEXT: Readonly<Record<Closure['kind'], string>> = {
  INSET: 'an INSET day',
  PLANNED_CLOSURE: 'a planned closure',
  UNPLANNED_CLOSURE: 'an unplanned closure',
};
const MEMO_LIMIT = 20_000;
const OK: SessionCheck = { ok: true };

/**
 * Answers "may this session carry this code?" from one school's calendar, remembering each date-session it has
 * been asked about (a register file asks about the same few hundred sessions for every pupil).
 */
export class SchoolSessions {
  private readonly memo = new Map<string, readonly [SessionFacts, SessionFacts]>();

  constructor(private readonly calendar: SchoolCalendar) {}

  /** True when the session is due in the school's calendar (a closure still makes it due, with `#`). */
  isDue(date: LocalDate, session: Session): boolean {
    return this.facts(date, session).notDue === undefined;
  }

  check(date: LocalDate, session: Session, code: string): SessionCheck {
    const facts = this.facts(date, session);
    if (facts.notDue !== undefined) return { ok: false, reason: 'NOT_A_SCHOOL_SESSION', message: facts.notDue };
    if (facts.closure && facts.closureCodes && !facts.closureCodes.includes(code)) {
      const description = facts.closure.description ? `: ${facts.closure.description}` : '';
      return {
        ok: false,
        reason: 'DATE_IN_CLOSURE',
        message:
          `The school is closed on ${date} ${session} (${CLOSURE_TEXT[facts.closure.kind]}${description}), so the session ` +
          `can only be marked ${facts.closureCodes.map((c) => `"${c}"`).join(' or ')}, not "${code}".`,
      };
    }
    return OK;
  }

  private facts(date: LocalDate, session: Session): SessionFacts {
    let facts = this.memo.get(date);
    if (!facts) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      facts = [this.work(date, 'AM'), this.work(date, 'PM')];
      this.memo.set(date, facts);
    }
    return facts[session === 'AM' ? 0 : 1];
  }

  // domain §14 and §1.2; SI 1999/3181 reg 3, SI 2024/208 reg 10: a session is due on a weekday in term that is not a bank holiday; a closed one takes `#` (or `Y4` when unplanned)
  private work(date: LocalDate, session: Session): SessionFacts {
    if (!scheduledSessionsOn(this.calendar, date).includes(session)) {
      if (isWeekend(date)) return { notDue: `${date} is a ${WEEKDAY_NAMES[isoWeekday(date) - 1]}, not a school session.` };
      if (isCalendarBankHoliday(this.calendar, date)) return { notDue: `${date} is a bank holiday, not a school session.` };
      if (!halfTermOf(this.calendar, date)) {
        return {
          notDue: `${date} is outside the school's terms (no half term in its calendar covers it), so it is not a school session.`,
        };
      }
      return { notDue: `${date} ${session} is not a school session.` };
    }
    const closure = closureFor(this.calendar, date, session);
    if (!closure) return {};
    const expected = sessionsNeedingMarks(this.calendar, { admissionDate: date }, date, date).find((s) => s.session === session)?.expectedCode;
    return { closure, closureCodes: expected && expected !== '#' ? ['#', expected] : ['#'] };
  }
}
