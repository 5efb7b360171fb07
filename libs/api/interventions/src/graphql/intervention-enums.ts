import { enumOf } from '@rollcall/api-core';
import {
  ATTENDANCE_CONTRACT_TRANSITIONS,
  EDUCATION_SUPERVISION_ORDER_TRANSITIONS,
  NOTICE_TO_IMPROVE_CONTENTS,
  PARENTING_ORDER_TRANSITIONS,
  PENALTY_NOTICE_TRANSITIONS,
  PROSECUTION_TRANSITIONS,
  SCHOOL_ATTENDANCE_OFFENCES,
  SCHOOL_ATTENDANCE_ORDER_TRANSITIONS,
} from '@rollcall/rules';
import type {
  AttendanceContractEscalation,
  EducationSupervisionOrderEndReason,
  EducationSupervisionOrderGround,
  NoticeToImproveOutcomeStatus,
  NoticeToImproveShortfall,
  NoticeToImproveSkipReason,
  PenaltyNoticeIssuerRole,
  PenaltyNoticeSupportPosition,
  PenaltyNoticeWithdrawalGround,
  ProsecutionEvidenceItem,
  SchoolAttendanceOffence,
  SchoolAttendanceOrderRevocationGround,
  SchoolSelection,
  SentencingOption,
} from '@rollcall/rules';
import { registerEnumType } from 'type-graphql';
import { INTERVENTION_KINDS } from '../intervention-record';
import { actionsOfKind } from '../allowed-next-steps';

/** Fails to compile when a list leaves out a member of the rules library's union it mirrors. */
type NoneMissing<T extends never> = T;

function keysOf<T extends string>(table: Readonly<Record<T, unknown>>): T[] {
  return Object.keys(table) as T[];
}

export const InterventionKindEnum = enumOf(INTERVENTION_KINDS);
registerEnumType(InterventionKindEnum, { name: 'InterventionKind', description: 'The legal interventions (domain §5–§9).' });

// Every step any kind's state machine takes (the rules' event types), for `allowedNextSteps` and the events' history.
export const INTERVENTION_ACTIONS = [...new Set(INTERVENTION_KINDS.flatMap((k) => actionsOfKind(k)))];
export const InterventionActionEnum = enumOf(INTERVENTION_ACTIONS);
registerEnumType(InterventionActionEnum, { name: 'InterventionAction', description: "A step in an intervention's life, in the rules library's words." });

export const NoticeToImproveStateEnum = enumOf<NoticeToImproveOutcomeStatus>(['IN_PROGRESS', 'SUFFICIENT_IMPROVEMENT', 'INSUFFICIENT_IMPROVEMENT']);
registerEnumType(NoticeToImproveStateEnum, { name: 'NoticeToImproveState', description: 'Where the improvement period stands.' });

export const PenaltyNoticeStateEnum = enumOf(keysOf(PENALTY_NOTICE_TRANSITIONS));
registerEnumType(PenaltyNoticeStateEnum, { name: 'PenaltyNoticeState' });

export const AttendanceContractStateEnum = enumOf(keysOf(ATTENDANCE_CONTRACT_TRANSITIONS));
registerEnumType(AttendanceContractStateEnum, { name: 'AttendanceContractState' });

export const EducationSupervisionOrderStateEnum = enumOf(keysOf(EDUCATION_SUPERVISION_ORDER_TRANSITIONS));
registerEnumType(EducationSupervisionOrderStateEnum, { name: 'EducationSupervisionOrderState' });

export const ProsecutionStateEnum = enumOf(keysOf(PROSECUTION_TRANSITIONS));
registerEnumType(ProsecutionStateEnum, { name: 'ProsecutionState' });

export const ParentingOrderStateEnum = enumOf(keysOf(PARENTING_ORDER_TRANSITIONS));
registerEnumType(ParentingOrderStateEnum, { name: 'ParentingOrderState' });

