import { LocalDate, SessionRef, sessionKey } from '../core';
import { SchoolCalendar } from '../calendar';
import { RegisterEnrolment, SessionNeedingMark, sessionsNeedingMarks } from './sessions-needing-marks';

// domain §1.1, §2; SI 2024/208 reg 10(1): sessions in the range that need a mark and have none yet
export function missingMarks(
  calendar: SchoolCalendar,
  enrolment: RegisterEnrolment,
  from: LocalDate,
  to: LocalDate,
  marks: readonly SessionRef[],
): SessionNeedingMark[] {
  const marked = new Set(marks.map(sessionKey));
  return sessionsNeedingMarks(calendar, enrolment, from, to).filter((s) => !marked.has(sessionKey(s)));
}
