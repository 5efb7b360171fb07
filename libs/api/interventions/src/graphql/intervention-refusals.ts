import { typedRefusal } from '@rollcall/api-core';
import type {
  AttendanceContractRefusal,
  EducationSupervisionOrderRefusal,
  IssueNoticeToImproveRefusal,
  ParentingOrderRefusal,
  PenaltyNoticeIneligibility,
  PenaltyNoticeRecipients,
  PenaltyNoticeTransitionReason,
  ProsecutionRefusal,
  SchoolAttendanceOrderRefusal,
  penaltyNoticeNonPayment,
  penaltyNoticeWithdrawal,
} from '@rollcall/rules';

/** Fails to compile when a list leaves out a reason the rules library can give. */
type NoneMissing<T extends never> = T;
type RefusedReason<F extends (...args: never[]) => { allowed: boolean }> = Extract<ReturnType<F>, { allowed: false }> extends { reason: infer R } ? R : never;

/** Refusals of the intervention service itself (input, access, records), shared by every kind. */
const SERVICE = [
  'NOT_PERMITTED',
  'INVALID_DATE',
  'INVALID_INPUT',
  'INVALID_STEP_DATA',
  'UNKNOWN_PUPIL',
  'UNKNOWN_PARENT',
  'UNKNOWN_SCHOOL',
  'SCHOOL_IN_ANOTHER_LA',
  'PUPIL_NOT_ON_ROLL',
  'UNKNOWN_INTERVENTION',
  'WRONG_KIND_OF_INTERVENTION',
  'UNKNOWN_ACTION',
  'SCHOOL_CALENDAR_INCOMPLETE',
  'TRANSITION_NOT_ALLOWED',
  'NOT_A_PARENT_UNDER_S576',
  'NOT_LIABLE',
] as const;
export type ParentReasonsComplete = NoneMissing<Exclude<PenaltyNoticeRecipients['notIssued'][number]['reason'], (typeof SERVICE)[number]>>;

// domain §5 (Notices to Improve): issueNoticeToImprove's refusals, and an outcome asked for while the period runs
const NOTICE_TO_IMPROVE = [...SERVICE, 'THRESHOLD_NOT_MET', 'SUPPORT_NOT_YET_TRIED', 'CONTENTS_MISSING', 'IMPROVEMENT_PERIOD_RUNNING'] as const;
export type NoticeToImproveReasonsComplete = NoneMissing<Exclude<IssueNoticeToImproveRefusal, (typeof NOTICE_TO_IMPROVE)[number]>>;

// domain §5 (penalty notices): eligibility, the notice's state machine, withdrawal and non-payment
const PENALTY_NOTICE = [
  ...SERVICE,
  'OFFENCE_AFTER_ISSUE',
  'UNKNOWN_OFFENCE',
  'NOT_COMPULSORY_SCHOOL_AGE',
  'SCHOOL_TYPE_OUT_OF_SCOPE',
  'THRESHOLD_NOT_MET',
  'NOT_UNDER_SCHOOL_LA_CODE_OF_CONDUCT',
  'ISSUER_NOT_AUTHORISED',
  'SUPPORT_NOT_YET_TRIED',
  'NOT_LIKELY_TO_CHANGE_BEHAVIOUR',
  'NOTICE_TO_IMPROVE_REQUIRED',
  'NOTICE_TO_IMPROVE_SKIP_NOT_RECORDED_BY_OFFICER',
  'NOTICE_TO_IMPROVE_PERIOD_RUNNING',
  'NOTICE_TO_IMPROVE_OUTCOME_NOT_ASSESSED',
  'IMPROVED_AFTER_NOTICE_TO_IMPROVE',
  'LIMIT_REACHED_IN_3_YEARS',
  'NOT_ELIGIBLE',
  'RECEIVED_BEFORE_ISSUE',
  'PAYMENT_PERIOD_ENDED',
  'AMOUNT_TOO_LOW',
  'PAYMENT_PERIOD_RUNNING',
  'OUT_OF_TIME_FOR_PROSECUTION',
  'GROUND_NOT_AVAILABLE',
  'NOT_AWAITING_PAYMENT',
  'NOT_WITHDRAWABLE_IN_STATE',
] as const;
export type PenaltyNoticeReasonsComplete = NoneMissing<
  Exclude<
    | PenaltyNoticeIneligibility
    | PenaltyNoticeTransitionReason
    | RefusedReason<typeof penaltyNoticeNonPayment>
    | RefusedReason<typeof penaltyNoticeWithdrawal>,
    (typeof PENALTY_NOTICE)[number]
  >
>;

// domain §6
const ATTENDANCE_CONTRACT = [
  ...SERVICE,
  'NOT_AVAILABLE_AT_SCHOOL_TYPE',
  'CONTENTS_INCOMPLETE',
  'PARENT_HAS_NOT_AGREED',
  'CANNOT_BE_AGREED_IN_ABSENCE',
  'PERIOD_INVALID',
  'CONTRACT_PERIOD_RUNNING',
  'NO_NON_COMPLIANCE_RECORDED',
] as const;
export type AttendanceContractReasonsComplete = NoneMissing<Exclude<AttendanceContractRefusal, (typeof ATTENDANCE_CONTRACT)[number]>>;

