import { Decision, allow, refuse } from '../../core';
import { SchoolAttendanceOffence } from './school-attendance-offences';

export type ProsecutionEvidenceItem =
  | 'ATTENDANCE_REGISTER_EXTRACTS'
  | 'ADMISSION_REGISTER_EXTRACT'
  | 'PARENT_STATUS_UNDER_S576'
  | 'PENALTY_NOTICE_HISTORY'
  | 'NOTICE_TO_IMPROVE_HISTORY'
  | 'ESO_CONSIDERATION_RECORD'
  | 'PACE_CODE_C_INTERVIEW_RECORD'
  | 'SUPPORT_OFFERED'
  | 'LETTERS_AND_WARNINGS'
  | 'WITNESS_STATEMENTS'
  | 'EVIDENCE_PARENT_KNEW'
  | 'SCHOOL_ATTENDANCE_ORDER_AND_SERVICE'
  | 'ESO_DIRECTIONS_AND_NON_COMPLIANCE';

export interface ProsecutionEvidenceContext {
  readonly penaltyNoticeIssued: boolean;
  readonly noticeToImproveIssued: boolean;
}

// domain §5–§8; EA 1996 ss443–447, PACE Code C: the evidence a prosecution file needs for each offence
export function requiredProsecutionEvidence(offence: SchoolAttendanceOffence, context: ProsecutionEvidenceContext): readonly ProsecutionEvidenceItem[] {
  if (offence === 'ESO_SCH3_PARA18') return ['ESO_DIRECTIONS_AND_NON_COMPLIANCE', 'PARENT_STATUS_UNDER_S576', 'PACE_CODE_C_INTERVIEW_RECORD', 'WITNESS_STATEMENTS'];
  const items: ProsecutionEvidenceItem[] = [
    'PARENT_STATUS_UNDER_S576',
    'ESO_CONSIDERATION_RECORD',
    'PACE_CODE_C_INTERVIEW_RECORD',
    'SUPPORT_OFFERED',
    'LETTERS_AND_WARNINGS',
    'WITNESS_STATEMENTS',
  ];
  if (offence === 'S443') return ['SCHOOL_ATTENDANCE_ORDER_AND_SERVICE', ...items];
  items.unshift('ATTENDANCE_REGISTER_EXTRACTS', 'ADMISSION_REGISTER_EXTRACT');
  if (context.penaltyNoticeIssued) items.push('PENALTY_NOTICE_HISTORY');
  if (context.noticeToImproveIssued) items.push('NOTICE_TO_IMPROVE_HISTORY');
  if (offence === 'S444_1A' || offence === 'S444ZA_1A') items.push('EVIDENCE_PARENT_KNEW');
  return items;
}

// domain §5–§8: a prosecution file checked against the evidence it needs
export function prosecutionFileCheck(
  offence: SchoolAttendanceOffence,
  provided: readonly ProsecutionEvidenceItem[],
  context: ProsecutionEvidenceContext,
): Decision<'EVIDENCE_MISSING', { readonly missing: readonly ProsecutionEvidenceItem[] }> {
  const missing = requiredProsecutionEvidence(offence, context).filter((item) => !provided.includes(item));
  return missing.length === 0 ? allow({ missing }) : refuse('EVIDENCE_MISSING', { missing });
}
