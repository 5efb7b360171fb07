import { Mark } from '../codes';
import { AbsenceThresholds, DEFAULT_ABSENCE_THRESHOLDS } from './absence-thresholds';
import { countMarks, DateRange, MarkCounts, possibleFromCounts } from './count-marks';

export interface AbsenceMeasureOptions extends DateRange {
  readonly thresholds?: AbsenceThresholds;
}

/** True when absence is at least `percent` of possible sessions (exact, no rounding); never with 0 possible sessions. */
export function absenceAtLeast(counts: MarkCounts, percent: number): boolean {
  const possible = possibleFromCounts(counts);
  return possible > 0 && (counts.authorisedAbsence + counts.unauthorisedAbsence) * 100 >= percent * possible;
}

// domain §4 and §14; DfE absence methodology: an enrolment missing >= 10 % of its OWN possible sessions (pass one enrolment's marks)
export function persistentlyAbsent(
  marks: readonly Pick<Mark, 'code' | 'date'>[],
  options: AbsenceMeasureOptions = {},
): boolean {
  const thresholds = options.thresholds ?? DEFAULT_ABSENCE_THRESHOLDS;
  return absenceAtLeast(countMarks(marks, options), thresholds.persistentAbsencePercent);
}
