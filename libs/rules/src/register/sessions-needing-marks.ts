import { IsoWeekday, LocalDate, SessionRef, eachDay, isoWeekday, maxDate, minDate } from '../core';
import { SchoolCalendar, closureFor, scheduledSessionsOn } from '../calendar';

export interface DualRegistration {
  /** The regular sessions the pupil is expected at the other school (coded `D` here). */
  readonly otherSchoolSessions: readonly { readonly weekday: IsoWeekday; readonly session: 'AM' | 'PM' }[];
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

export interface RegisterEnrolment {
  /** First day on the admission register. */
  readonly admissionDate: LocalDate;
  /** Last day on the admission register (inclusive); open when still on roll. */
  readonly leavingDate?: LocalDate;
  /** Boarders are outside the session-by-session register duty (reg 10(1)). */
  readonly boarder?: boolean;
  readonly dualRegistration?: DualRegistration;
}

export type MarkNeededBecause = 'SESSION_HELD' | 'AT_OTHER_SCHOOL' | 'PLANNED_CLOSURE' | 'UNPLANNED_CLOSURE';

export interface SessionNeedingMark extends SessionRef {
  readonly because: MarkNeededBecause;
  /** The code the session must take, where the calendar or dual registration decides it. */
  readonly expectedCode?: 'D' | '#' | 'Y4';
}

function atOtherSchool(dual: DualRegistration | undefined, ref: SessionRef): boolean {
  if (!dual) return false;
  if ((dual.from !== undefined && ref.date < dual.from) || (dual.to !== undefined && ref.date > dual.to)) return false;
  const weekday = isoWeekday(ref.date);
  return dual.otherSchoolSessions.some((s) => s.weekday === weekday && s.session === ref.session);
}

/** INSET days (non-pupil days) and holidays need no mark; boarders are outside the session-by-session duty. */
// domain §1.1, §1.2, §2; SI 2024/208 reg 10(1): every session due while on roll needs a mark — `#` planned closure, `Y4` unplanned, `D` at the other school
export function sessionsNeedingMarks(
  calendar: SchoolCalendar,
  enrolment: RegisterEnrolment,
  from: LocalDate,
  to: LocalDate,
): SessionNeedingMark[] {
  if (enrolment.boarder) return [];
  const start = maxDate(from, enrolment.admissionDate);
  const end = enrolment.leavingDate === undefined ? to : minDate(to, enrolment.leavingDate);
  const needed: SessionNeedingMark[] = [];
  for (const date of eachDay(start, end)) {
    for (const session of scheduledSessionsOn(calendar, date)) {
      const closure = closureFor(calendar, date, session);
      if (closure?.kind === 'INSET') continue;
      if (closure?.kind === 'PLANNED_CLOSURE') needed.push({ date, session, because: 'PLANNED_CLOSURE', expectedCode: '#' });
      else if (closure?.kind === 'UNPLANNED_CLOSURE') needed.push({ date, session, because: 'UNPLANNED_CLOSURE', expectedCode: 'Y4' });
      else if (atOtherSchool(enrolment.dualRegistration, { date, session })) {
        needed.push({ date, session, because: 'AT_OTHER_SCHOOL', expectedCode: 'D' });
      } else needed.push({ date, session, because: 'SESSION_HELD' });
    }
  }
  return needed;
}
