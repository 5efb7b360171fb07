import type { LocalDate, Session } from '@rollcall/rules';
import type { LeaveOfAbsenceCode } from '@rollcall/rules';

export const ABSENCE_REASONS = ['ILLNESS', 'MEDICAL_APPOINTMENT', 'RELIGIOUS_OBSERVANCE', 'FAMILY_EMERGENCY', 'OTHER'] as const;

/** Why a parent says the child is or will be absent (the school decides the code). */
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export type AbsenceReportStatus = 'RECEIVED' | 'ACCEPTED' | 'QUERIED';
export type LeaveRequestStatus = 'PENDING' | 'GRANTED' | 'REFUSED' | 'WITHDRAWN';

export interface AbsenceReportRecord {
  readonly laCode: string;
  readonly id: string;
  readonly pupilId: string;
  readonly parentId: string;
  readonly firstDate: LocalDate;
  readonly firstSession: Session;
  readonly lastDate: LocalDate;
  readonly lastSession: Session;
  readonly reason: AbsenceReason;
  readonly details: string | null;
  readonly status: AbsenceReportStatus;
  readonly reportedAt: Date;
}

export interface LeaveRequestRecord {
  readonly laCode: string;
  readonly id: string;
  readonly pupilId: string;
  readonly parentId: string;
  readonly firstDate: LocalDate;
  readonly lastDate: LocalDate;
  readonly reason: string;
  readonly status: LeaveRequestStatus;
  readonly decisionCode: LeaveOfAbsenceCode | null;
  readonly decisionReason: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly requestedAt: Date;
}

export interface ParentRequests {
  readonly absenceReports: readonly AbsenceReportRecord[];
  readonly leaveRequests: readonly LeaveRequestRecord[];
}

export interface ReportAbsenceInput {
  readonly laCode: string;
  readonly pupilId: string;
  readonly parentId: string;
  readonly firstDate: LocalDate;
  readonly firstSession: Session;
  readonly lastDate: LocalDate;
  readonly lastSession: Session;
  readonly reason: AbsenceReason;
  /** Required when the reason is OTHER. */
  readonly details?: string;
}

export interface ReviewAbsenceReportInput {
  readonly laCode: string;
  readonly reportId: string;
  readonly status: 'ACCEPTED' | 'QUERIED';
}

export interface RequestLeaveInput {
  readonly laCode: string;
  readonly pupilId: string;
  readonly parentId: string;
  readonly firstDate: LocalDate;
  readonly lastDate: LocalDate;
  /** What the leave is for, in the parent's words. */
  readonly reason: string;
  /** The day the request was made, for a request recorded after the fact by the school; default today (England). */
  readonly requestedOn?: LocalDate;
}

export interface DecideLeaveInput {
  readonly laCode: string;
  readonly requestId: string;
  readonly decision: 'GRANTED' | 'REFUSED';
  /** The code the leave is recorded with; required to grant, absent on a refusal. */
  readonly code?: LeaveOfAbsenceCode;
  /** Why: the circumstances granted, or what the parent is told on a refusal. */
  readonly reason: string;
  /** The school judges the circumstances exceptional (required to grant C or C2). */
  readonly exceptionalCircumstances?: boolean;
  /** The leave is for a regulated performance or regulated employment abroad (required to grant C1). */
  readonly regulatedPerformanceOrEmploymentAbroad?: boolean;
  /** Default today (England). */
  readonly decidedOn?: LocalDate;
}

export interface WithdrawLeaveRequestInput {
  readonly laCode: string;
  readonly requestId: string;
}
