import { enumOf } from '@rollcall/api-core';
import { registerEnumType } from 'type-graphql';
import { ImportProblemReason } from '../import-problem';
import { MARK_SOURCE } from '../mark-source';

export const RegisterSessionEnum = enumOf(['AM', 'PM'] as const);
registerEnumType(RegisterSessionEnum, { name: 'RegisterSession', description: 'The morning (AM) or afternoon (PM) session of a school day.' });

export const RegisterSessionStatusEnum = enumOf(['HELD', 'PLANNED_CLOSURE', 'UNPLANNED_CLOSURE', 'INSET', 'NOT_A_SCHOOL_SESSION'] as const);
registerEnumType(RegisterSessionStatusEnum, {
  name: 'RegisterSessionStatus',
  description: 'Whether the session was held: HELD needs every pupil marked; a closure takes "#" or "Y4"; INSET days and holidays need no mark.',
});

export const AttendanceCategoryEnum = enumOf(['PRESENT', 'APPROVED_EDUCATIONAL_ACTIVITY', 'AUTHORISED_ABSENCE', 'UNAUTHORISED_ABSENCE', 'NOT_POSSIBLE'] as const);
registerEnumType(AttendanceCategoryEnum, {
  name: 'AttendanceCategory',
  description: 'How a code counts in the statistics: present, approved educational activity, authorised or unauthorised absence, or not a possible session.',
});

export const AttendanceCodeSetEnum = enumOf(['CODE_SET_2024', 'CODE_SET_PRE_2024'] as const);
registerEnumType(AttendanceCodeSetEnum, {
  name: 'AttendanceCodeSet',
  description: 'The 2024 codes (in force from 19 August 2024) or the 2006 codes used before.',
});

registerEnumType(MARK_SOURCE, { name: 'MarkSource', description: 'How a mark reached Rollcall: its own register, an MIS push, a CSV file or a Common Transfer File.' });
export { MARK_SOURCE as MarkSourceEnum };

export const RegisterFileFormatEnum = enumOf(['CSV', 'CTF'] as const);
registerEnumType(RegisterFileFormatEnum, { name: 'RegisterFileFormat', description: 'A register CSV file, or a DfE Common Transfer File (XML).' });

const PROBLEM_REASONS: readonly ImportProblemReason[] = [
  'INVALID_HEADER',
  'MALFORMED_FILE',
  'WRONG_SCHOOL',
  'INVALID_UPN',
  'INVALID_PUPIL',
  'INVALID_DATE',
  'INVALID_SESSION',
  'UNKNOWN_CODE',
  'INVALID_MINUTES_LATE',
  'OUTSIDE_DATE_RANGE',
  'NOT_A_SCHOOL_SESSION',
  'DATE_IN_CLOSURE',
  'UNKNOWN_PUPIL',
  'OUTSIDE_ENROLMENT',
  'DUPLICATE_SESSION',
];
export const RegisterImportProblemReasonEnum = enumOf(PROBLEM_REASONS);
registerEnumType(RegisterImportProblemReasonEnum, { name: 'RegisterImportProblemReason', description: 'Why one row of a register file cannot be imported.' });

