import { AttendanceCode, Mark, StatisticalCategory } from '../codes';
import { DEFAULT_ABSENCE_THRESHOLDS } from './absence-thresholds';
import { countMarks, MarkCounts, percentOf, possibleFromCounts } from './count-marks';
import { absenceAtLeast, AbsenceMeasureOptions } from './persistently-absent';

export interface AttendanceSummary {
  readonly possibleSessions: number;
  /** Present + approved educational activity. */
  readonly attendedSessions: number;
  /** Authorised + unauthorised absence. */
  readonly absenceSessions: number;
  readonly present: number;
  readonly approvedEducationalActivity: number;
  readonly authorisedAbsence: number;
  readonly unauthorisedAbsence: number;
  readonly notPossible: number;
  readonly byCategory: Readonly<Record<StatisticalCategory, number>>;
  readonly byCode: Readonly<Partial<Record<AttendanceCode, number>>>;
  /** Percentages of possible sessions; null when there are no possible sessions. */
  readonly attendanceRate: number | null;
  readonly overallAbsenceRate: number | null;
  readonly authorisedAbsenceRate: number | null;
  readonly unauthorisedAbsenceRate: number | null;
  readonly persistentlyAbsent: boolean;
  readonly severelyAbsent: boolean;
}

/** The summary of counts already made (used for one enrolment or for pooled figures). */
export function summariseCounts(counts: MarkCounts, options: AbsenceMeasureOptions = {}): AttendanceSummary {
  const thresholds = options.thresholds ?? DEFAULT_ABSENCE_THRESHOLDS;
  const possible = possibleFromCounts(counts);
  const attended = counts.present + counts.approvedEducationalActivity;
  const absence = counts.authorisedAbsence + counts.unauthorisedAbsence;
  return {
    possibleSessions: possible,
    attendedSessions: attended,
    absenceSessions: absence,
    present: counts.present,
    approvedEducationalActivity: counts.approvedEducationalActivity,
    authorisedAbsence: counts.authorisedAbsence,
    unauthorisedAbsence: counts.unauthorisedAbsence,
    notPossible: counts.notPossible,
    byCategory: counts.byCategory,
    byCode: counts.byCode,
    attendanceRate: percentOf(attended, possible),
    overallAbsenceRate: percentOf(absence, possible),
    authorisedAbsenceRate: percentOf(counts.authorisedAbsence, possible),
    unauthorisedAbsenceRate: percentOf(counts.unauthorisedAbsence, possible),
    persistentlyAbsent: absenceAtLeast(counts, thresholds.persistentAbsencePercent),
    severelyAbsent: absenceAtLeast(counts, thresholds.severeAbsencePercent),
  };
}

// domain §4 and §14; DfE absence methodology: every measure for one enrolment's marks over any date range
export function summariseAttendance(
  marks: readonly Pick<Mark, 'code' | 'date'>[],
  options: AbsenceMeasureOptions = {},
): AttendanceSummary {
  return summariseCounts(countMarks(marks, options), options);
}
