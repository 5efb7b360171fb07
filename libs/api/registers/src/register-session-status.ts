import {
  CODE_SET_2024_EFFECTIVE_FROM,
  LegacyAttendanceCode,
  LocalDate,
  SchoolCalendar,
  Session,
  StatisticalCategory,
  attendanceCodeInfo,
  categoryOf,
  closureFor,
  halfTermOf,
  isAttendanceCode,
  isCalendarBankHoliday,
  isLegacyAttendanceCode,
  isWeekend,
  legacyAttendanceCodeInfo,
  legacyCategoryOf,
  scheduledSessionsOn,
} from '@rollcall/rules';

/** Whether a session was held, and so what its register needs. */
export type RegisterSessionStatus = 'HELD' | 'PLANNED_CLOSURE' | 'UNPLANNED_CLOSURE' | 'INSET' | 'NOT_A_SCHOOL_SESSION';

export interface SessionStatus {
  readonly status: RegisterSessionStatus;
  /** A school session with the school open: every pupil on roll is expected, and each needs an attendance mark. */
  readonly attendanceExpected: boolean;
  /** The register needs an entry for each pupil on roll (also true for a closure, which takes `#` or `Y4`). */
  readonly needsMarks: boolean;
  /** The code every pupil takes when the calendar decides it (`#` planned closure, `Y4` unplanned). */
  readonly expectedCode: '#' | 'Y4' | null;
  /** The reason in words, e.g. "2025-12-25 is a bank holiday, not a school session." */
  readonly reason: string;
}

const CLOSURE_WORDS = { INSET: 'an INSET (non-pupil) day', PLANNED_CLOSURE: 'a planned closure', UNPLANNED_CLOSURE: 'an unplanned closure' } as const;

// domain §1.1, §1.2, §2, §14; SI 2024/208 reg 10(1), SI 1999/3181 reg 3: a session is due on a weekday in term that is not a bank holiday; a closed one takes `#` (planned) or `Y4` (unplanned); INSET days need no mark
export function sessionStatus(calendar: SchoolCalendar, date: LocalDate, session: Session): SessionStatus {
  if (!scheduledSessionsOn(calendar, date).includes(session)) {
    const reason = isWeekend(date)
      ? `${date} is a weekend, not a school session.`
      : isCalendarBankHoliday(calendar, date)
        ? `${date} is a bank holiday, not a school session.`
        : !halfTermOf(calendar, date)
          ? `${date} is in the school holidays (no half term in the school’s calendar covers it), not a school session.`
          : `${date} ${session} is not a school session.`;
    return { status: 'NOT_A_SCHOOL_SESSION', attendanceExpected: false, needsMarks: false, expectedCode: null, reason };
  }
  const closure = closureFor(calendar, date, session);
  if (!closure) return { status: 'HELD', attendanceExpected: true, needsMarks: true, expectedCode: null, reason: `${date} ${session} is a school session.` };
  const described = `${date} ${session} is ${CLOSURE_WORDS[closure.kind]}${closure.description ? ` (${closure.description})` : ''}`;
  if (closure.kind === 'INSET') return { status: 'INSET', attendanceExpected: false, needsMarks: false, expectedCode: null, reason: `${described}: no marks are needed.` };
  const expectedCode = closure.kind === 'PLANNED_CLOSURE' ? '#' : 'Y4';
  return { status: closure.kind, attendanceExpected: false, needsMarks: true, expectedCode, reason: `${described}: every pupil is marked "${expectedCode}".` };
}

/** The code set a session's marks were taken in, as the `attendance_code` table names it. */
export function codeSetTableName(date: LocalDate): '2024' | '2006' {
  return date >= CODE_SET_2024_EFFECTIVE_FROM ? '2024' : '2006';
}

// domain §1.2–§1.3: what a stored code means and counts as, in the code set in force on its date
export function codeMeaning(code: string, date: LocalDate): { readonly meaning: string; readonly category: StatisticalCategory } | undefined {
  if (date >= CODE_SET_2024_EFFECTIVE_FROM) {
    return isAttendanceCode(code) ? { meaning: attendanceCodeInfo(code).meaning, category: categoryOf(code) } : undefined;
  }
  return isLegacyAttendanceCode(code)
    ? { meaning: legacyAttendanceCodeInfo(code as LegacyAttendanceCode).meaning, category: legacyCategoryOf(code as LegacyAttendanceCode) }
    : undefined;
}