export const SchoolAttendanceOrderStateEnum = enumOf(keysOf(SCHOOL_ATTENDANCE_ORDER_TRANSITIONS));
registerEnumType(SchoolAttendanceOrderStateEnum, { name: 'SchoolAttendanceOrderState' });

export const AttendanceContractActionEnum = enumOf(actionsOfKind('ATTENDANCE_CONTRACT'));
registerEnumType(AttendanceContractActionEnum, { name: 'AttendanceContractAction' });

export const EducationSupervisionOrderActionEnum = enumOf(actionsOfKind('EDUCATION_SUPERVISION_ORDER'));
registerEnumType(EducationSupervisionOrderActionEnum, { name: 'EducationSupervisionOrderAction' });

export const ProsecutionActionEnum = enumOf(actionsOfKind('PROSECUTION'));
registerEnumType(ProsecutionActionEnum, { name: 'ProsecutionAction' });

export const ParentingOrderActionEnum = enumOf(actionsOfKind('PARENTING_ORDER'));
registerEnumType(ParentingOrderActionEnum, { name: 'ParentingOrderAction' });

export const SchoolAttendanceOrderActionEnum = enumOf(actionsOfKind('SCHOOL_ATTENDANCE_ORDER'));
registerEnumType(SchoolAttendanceOrderActionEnum, { name: 'SchoolAttendanceOrderAction' });

const SUPPORT_POSITIONS = [
  'SUPPORT_PROVIDED_NOT_WORKED',
  'SUPPORT_NOT_ENGAGED_WITH',
  'SUPPORT_NOT_APPROPRIATE',
  'SUPPORT_NOT_YET_OFFERED',
  'SUPPORT_UNDER_WAY',
] as const satisfies readonly PenaltyNoticeSupportPosition[];
export type SupportPositionsComplete = NoneMissing<Exclude<PenaltyNoticeSupportPosition, (typeof SUPPORT_POSITIONS)[number]>>;
export const SupportPositionEnum = enumOf(SUPPORT_POSITIONS);
registerEnumType(SupportPositionEnum, {
  name: 'SupportPosition',
  description: 'Where support stands: a notice needs support tried and not worked or not engaged with, or support to be inappropriate.',
});

const ISSUER_ROLES = ['HEADTEACHER', 'DEPUTY_OR_ASSISTANT_HEAD', 'LA_OFFICER', 'POLICE_CONSTABLE', 'PCSO_OR_ACCREDITED_PERSON'] as const satisfies readonly PenaltyNoticeIssuerRole[];
export type IssuerRolesComplete = NoneMissing<Exclude<PenaltyNoticeIssuerRole, (typeof ISSUER_ROLES)[number]>>;
export const PenaltyNoticeIssuerRoleEnum = enumOf(ISSUER_ROLES);
registerEnumType(PenaltyNoticeIssuerRoleEnum, { name: 'PenaltyNoticeIssuerRole', description: 'Who issued the notice (domain §5: who may issue).' });

const SKIP_REASONS = ['PARENT_ALREADY_HAD_NOTICE_TO_IMPROVE', 'WOULD_NOT_CHANGE_BEHAVIOUR', 'SUPPORT_NOT_APPROPRIATE'] as const satisfies readonly NoticeToImproveSkipReason[];
export type SkipReasonsComplete = NoneMissing<Exclude<NoticeToImproveSkipReason, (typeof SKIP_REASONS)[number]>>;
export const NoticeToImproveSkipReasonEnum = enumOf(SKIP_REASONS);
registerEnumType(NoticeToImproveSkipReasonEnum, { name: 'NoticeToImproveSkipReason', description: 'Why an authorised officer went straight to a penalty notice.' });

