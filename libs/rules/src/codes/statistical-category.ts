import { AttendanceCode } from './attendance-code';

export type StatisticalCategory =
  | 'PRESENT'
  | 'APPROVED_EDUCATIONAL_ACTIVITY'
  | 'AUTHORISED_ABSENCE'
  | 'UNAUTHORISED_ABSENCE'
  | 'NOT_POSSIBLE';

// domain §1.2 statistical category column; DfE pupil absence methodology (S8)
export const CATEGORY_BY_CODE: Readonly<Record<AttendanceCode, StatisticalCategory>> = {
  '/': 'PRESENT',
  '\\': 'PRESENT',
  L: 'PRESENT',
  K: 'APPROVED_EDUCATIONAL_ACTIVITY',
  V: 'APPROVED_EDUCATIONAL_ACTIVITY',
  P: 'APPROVED_EDUCATIONAL_ACTIVITY',
  W: 'APPROVED_EDUCATIONAL_ACTIVITY',
  B: 'APPROVED_EDUCATIONAL_ACTIVITY',
  D: 'NOT_POSSIBLE',
  C1: 'AUTHORISED_ABSENCE',
  M: 'AUTHORISED_ABSENCE',
  J1: 'AUTHORISED_ABSENCE',
  S: 'AUTHORISED_ABSENCE',
  X: 'NOT_POSSIBLE',
  C2: 'AUTHORISED_ABSENCE',
  C: 'AUTHORISED_ABSENCE',
  T: 'AUTHORISED_ABSENCE',
  R: 'AUTHORISED_ABSENCE',
  I: 'AUTHORISED_ABSENCE',
  E: 'AUTHORISED_ABSENCE',
  Q: 'NOT_POSSIBLE',
  Y1: 'NOT_POSSIBLE',
  Y2: 'NOT_POSSIBLE',
  Y3: 'NOT_POSSIBLE',
  Y4: 'NOT_POSSIBLE',
  Y5: 'NOT_POSSIBLE',
  Y6: 'NOT_POSSIBLE',
  Y7: 'NOT_POSSIBLE',
  G: 'UNAUTHORISED_ABSENCE',
  N: 'UNAUTHORISED_ABSENCE',
  O: 'UNAUTHORISED_ABSENCE',
  U: 'UNAUTHORISED_ABSENCE',
  Z: 'NOT_POSSIBLE',
  '#': 'NOT_POSSIBLE',
};

// domain §1.2; SI 2024/208 reg 10: the statistical category a 2024 code counts in
export function categoryOf(code: AttendanceCode): StatisticalCategory {
  return CATEGORY_BY_CODE[code];
}

// domain §1.2 RULE (possible sessions); DfE absence methodology: P, AEA, AA and UA count, the rest do not
export function isPossibleSession(code: AttendanceCode): boolean {
  // Present marks, most of any register, are answered without a lookup.
  return code === '/' || code === '\\' || categoryOf(code) !== 'NOT_POSSIBLE';
}

// domain §1.2 RULE (attendance %); DfE attendance methodology: attended = present + approved educational activity
export function isAttendance(code: AttendanceCode): boolean {
  const category = categoryOf(code);
  return category === 'PRESENT' || category === 'APPROVED_EDUCATIONAL_ACTIVITY';
}

// domain §1.2; SI 2024/208 reg 10: authorised absence (leave granted or absence the school accepts)
export function isAuthorisedAbsence(code: AttendanceCode): boolean {
  return categoryOf(code) === 'AUTHORISED_ABSENCE';
}

// domain §1.2; SI 2024/208 reg 10: unauthorised absence
export function isUnauthorisedAbsence(code: AttendanceCode): boolean {
  return categoryOf(code) === 'UNAUTHORISED_ABSENCE';
}

// domain §1.2 and §3 (attendance return); SI 2024/208: the unauthorised absence codes G, N, O, U
export const UNAUTHORISED_CODES: readonly AttendanceCode[] = ['G', 'N', 'O', 'U'];
