import { Mark } from '../codes';
import { AbsenceMeasureOptions } from './persistently-absent';
import { AttendanceSummary, summariseAttendance } from './summarise-attendance';

/** A register mark tagged with the enrolment (pupil at one school) it belongs to. */
export interface EnrolmentMark extends Mark {
  readonly enrolmentId: string;
}

export interface EnrolmentAttendanceSummary extends AttendanceSummary {
  readonly enrolmentId: string;
}

// domain §4 and §14 RULE; DfE absence methodology: measures per enrolment on its own possible sessions (movers counted per school)
export function summariseByEnrolment(
  marks: readonly EnrolmentMark[],
  options: AbsenceMeasureOptions = {},
): EnrolmentAttendanceSummary[] {
  const groups = new Map<string, EnrolmentMark[]>();
  for (const mark of marks) {
    const group = groups.get(mark.enrolmentId);
    if (group) group.push(mark);
    else groups.set(mark.enrolmentId, [mark]);
  }
  return [...groups].map(([enrolmentId, group]) => ({ enrolmentId, ...summariseAttendance(group, options) }));
}