// domain §7
const EDUCATION_SUPERVISION_ORDER = [
  ...SERVICE,
  'REASON_REQUIRED',
  'CHILD_IN_LA_CARE',
  'NOT_COMPULSORY_SCHOOL_AGE',
  'GROUNDS_NOT_SHOWN',
  'CHILDREN_SERVICES_NOT_CONSULTED',
  'EXTENSION_APPLICATION_TOO_EARLY',
  'ORDER_ALREADY_EXPIRED',
  'ORDER_ENDS_WITH_COMPULSORY_SCHOOL_AGE',
  'EXTENSION_ALREADY_APPLIED_FOR',
  'NO_EXTENSION_APPLICATION',
  'EXTENSION_TOO_LONG',
  'ORDER_STILL_IN_FORCE',
] as const;
export type EducationSupervisionOrderReasonsComplete = NoneMissing<Exclude<EducationSupervisionOrderRefusal, (typeof EDUCATION_SUPERVISION_ORDER)[number]>>;

// domain §8 (prosecution)
const PROSECUTION = [
  ...SERVICE,
  'UNKNOWN_OFFENCE',
  'ONLY_LA_MAY_PROSECUTE',
  'ESO_NOT_CONSIDERED',
  'OUT_OF_TIME',
  'PENALTY_NOTICE_PAID',
  'PENALTY_NOTICE_WITHDRAWN',
  'PENALTY_NOTICE_PAYMENT_PERIOD_RUNNING',
  'NO_SCHOOL_ATTENDANCE_ORDER_IN_FORCE',
  'EVIDENCE_INCOMPLETE',
  'ESO_DIRECTION_NOT_AVAILABLE',
  'NO_ESO_DIRECTION',
  'SENTENCE_NOT_AVAILABLE',
] as const;
export type ProsecutionReasonsComplete = NoneMissing<Exclude<ProsecutionRefusal, (typeof PROSECUTION)[number]>>;

// domain §8 (parenting orders)
const PARENTING_ORDER = [
  ...SERVICE,
  'NOT_CONVICTED',
  'NO_QUALIFYING_CONVICTION',
  'REQUIREMENTS_TOO_LONG',
  'PROGRAMME_REQUIRED',
  'PROGRAMME_TOO_LONG',
  'PROGRAMME_NOT_CONCURRENT',
  'RESIDENTIAL_NOT_JUSTIFIED',
  'NO_RESPONSIBLE_OFFICER',
  'REQUIREMENTS_RUNNING',
] as const;
export type ParentingOrderReasonsComplete = NoneMissing<Exclude<ParentingOrderRefusal, (typeof PARENTING_ORDER)[number]>>;

// domain §9
const SCHOOL_ATTENDANCE_ORDER = [
  ...SERVICE,
  'CHILD_NOT_IN_LA_AREA',
  'NOT_COMPULSORY_SCHOOL_AGE',
  'PERIOD_TOO_SHORT',
  'SATISFY_PERIOD_RUNNING',
  'EHC_PLAN_NAMES_SCHOOL',
  'NOTICE_OF_INTENTION_REQUIRED',
  'SELECTION_PERIOD_RUNNING',
  'MUST_NAME_PARENTS_CHOICE',
  'MUST_NAME_EHC_PLAN_SCHOOL',
  'NOT_EXPEDIENT_TO_ATTEND_SCHOOL',
  'STILL_COMPULSORY_SCHOOL_AGE',
] as const;
export type SchoolAttendanceOrderReasonsComplete = NoneMissing<Exclude<SchoolAttendanceOrderRefusal, (typeof SCHOOL_ATTENDANCE_ORDER)[number]>>;

export const noticeToImproveRefused = typedRefusal('NoticeToImproveRefused', NOTICE_TO_IMPROVE, 'The Notice to Improve step was refused; nothing was changed.');
export const penaltyNoticeRefused = typedRefusal('PenaltyNoticeRefused', PENALTY_NOTICE, 'The penalty notice step was refused; nothing was changed.');
export const attendanceContractRefused = typedRefusal('AttendanceContractRefused', ATTENDANCE_CONTRACT, 'The attendance contract step was refused; nothing was changed.');
export const educationSupervisionOrderRefused = typedRefusal(
  'EducationSupervisionOrderRefused',
  EDUCATION_SUPERVISION_ORDER,
  'The Education Supervision Order step was refused; nothing was changed.',
);
export const prosecutionRefused = typedRefusal('ProsecutionRefused', PROSECUTION, 'The prosecution step was refused; nothing was changed.');
export const parentingOrderRefused = typedRefusal('ParentingOrderRefused', PARENTING_ORDER, 'The parenting order step was refused; nothing was changed.');
export const schoolAttendanceOrderRefused = typedRefusal(
  'SchoolAttendanceOrderRefused',
  SCHOOL_ATTENDANCE_ORDER,
  'The School Attendance Order step was refused; nothing was changed.',
);
