import { LocalDate } from '../core';
import { ATTENDANCE_CODES } from './attendance-code';
import { CODE_SET_2024_EFFECTIVE_FROM } from './code-set-2024';
import { LEGACY_ATTENDANCE_CODES } from './legacy-code-set';

export type CodeSetId = 'CODE_SET_2024' | 'CODE_SET_PRE_2024';

export interface CodeSet {
  readonly id: CodeSetId;
  /** First day the set applied (undefined: from before Rollcall's records begin). */
  readonly effectiveFrom?: LocalDate;
  /** Last day the set applied (undefined: still in force). */
  readonly effectiveTo?: LocalDate;
  readonly regulations: string;
  readonly codes: readonly string[];
}

export const CODE_SET_2024_DEFINITION: CodeSet = {
  id: 'CODE_SET_2024',
  effectiveFrom: CODE_SET_2024_EFFECTIVE_FROM,
  regulations: 'The School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
  codes: ATTENDANCE_CODES,
};

export const CODE_SET_PRE_2024_DEFINITION: CodeSet = {
  id: 'CODE_SET_PRE_2024',
  effectiveTo: '2024-08-18',
  regulations: 'The Education (Pupil Registration) (England) Regulations 2006, as amended',
  codes: LEGACY_ATTENDANCE_CODES,
};

// domain §1 and §1.3; SI 2024/208 in force 19 August 2024: which code set applies to a session on `date`
export function codeSetFor(date: LocalDate): CodeSet {
  return date >= CODE_SET_2024_EFFECTIVE_FROM ? CODE_SET_2024_DEFINITION : CODE_SET_PRE_2024_DEFINITION;
}
