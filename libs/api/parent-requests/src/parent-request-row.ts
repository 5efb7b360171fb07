import type { LeaveOfAbsenceCode, LocalDate, Session } from '@rollcall/rules';
import type { AbsenceReason, AbsenceReportRecord, AbsenceReportStatus, LeaveRequestRecord, LeaveRequestStatus } from './parent-request-record';

/** An absence report's columns, from `absence_report r`. */
export const ABSENCE_REPORT_COLUMNS = `r.la_code, r.id::text AS id, r.pupil_id::text AS pupil_id, r.parent_id::text AS parent_id, r.first_date, r.first_session,
  r.last_date, r.last_session, r.reason, r.details, r.status, r.reported_at`;

export interface AbsenceReportRow {
  la_code: string;
  id: string;
  pupil_id: string;
  parent_id: string;
  first_date: LocalDate;
  first_session: Session;
  last_date: LocalDate;
  last_session: Session;
  reason: AbsenceReason;
  details: string | null;
  status: AbsenceReportStatus;
  reported_at: Date;
}

export function toAbsenceReport(r: AbsenceReportRow): AbsenceReportRecord {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    parentId: r.parent_id,
    firstDate: r.first_date,
    firstSession: r.first_session,
    lastDate: r.last_date,
    lastSession: r.last_session,
    reason: r.reason,
    details: r.details,
    status: r.status,
    reportedAt: r.reported_at,
  };
}

/** A leave request's columns, from `leave_request r`. */
export const LEAVE_REQUEST_COLUMNS = `r.la_code, r.id::text AS id, r.pupil_id::text AS pupil_id, r.parent_id::text AS parent_id, r.first_date, r.last_date, r.reason,
  r.status, r.decision_code, r.decision_reason, r.decided_by, r.decided_at, r.requested_at`;

export interface LeaveRequestRow {
  la_code: string;
  id: string;
  pupil_id: string;
  parent_id: string;
  first_date: LocalDate;
  last_date: LocalDate;
  reason: string;
  status: LeaveRequestStatus;
  decision_code: LeaveOfAbsenceCode | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  requested_at: Date;
}

export function toLeaveRequest(r: LeaveRequestRow): LeaveRequestRecord {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    parentId: r.parent_id,
    firstDate: r.first_date,
    lastDate: r.last_date,
    reason: r.reason,
    status: r.status,
    decisionCode: r.decision_code,
    decisionReason: r.decision_reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    requestedAt: r.requested_at,
  };
}