const WITHDRAWAL_GROUNDS = ['OUGHT_NOT_TO_HAVE_BEEN_ISSUED', 'ISSUED_TO_WRONG_PERSON', 'MATERIAL_ERROR', 'DECIDED_NOT_TO_PROSECUTE'] as const satisfies readonly PenaltyNoticeWithdrawalGround[];
export type WithdrawalGroundsComplete = NoneMissing<Exclude<PenaltyNoticeWithdrawalGround, (typeof WITHDRAWAL_GROUNDS)[number]>>;
export const PenaltyNoticeWithdrawalGroundEnum = enumOf(WITHDRAWAL_GROUNDS);
registerEnumType(PenaltyNoticeWithdrawalGroundEnum, { name: 'PenaltyNoticeWithdrawalGround', description: 'SI 2007/1867 reg 8 grounds, or deciding not to prosecute an unpaid notice.' });

export const NoticeToImproveContentEnum = enumOf(NOTICE_TO_IMPROVE_CONTENTS.map((c) => c.item));
registerEnumType(NoticeToImproveContentEnum, { name: 'NoticeToImproveContent', description: 'What a Notice to Improve must set out.' });

const SHORTFALLS = ['TOO_MANY_UNAUTHORISED_SESSIONS', 'ATTENDANCE_BELOW_TARGET'] as const satisfies readonly NoticeToImproveShortfall[];
export type ShortfallsComplete = NoneMissing<Exclude<NoticeToImproveShortfall, (typeof SHORTFALLS)[number]>>;
export const NoticeToImproveShortfallEnum = enumOf(SHORTFALLS);
registerEnumType(NoticeToImproveShortfallEnum, { name: 'NoticeToImproveShortfall' });

export const SchoolAttendanceOffenceEnum = enumOf(keysOf<SchoolAttendanceOffence>(SCHOOL_ATTENDANCE_OFFENCES));
registerEnumType(SchoolAttendanceOffenceEnum, { name: 'SchoolAttendanceOffence', description: 'EA 1996 s443, s444(1), s444(1A), s444ZA, CA 1989 Sch 3 para 18.' });

const SENTENCES = [
  'FINE',
  'CONDITIONAL_DISCHARGE',
  'ABSOLUTE_DISCHARGE',
  'DEFERRED_SENTENCE',
  'PARENTING_ORDER',
  'COMMUNITY_ORDER',
  'IMPRISONMENT',
  'DIRECTION_TO_APPLY_FOR_ESO',
] as const satisfies readonly SentencingOption[];
export type SentencesComplete = NoneMissing<Exclude<SentencingOption, (typeof SENTENCES)[number]>>;
export const SentencingOptionEnum = enumOf(SENTENCES);
registerEnumType(SentencingOptionEnum, { name: 'SentencingOption' });

const EVIDENCE = [
  'ATTENDANCE_REGISTER_EXTRACTS',
  'ADMISSION_REGISTER_EXTRACT',
  'PARENT_STATUS_UNDER_S576',
  'PENALTY_NOTICE_HISTORY',
  'NOTICE_TO_IMPROVE_HISTORY',
  'ESO_CONSIDERATION_RECORD',
  'PACE_CODE_C_INTERVIEW_RECORD',
  'SUPPORT_OFFERED',
  'LETTERS_AND_WARNINGS',
  'WITNESS_STATEMENTS',
  'EVIDENCE_PARENT_KNEW',
  'SCHOOL_ATTENDANCE_ORDER_AND_SERVICE',
  'ESO_DIRECTIONS_AND_NON_COMPLIANCE',
] as const satisfies readonly ProsecutionEvidenceItem[];
export type EvidenceComplete = NoneMissing<Exclude<ProsecutionEvidenceItem, (typeof EVIDENCE)[number]>>;
export const ProsecutionEvidenceItemEnum = enumOf(EVIDENCE);
registerEnumType(ProsecutionEvidenceItemEnum, { name: 'ProsecutionEvidenceItem', description: 'What a prosecution file holds.' });

const ESCALATIONS = ['EDUCATION_SUPERVISION_ORDER', 'PROSECUTION', 'PENALTY_NOTICE'] as const satisfies readonly AttendanceContractEscalation[];
export type EscalationsComplete = NoneMissing<Exclude<AttendanceContractEscalation, (typeof ESCALATIONS)[number]>>;
export const AttendanceContractEscalationEnum = enumOf(ESCALATIONS);
registerEnumType(AttendanceContractEscalationEnum, { name: 'AttendanceContractEscalation' });

