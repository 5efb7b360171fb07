import { Mark } from '../codes';
import { DEFAULT_ABSENCE_THRESHOLDS } from './absence-thresholds';
import { countMarks } from './count-marks';
import { absenceAtLeast, AbsenceMeasureOptions } from './persistently-absent';

// domain §4 and §14; DfE absence methodology: an enrolment missing >= 50 % of its OWN possible sessions (a subset of PA)
export function severelyAbsent(marks: readonly Pick<Mark, 'code' | 'date'>[], options: AbsenceMeasureOptions = {}): boolean {
  const thresholds = options.thresholds ?? DEFAULT_ABSENCE_THRESHOLDS;
  return absenceAtLeast(countMarks(marks, options), thresholds.severeAbsencePercent);
}
