import { CodeSetId, LocalDate, Session, codeSetFor, isLocalDate, parseAttendanceCode, validateUpn } from '@rollcall/rules';
import { ImportProblem, ImportProblemReason, ProblemCollector } from './import-problem';
import { SchoolRoll } from './school-roll';
import { SchoolSessions } from './school-sessions';

/** One mark as it arrived, before any checks: every value may be missing or mistyped. */
export interface RawMark {
  readonly upn: unknown;
  readonly date: unknown;
  readonly session: unknown;
  readonly code: unknown;
  readonly minutesLate: unknown;
}

/** What the submission calls each value, so a problem names the column or property to fix. */
export interface MarkFieldNames {
  readonly upn: string;
  readonly date: string;
  readonly session: string;
  readonly code: string;
  readonly minutesLate: string;
}

/** A mark that passed every per-row check, ready for the staging table. */
export interface CheckedMark {
  readonly row: number;
  /** For a CTF: the session's position in its mark string, from 1. */
  readonly position: number | null;
  readonly upn: string;
  /** The enrolment the mark belongs to, when the school's roll was known while checking (null: matched later in SQL). */
  readonly enrolmentId: string | null;
  readonly date: LocalDate;
  readonly session: Session;
  readonly code: string;
  readonly minutesLate: number | null;
}

export interface DateRangeGuard {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

type CodeResult = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string };
type UpnResult = { readonly ok: true; readonly upn: string } | { readonly ok: false; readonly message: string };
type DayResult =
  | { readonly ok: true; readonly date: LocalDate; readonly codeSet: CodeSetId }
  | { readonly ok: false; readonly reason: 'INVALID_DATE' | 'OUTSIDE_DATE_RANGE'; readonly message: string; readonly date?: LocalDate };

const CACHE_LIMIT = 20_000;
const MAX_MINUTES_LATE = 999;
const LATE_CODES: ReadonlySet<string> = new Set(['L', 'U']);

/**
 * The checks one mark needs on its own, made while the file streams: UPN, date, session, code (by the code set in
 * force on the date), minutes late, the date range, the school's calendar and, when the roll is given, the pupil's
 * enrolment. Duplicates (which need the other rows) are found in bulk afterwards.
 */
export class MarkRowChecker {
  private readonly upns = new Map<string, UpnResult>();
  private readonly days = new Map<string, DayResult>();
  private readonly codes: Record<CodeSetId, Map<string, CodeResult>> = { CODE_SET_2024: new Map(), CODE_SET_PRE_2024: new Map() };

  constructor(
    private readonly sessions: SchoolSessions,
    private readonly problems: ProblemCollector,
    private readonly range?: DateRangeGuard,
    private readonly roll?: SchoolRoll,
  ) {}

  check(row: number, raw: RawMark, fields: MarkFieldNames): CheckedMark | undefined {
    const before = this.problems.total;
    const upn = this.checkUpn(row, raw.upn, fields.upn);
    const day = this.checkDate(row, raw.date, fields.date, upn);
    const date = day?.date;
    const session = this.checkSession(row, raw.session, fields.session, upn, date);
    const code = day === undefined ? undefined : this.checkCode(row, raw.code, day, fields.code, upn, session);
    const minutesLate = this.checkMinutesLate(row, raw.minutesLate, code, fields.minutesLate, upn, date, session);
    if (date !== undefined && session !== undefined && code !== undefined) {
      const inCalendar = this.sessions.check(date, session, code);
      if (!inCalendar.ok) {
        const field = inCalendar.reason === 'DATE_IN_CLOSURE' ? fields.code : fields.date;
        this.add(row, field, inCalendar.reason, inCalendar.message, upn, date, session);
      }
    }
    if (this.problems.total > before || upn === undefined || date === undefined || session === undefined || code === undefined) {
      return undefined;
    }
    const enrolmentId = this.enrolmentOn(row, upn, date, session, fields);
    if (enrolmentId === undefined) return undefined;
    return { row, position: null, upn, enrolmentId, date, session, code, minutesLate: minutesLate ?? null };
  }

  /** The enrolment covering the session (null when there is no roll to check against), or undefined with a problem. */
  private enrolmentOn(row: number, upn: string, date: LocalDate, session: Session, fields: MarkFieldNames): string | null | undefined {
    if (!this.roll) return null;
    const place = this.roll.placeOn(upn, date);
    if (place) return place.enrolmentId;
    if (place === undefined) {
      this.add(row, fields.upn, 'UNKNOWN_PUPIL', unknownPupilMessage(upn), upn, date, session);
    } else {
      this.add(row, fields.date, 'OUTSIDE_ENROLMENT', outsideEnrolmentMessage(upn, date, this.roll.describe(upn)), upn, date, session);
    }
    return undefined;
  }

