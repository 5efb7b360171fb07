import { AttendanceCode, isPossibleSession, Mark } from '../codes';
import { countMarks, DateRange, percentOf, possibleFromCounts } from './count-marks';

type Marks = readonly Pick<Mark, 'code' | 'date'>[];

// domain §1.2 RULE (attendance %); DfE attendance methodology: (present + AEA) / possible × 100, null with no possible sessions
export function attendanceRate(marks: Marks, range: DateRange = {}): number | null {
  const c = countMarks(marks, range);
  return percentOf(c.present + c.approvedEducationalActivity, possibleFromCounts(c));
}

// domain §4; DfE absence methodology: (authorised + unauthorised) / possible × 100
export function overallAbsenceRate(marks: Marks, range: DateRange = {}): number | null {
  const c = countMarks(marks, range);
  return percentOf(c.authorisedAbsence + c.unauthorisedAbsence, possibleFromCounts(c));
}

// domain §4; DfE absence methodology: authorised absence / possible × 100
export function authorisedAbsenceRate(marks: Marks, range: DateRange = {}): number | null {
  const c = countMarks(marks, range);
  return percentOf(c.authorisedAbsence, possibleFromCounts(c));
}

// domain §4; DfE absence methodology: unauthorised absence / possible × 100
export function unauthorisedAbsenceRate(marks: Marks, range: DateRange = {}): number | null {
  const c = countMarks(marks, range);
  return percentOf(c.unauthorisedAbsence, possibleFromCounts(c));
}

// domain §4; DfE absence methodology: absence by reason = sessions for that reason (one or more codes) / possible × 100
export function absenceRateForReason(
  marks: Marks,
  reason: AttendanceCode | readonly AttendanceCode[],
  range: DateRange = {},
): number | null {
  const codes: readonly AttendanceCode[] = typeof reason === 'string' ? [reason] : reason;
  const notCounted = codes.find((code) => !isPossibleSession(code));
  if (notCounted !== undefined) {
    throw new RangeError(`Code "${notCounted}" is not counted in possible sessions, so it has no absence rate`);
  }
  const c = countMarks(marks, range);
  const sessions = [...new Set(codes)].reduce((sum, code) => sum + (c.byCode[code] ?? 0), 0);
  return percentOf(sessions, possibleFromCounts(c));
}
