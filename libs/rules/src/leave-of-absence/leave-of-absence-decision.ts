import { Decision, LocalDate, allow, refuse } from '../core';
import { isCompulsorySchoolAge } from '../calendar';

export const LEAVE_OF_ABSENCE_CODES = ['C', 'C1', 'J1', 'S', 'C2'] as const;

/** The codes leave of absence is recorded with (SI 2024/208 reg 11). */
export type LeaveOfAbsenceCode = (typeof LEAVE_OF_ABSENCE_CODES)[number];

export type LeaveOfAbsenceProblem =
  | 'REASON_REQUIRED'
  | 'CODE_REQUIRED'
  | 'CODE_ONLY_WHEN_GRANTED'
  | 'UNKNOWN_LEAVE_CODE'
  | 'NOT_EXCEPTIONAL_CIRCUMSTANCES'
  | 'NOT_REQUESTED_BY_PARENT_PUPIL_LIVES_WITH'
  | 'NOT_REGULATED_PERFORMANCE_OR_EMPLOYMENT_ABROAD'
  | 'NOT_AGREED_IN_ADVANCE'
  | 'NOT_COMPULSORY_SCHOOL_AGE_THROUGHOUT';

export interface LeaveOfAbsenceDecisionInput {
  readonly decision: 'GRANTED' | 'REFUSED';
  readonly code?: string;
  readonly reason: string;
  readonly decidedOn: LocalDate;
  readonly leave: { readonly firstDate: LocalDate; readonly lastDate: LocalDate };
  /** The parent who asked normally lives with the pupil. */
  readonly requestedByParentPupilLivesWith: boolean;
  readonly pupilDateOfBirth: LocalDate;
  /** The school judges the circumstances exceptional (needed for C and C2). */
  readonly exceptionalCircumstances?: boolean;
  /** The leave is for a regulated performance or regulated employment abroad (needed for C1). */
  readonly regulatedPerformanceOrEmploymentAbroad?: boolean;
}

// domain §13; SI 2024/208 reg 11: leave only on the listed grounds — C exceptional circumstances asked for by a parent the pupil lives with, C1 regulated performance or employment abroad, J1 interview, S study leave agreed in advance, C2 part-time timetable for a compulsory-school-age pupil in exceptional circumstances; a refusal gives its reason
export function leaveOfAbsenceDecision(input: LeaveOfAbsenceDecisionInput): Decision<LeaveOfAbsenceProblem, { readonly field: string }> {
  if (input.reason.trim() === '') return refuse('REASON_REQUIRED', { field: 'reason' });
  if (input.decision === 'REFUSED') return input.code === undefined ? allow() : refuse('CODE_ONLY_WHEN_GRANTED', { field: 'code' });
  if (input.code === undefined) return refuse('CODE_REQUIRED', { field: 'code' });
  if (!(LEAVE_OF_ABSENCE_CODES as readonly string[]).includes(input.code)) return refuse('UNKNOWN_LEAVE_CODE', { field: 'code' });
  const code = input.code as LeaveOfAbsenceCode;
  if ((code === 'C' || code === 'C2') && !input.exceptionalCircumstances) return refuse('NOT_EXCEPTIONAL_CIRCUMSTANCES', { field: 'exceptionalCircumstances' });
  if ((code === 'C' || code === 'C2') && !input.requestedByParentPupilLivesWith) return refuse('NOT_REQUESTED_BY_PARENT_PUPIL_LIVES_WITH', { field: 'parentId' });
  if (code === 'C1' && !input.regulatedPerformanceOrEmploymentAbroad) {
    return refuse('NOT_REGULATED_PERFORMANCE_OR_EMPLOYMENT_ABROAD', { field: 'regulatedPerformanceOrEmploymentAbroad' });
  }
  if (code === 'S' && input.decidedOn >= input.leave.firstDate) return refuse('NOT_AGREED_IN_ADVANCE', { field: 'code' });
  const { firstDate, lastDate } = input.leave;
  if (code === 'C2' && !(isCompulsorySchoolAge(input.pupilDateOfBirth, firstDate) && isCompulsorySchoolAge(input.pupilDateOfBirth, lastDate))) {
    return refuse('NOT_COMPULSORY_SCHOOL_AGE_THROUGHOUT', { field: 'code' });
  }
  return allow();
}