  // domain §15.1: the DfE UPN checks and their error texts
  checkUpn(row: number, raw: unknown, field: string): string | undefined {
    const text = typeof raw === 'string' ? raw : '';
    let result = this.upns.get(text);
    if (!result) {
      const validation = validateUpn(text);
      result = validation.allowed
        ? { ok: true, upn: validation.detail.upn }
        : { ok: false, message: validation.detail.problems.map((p) => p.message).join('; ') };
      if (this.upns.size >= CACHE_LIMIT) this.upns.clear();
      this.upns.set(text, result);
    }
    if (result.ok) return result.upn;
    this.add(row, field, 'INVALID_UPN', result.message, text.trim() || undefined);
    return undefined;
  }

  /** A code already read from a CTF mark string: only the calendar needs checking. */
  checkCalendar(row: number, field: string, upn: string, date: LocalDate, session: Session, code: string): boolean {
    const inCalendar = this.sessions.check(date, session, code);
    if (inCalendar.ok) return true;
    this.add(row, field, inCalendar.reason, inCalendar.message, upn, date, session);
    return false;
  }

  add(
    row: number,
    field: string,
    reason: ImportProblemReason,
    message: string,
    upn?: string,
    date?: string,
    session?: string,
  ): void {
    const problem: ImportProblem = {
      row,
      field,
      reason,
      message,
      ...(upn === undefined ? {} : { upn }),
      ...(date === undefined ? {} : { date }),
      ...(session === undefined ? {} : { session }),
    };
    this.problems.add(problem);
  }

  private checkDate(row: number, raw: unknown, field: string, upn: string | undefined): (DayResult & { ok: true }) | undefined {
    const text = typeof raw === 'string' ? raw : '';
    let result = this.days.get(text);
    if (!result) {
      result = this.day(text.trim(), raw);
      if (this.days.size >= CACHE_LIMIT) this.days.clear();
      this.days.set(text, result);
    }
    if (result.ok) return result;
    this.add(row, field, result.reason, result.message, upn, result.date);
    return undefined;
  }

  private day(text: string, raw: unknown): DayResult {
    if (!isLocalDate(text)) {
      return { ok: false, reason: 'INVALID_DATE', message: `"${String(raw ?? '')}" is not a date in the form YYYY-MM-DD.` };
    }
    if (this.range && (text < this.range.from || text > this.range.to)) {
      return {
        ok: false,
        reason: 'OUTSIDE_DATE_RANGE',
        message: `${text} is outside the range this submission covers (${this.range.from} to ${this.range.to}).`,
        date: text,
      };
    }
    return { ok: true, date: text, codeSet: codeSetFor(text).id };
  }

  private checkSession(row: number, raw: unknown, field: string, upn: string | undefined, date: string | undefined): Session | undefined {
    const text = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    if (text === 'AM' || text === 'PM') return text;
    this.add(row, field, 'INVALID_SESSION', `Session "${String(raw ?? '')}" must be AM or PM.`, upn, date);
    return undefined;
  }

  // domain §1.2–§1.3; SI 2024/208: the 2024 codes from 19 August 2024, the 2006 codes before
  private checkCode(
    row: number,
    raw: unknown,
    day: { readonly date: LocalDate; readonly codeSet: CodeSetId },
    field: string,
    upn: string | undefined,
    session: Session | undefined,
  ): string | undefined {
    const text = typeof raw === 'string' ? raw : '';
    const codes = this.codes[day.codeSet];
    let result = codes.get(text);
    if (!result) {
      const parsed = parseAttendanceCode(text, { on: day.date });
      result = parsed.ok ? { ok: true, code: parsed.code } : { ok: false, message: parsed.message };
      if (codes.size >= CACHE_LIMIT) codes.clear();
      codes.set(text, result);
    }
    if (result.ok) return result.code;
    this.add(row, field, 'UNKNOWN_CODE', result.message, upn, day.date, session);
    return undefined;
  }

  // domain §2 (register closing): minutes late go with L (arrived before the register closed) or U (after)
  private checkMinutesLate(
    row: number,
    raw: unknown,
    code: string | undefined,
    field: string,
    upn: string | undefined,
    date: string | undefined,
    session: string | undefined,
  ): number | null | undefined {
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isInteger(value) || value < 0 || value > MAX_MINUTES_LATE) {
      this.add(
        row,
        field,
        'INVALID_MINUTES_LATE',
        `Minutes late "${String(raw)}" must be a whole number from 0 to ${MAX_MINUTES_LATE}.`,
        upn,
        date,
        session,
      );
      return undefined;
    }
    if (code !== undefined && !LATE_CODES.has(code)) {
      this.add(
        row,
        field,
        'INVALID_MINUTES_LATE',
        `Minutes late can only be given with code L or U, not "${code}".`,
        upn,
        date,
        session,
      );
      return undefined;
    }
    return value;
  }
}

export function unknownPupilMessage(upn: string): string {
  return `No pupil with UPN ${upn} is on this school's roll; add the pupil before sending their marks.`;
}

export function outsideEnrolmentMessage(upn: string, date: string, onRoll: string): string {
  return `Pupil ${upn} is not on this school's roll on ${date} (on roll ${onRoll}).`;
}
