/**
 * How a mark reached Rollcall, stored in `attendance_mark.source` (and kept in its history). The numbers are
 * stored, so they never change; new ways in get new numbers.
 */
export const MARK_SOURCE = {
  /** Taken in Rollcall's own register (the school portal). */
  REGISTER: 1,
  /** Pushed by the school's MIS through the API (`importMarks`). */
  MIS_PUSH: 2,
  /** A CSV register file (`importCsv`). */
  CSV: 3,
  /** A DfE Common Transfer File (`importCtf`). */
  CTF: 4,
} as const;

export type MarkSource = (typeof MARK_SOURCE)[keyof typeof MARK_SOURCE];
