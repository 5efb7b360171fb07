import { LocalDate, Session } from '../core';

// domain §1.2; SI 2024/208 reg 10 and 11: the attendance and absence codes in force from 19 August 2024
export const ATTENDANCE_CODES = [
  '/', '\\', 'L',
  'K', 'V', 'P', 'W', 'B',
  'D',
  'C1', 'M', 'J1', 'S',
  'X',
  'C2', 'C', 'T', 'R', 'I', 'E',
  'Q', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7',
  'G', 'N', 'O', 'U',
  'Z', '#',
] as const;

export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

const CODE_LOOKUP: ReadonlySet<string> = new Set(ATTENDANCE_CODES);

/** True when `s` is exactly one of the 2024 codes (no trimming, case-sensitive: use `parseAttendanceCode` for raw input). */
export function isAttendanceCode(s: string): s is AttendanceCode {
  return CODE_LOOKUP.has(s);
}

/** One register entry: the code a pupil received for one session. */
export interface Mark {
  readonly date: LocalDate;
  readonly session: Session;
  readonly code: AttendanceCode;
}
