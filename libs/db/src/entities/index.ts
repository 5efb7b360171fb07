import { AbsenceReportEntity } from './absence-report.entity';
import { ApiKeyEntity } from './api-key.entity';
import { AppUserEntity } from './app-user.entity';
import { AttendanceCodeEntity } from './attendance-code.entity';
import { AttendanceMarkHistoryEntity } from './attendance-mark-history.entity';
import { AttendanceMarkEntity } from './attendance-mark.entity';
import { AuditEventEntity } from './audit-event.entity';
import { EnrolmentEntity } from './enrolment.entity';
import { InterventionDocumentEntity } from './intervention-document.entity';
import { InterventionEventEntity } from './intervention-event.entity';
import { InterventionParentEntity } from './intervention-parent.entity';
import { InterventionPaymentEntity } from './intervention-payment.entity';
import { InterventionEntity } from './intervention.entity';
import { LaPolicyEntity } from './la-policy.entity';
import { LeaveRequestEntity } from './leave-request.entity';
import { LocalAuthorityEntity } from './local-authority.entity';
import { NotificationOutboxEntity } from './notification-outbox.entity';
import { ParentEntity } from './parent.entity';
import { PupilCharacteristicEntity } from './pupil-characteristic.entity';
import { PupilParentEntity } from './pupil-parent.entity';
import { PupilWeekSummaryEntity } from './pupil-week-summary.entity';
import { PupilYearSummaryEntity } from './pupil-year-summary.entity';
import { PupilEntity } from './pupil.entity';
import { RegisterImportEntity } from './register-import.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { UserSessionEntity } from './user-session.entity';
import { SchoolClosureEntity } from './school-closure.entity';
import { SchoolWeekSummaryEntity } from './school-week-summary.entity';
import { SchoolHalfTermEntity } from './school-half-term.entity';
import { SchoolEntity } from './school.entity';
import { SocialWorkerAssignmentEntity } from './social-worker-assignment.entity';
import { StatutoryReturnPupilEntity } from './statutory-return-pupil.entity';
import { StatutoryReturnEntity } from './statutory-return.entity';
import { SupportPlanActionEntity } from './support-plan-action.entity';
import { SupportPlanReviewEntity } from './support-plan-review.entity';
import { SupportPlanEntity } from './support-plan.entity';
import { TargetingSupportMeetingActionEntity } from './targeting-support-meeting-action.entity';
import { TargetingSupportMeetingEntity } from './targeting-support-meeting.entity';

export * from './local-authority.entity';
export * from './la-policy.entity';
export * from './school.entity';
export * from './school-half-term.entity';
export * from './school-closure.entity';
export * from './pupil.entity';
export * from './pupil-characteristic.entity';
export * from './social-worker-assignment.entity';
export * from './enrolment.entity';
export * from './parent.entity';
export * from './pupil-parent.entity';
export * from './attendance-code.entity';
export * from './attendance-mark.entity';
export * from './attendance-mark-history.entity';
export * from './pupil-week-summary.entity';
export * from './pupil-year-summary.entity';
export * from './school-week-summary.entity';
export * from './register-import.entity';
export * from './support-plan.entity';
export * from './support-plan-action.entity';
export * from './support-plan-review.entity';
export * from './intervention.entity';
export * from './intervention-parent.entity';
export * from './intervention-event.entity';
export * from './intervention-document.entity';
export * from './intervention-payment.entity';
export * from './statutory-return.entity';
export * from './statutory-return-pupil.entity';
export * from './targeting-support-meeting.entity';
export * from './targeting-support-meeting-action.entity';
export * from './absence-report.entity';
export * from './leave-request.entity';
export * from './notification-outbox.entity';
export * from './app-user.entity';
export * from './role-grant.entity';
export * from './user-session.entity';
export * from './api-key.entity';
export * from './audit-event.entity';

/** Every entity, for the data source. One per table of the migrated schema (schema.int.spec.ts checks it). */
export const ENTITIES = [
  LocalAuthorityEntity,
  LaPolicyEntity,
  SchoolEntity,
  SchoolHalfTermEntity,
  SchoolClosureEntity,
  PupilEntity,
  PupilCharacteristicEntity,
  SocialWorkerAssignmentEntity,
  EnrolmentEntity,
  ParentEntity,
  PupilParentEntity,
  AttendanceCodeEntity,
  AttendanceMarkEntity,
  AttendanceMarkHistoryEntity,
  PupilWeekSummaryEntity,
  PupilYearSummaryEntity,
  SchoolWeekSummaryEntity,
  RegisterImportEntity,
  SupportPlanEntity,
  SupportPlanActionEntity,
  SupportPlanReviewEntity,
  InterventionEntity,
  InterventionParentEntity,
  InterventionEventEntity,
  InterventionDocumentEntity,
  InterventionPaymentEntity,
  StatutoryReturnEntity,
  StatutoryReturnPupilEntity,
  TargetingSupportMeetingEntity,
  TargetingSupportMeetingActionEntity,
  AbsenceReportEntity,
  LeaveRequestEntity,
  NotificationOutboxEntity,
  AppUserEntity,
  RoleGrantEntity,
  UserSessionEntity,
  ApiKeyEntity,
  AuditEventEntity,
];