export const ContractPartyEnum = enumOf(['SCHOOL', 'LOCAL_AUTHORITY'] as const);
registerEnumType(ContractPartyEnum, { name: 'AttendanceContractParty', description: 'Who the parents make the contract with.' });

const ESO_GROUNDS = ['SCHOOL_ATTENDANCE_ORDER_NOT_COMPLIED_WITH', 'NOT_ATTENDING_REGULARLY', 'NOT_PROPERLY_EDUCATED_OTHERWISE'] as const satisfies readonly EducationSupervisionOrderGround[];
export type EsoGroundsComplete = NoneMissing<Exclude<EducationSupervisionOrderGround, (typeof ESO_GROUNDS)[number]>>;
export const EducationSupervisionOrderGroundEnum = enumOf(ESO_GROUNDS);
registerEnumType(EducationSupervisionOrderGroundEnum, { name: 'EducationSupervisionOrderGround' });

const ESO_END_REASONS = ['EXPIRED', 'CEASED_COMPULSORY_SCHOOL_AGE', 'CARE_ORDER_MADE', 'DISCHARGED'] as const satisfies readonly EducationSupervisionOrderEndReason[];
export type EsoEndReasonsComplete = NoneMissing<Exclude<EducationSupervisionOrderEndReason, (typeof ESO_END_REASONS)[number]>>;
export const EducationSupervisionOrderEndReasonEnum = enumOf(ESO_END_REASONS);
registerEnumType(EducationSupervisionOrderEndReasonEnum, { name: 'EducationSupervisionOrderEndReason' });

export const EsoDirectionResponseEnum = enumOf(['APPLIED_FOR_ESO', 'REASONS_GIVEN'] as const);
registerEnumType(EsoDirectionResponseEnum, { name: 'EsoDirectionResponseKind', description: 'EA 1996 s447(4): apply for an ESO or tell the court why not.' });

export const VerdictEnum = enumOf(['GUILTY', 'NOT_GUILTY'] as const);
registerEnumType(VerdictEnum, { name: 'Verdict' });

const REVOCATION_GROUNDS = ['EDUCATION_OTHERWISE', 'COURT_DIRECTION_ON_ACQUITTAL', 'ESO_MADE'] as const satisfies readonly SchoolAttendanceOrderRevocationGround[];
export type RevocationGroundsComplete = NoneMissing<Exclude<SchoolAttendanceOrderRevocationGround, (typeof REVOCATION_GROUNDS)[number]>>;
export const SchoolAttendanceOrderRevocationGroundEnum = enumOf(REVOCATION_GROUNDS);
registerEnumType(SchoolAttendanceOrderRevocationGroundEnum, { name: 'SchoolAttendanceOrderRevocationGround' });

const SELECTION_ROUTES = ['ALTERNATIVE_IN_NOTICE', 'PLACE_OFFERED_AFTER_APPLICATION'] as const satisfies readonly SchoolSelection['route'][];
export type SelectionRoutesComplete = NoneMissing<Exclude<SchoolSelection['route'], (typeof SELECTION_ROUTES)[number]>>;
export const SchoolSelectionRouteEnum = enumOf(SELECTION_ROUTES);
registerEnumType(SchoolSelectionRouteEnum, { name: 'SchoolSelectionRoute' });

export const ServiceMethodEnum = enumOf(['POST', 'HAND'] as const);
registerEnumType(ServiceMethodEnum, { name: 'PenaltyNoticeServiceMethod', description: 'Posted (received on the 2nd working day after) or handed to the parent.' });

export const NonPaymentDecisionEnum = enumOf(['PROSECUTE', 'WITHDRAW'] as const);
registerEnumType(NonPaymentDecisionEnum, { name: 'PenaltyNoticeNonPaymentDecision', description: 'After the payment period: prosecute the original offence, or withdraw the notice.' });
