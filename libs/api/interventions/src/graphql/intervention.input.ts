import { LocalDateScalar } from '@rollcall/api-core';
import type {
  AttendanceContractEscalation,
  EducationSupervisionOrderGround,
  LocalDate,
  NoticeToImproveContent,
  NoticeToImproveSkipReason,
  PenaltyNoticeIssuerRole,
  PenaltyNoticeSupportPosition,
  PenaltyNoticeWithdrawalGround,
  ProsecutionEvidenceItem,
  SchoolAttendanceOffence,
  SchoolAttendanceOrderRevocationGround,
  SentencingOption,
} from '@rollcall/rules';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { InterventionKind } from '../intervention-record';
import { ParentingOrderTerms } from './parenting-order.type';
import {
  AttendanceContractActionEnum,
  AttendanceContractEscalationEnum,
  ContractPartyEnum,
  EducationSupervisionOrderActionEnum,
  EducationSupervisionOrderGroundEnum,
  EsoDirectionResponseEnum,
  InterventionKindEnum,
  NonPaymentDecisionEnum,
  NoticeToImproveContentEnum,
  NoticeToImproveSkipReasonEnum,
  ParentingOrderActionEnum,
  PenaltyNoticeIssuerRoleEnum,
  PenaltyNoticeWithdrawalGroundEnum,
  ProsecutionActionEnum,
  ProsecutionEvidenceItemEnum,
  SchoolAttendanceOffenceEnum,
  SchoolAttendanceOrderActionEnum,
  SchoolAttendanceOrderRevocationGroundEnum,
  SchoolSelectionRouteEnum,
  SentencingOptionEnum,
  ServiceMethodEnum,
  SupportPositionEnum,
  VerdictEnum,
} from './intervention-enums';

const LA_CODE = "The LA tenant holding the record; default your own LA.";

@InputType({ description: 'Which interventions to list; every condition given must hold.' })
export class InterventionFilter {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID, { nullable: true })
  pupilId?: string;

  @Field(() => Int, { nullable: true, description: 'Interventions for pupils who are or were at this school.' })
  urn?: number;

  @Field(() => [InterventionKindEnum], { nullable: true })
  kinds?: InterventionKind[];

  @Field({ nullable: true, description: 'True: still running; false: ended.' })
  open?: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  openedFrom?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  openedTo?: LocalDate;

  @Field(() => ID, { nullable: true, description: 'Interventions naming this parent.' })
  parentId?: string;
}

/** An intervention, by its id (the base of the inputs that act on one; not itself in the schema). */
@InputType()
export class InterventionRef {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  id!: string;
}

/** An intervention and the day a step was taken (the base of the step inputs; not itself in the schema). */
@InputType()
export class InterventionStepBase extends InterventionRef {
  @Field(() => LocalDateScalar, { description: 'The day the step was taken.' })
  occurredOn!: LocalDate;
}

/** The child a new intervention is for (the base of the inputs that open one; not itself in the schema). */
@InputType()
export class NewInterventionBase {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  pupilId!: string;
}

/** The child and the one parent a new intervention is for. */
@InputType()
export class NewInterventionForParentBase extends NewInterventionBase {
  @Field(() => ID)
  parentId!: string;
}

@InputType({ description: 'A Notice to Improve to one parent for one child (domain §5).' })
export class IssueNoticeToImproveInput extends NewInterventionForParentBase {
  @Field(() => Int, { description: 'The school whose register shows the absence and whose calendar sets the improvement period.' })
  urn!: number;

  @Field(() => LocalDateScalar)
  issuedOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the improvement period; default the day of issue.' })
  periodStartsOn?: LocalDate;

  @Field(() => SupportPositionEnum)
  support!: PenaltyNoticeSupportPosition;

  @Field(() => [NoticeToImproveContentEnum], { nullable: true, description: 'What the notice sets out; default every item it must.' })
  contents?: NoticeToImproveContent[];
}

@InputType()
export class PenaltyNoticeIssuerInput {
  @Field(() => PenaltyNoticeIssuerRoleEnum)
  role!: PenaltyNoticeIssuerRole;

  @Field({ description: 'A deputy or assistant head authorised by the head, or an LA officer authorised by the LA.' })
  authorised!: boolean;
}

@InputType()
export class NoticeToImproveSkippedInput {
  @Field(() => NoticeToImproveSkipReasonEnum)
  reason!: NoticeToImproveSkipReason;

  @Field({ description: 'The authorised officer who decided.' })
  authorisedOfficer!: string;
}

@InputType({ description: 'A penalty notice to one parent for one child (domain §5; EA 1996 s444A).' })
export class IssuePenaltyNoticeInput extends NewInterventionForParentBase {
  @Field(() => Int, { description: 'The school the pupil was on roll at for the absence.' })
  urn!: number;

  @Field(() => LocalDateScalar)
  issuedOn!: LocalDate;

  @Field(() => LocalDateScalar, { description: 'The last day of the absence the notice covers.' })
  offenceLastDate!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day; default the first unauthorised session counted.' })
  offenceFirstDate?: LocalDate;

  @Field(() => ServiceMethodEnum)
  served!: 'POST' | 'HAND';

  @Field(() => PenaltyNoticeIssuerInput)
  issuer!: PenaltyNoticeIssuerInput;

  @Field(() => SupportPositionEnum)
  support!: PenaltyNoticeSupportPosition;

  @Field()
  likelyToChangeParentalBehaviour!: boolean;

  @Field(() => ID, { nullable: true, description: 'The Notice to Improve it follows; default the latest to this parent for this child.' })
  noticeToImproveId?: string;

  @Field(() => NoticeToImproveSkippedInput, { nullable: true, description: 'When no Notice to Improve was sent.' })
  noticeToImproveSkipped?: NoticeToImproveSkippedInput;
}

@InputType()
export class RecordPenaltyNoticePaymentInput extends InterventionRef {
  @Field(() => LocalDateScalar)
  paidOn!: LocalDate;

  @Field(() => Int)
  amountPence!: number;

  @Field(() => String, { nullable: true })
  reference?: string;
}

@InputType()
export class WithdrawPenaltyNoticeInput extends InterventionRef {
  @Field(() => LocalDateScalar)
  withdrawnOn!: LocalDate;

  @Field(() => PenaltyNoticeWithdrawalGroundEnum)
  ground!: PenaltyNoticeWithdrawalGround;
}

@InputType()
export class DecidePenaltyNoticeNonPaymentInput extends InterventionRef {
  @Field(() => LocalDateScalar)
  decidedOn!: LocalDate;

  @Field(() => NonPaymentDecisionEnum)
  decision!: 'PROSECUTE' | 'WITHDRAW';

  @Field(() => SchoolAttendanceOffenceEnum, { nullable: true, description: 'The offence to prosecute; default s444(1).' })
  offence?: SchoolAttendanceOffence;
}

@InputType({ description: 'An attendance contract proposed by the school or the LA (domain §6).' })
export class ProposeAttendanceContractInput extends NewInterventionBase {
  @Field(() => Int)
  urn!: number;

  @Field(() => [ID], { description: 'The parents the contract is with.' })
  parentIds!: string[];

  @Field(() => ContractPartyEnum)
  party!: 'SCHOOL' | 'LOCAL_AUTHORITY';

  @Field(() => LocalDateScalar)
  proposedOn!: LocalDate;

  @Field(() => [String], { description: 'What the parents will do.' })
  requirements!: string[];

  @Field({ description: 'The support the school or LA will give.' })
  supportStatement!: string;
}

@InputType({ description: 'One parent’s part in agreeing the contract.' })
export class ContractSignatureInput {
  @Field(() => ID)
  parentId!: string;

  @Field()
  agreed!: boolean;

  @Field({ description: 'Took part in agreeing it (it cannot be agreed in a parent’s absence).' })
  tookPart!: boolean;
}

@InputType({ description: 'The parents sign: the contract starts that day.' })
export class SignAttendanceContractInput extends InterventionStepBase {
  @Field(() => [ContractSignatureInput])
  signatures!: ContractSignatureInput[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'The agreed end; default the LA’s usual term (12 weeks).' })
  endsOn?: LocalDate;
}

@InputType({ description: 'A review of a running contract.' })
export class ReviewAttendanceContractInput extends InterventionStepBase {}

@InputType({ description: 'Any step in a contract’s life, with the details that step needs.' })
export class AttendanceContractStepInput extends InterventionStepBase {
  @Field(() => AttendanceContractActionEnum)
  action!: string;

  @Field(() => [ContractSignatureInput], { nullable: true, description: 'AGREE.' })
  signatures?: ContractSignatureInput[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'AGREE: the agreed end.' })
  endsOn?: LocalDate;

  @Field(() => String, { nullable: true, description: 'RECORD_NON_COMPLIANCE: what happened.' })
  note?: string;

  @Field(() => AttendanceContractEscalationEnum, { nullable: true, description: 'ESCALATE: to what.' })
  escalateTo?: AttendanceContractEscalation;
}

@InputType({ description: 'The LA considers an Education Supervision Order (EA 1996 s447(1)).' })
export class ConsiderEducationSupervisionOrderInput extends NewInterventionBase {
  @Field(() => Int, { nullable: true })
  urn?: number;

  @Field(() => [ID], { nullable: true })
  parentIds?: string[];

  @Field(() => LocalDateScalar)
  consideredOn!: LocalDate;
}

@InputType({ description: 'A step in an ESO’s life, with the details that step needs.' })
export class EducationSupervisionOrderStepInput extends InterventionStepBase {
  @Field(() => EducationSupervisionOrderActionEnum)
  action!: string;

  @Field(() => String, { nullable: true, description: 'DECIDE_NOT_TO_APPLY: why.' })
  reason?: string;

  @Field(() => Boolean, { nullable: true, description: 'APPLY: children’s services were consulted.' })
  childrenServicesConsulted?: boolean;

  @Field(() => EducationSupervisionOrderGroundEnum, { nullable: true, description: 'APPLY: the ground.' })
  ground?: EducationSupervisionOrderGround;

  @Field(() => Boolean, { nullable: true, description: 'APPLY: both LAs agree the school’s LA is designated.' })
  bothAgreeSchoolLa?: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'EXTEND: the new expiry.' })
  extendedTo?: LocalDate;
}

@InputType({ description: 'A prosecution of one parent for one child, prepared before the information is laid.' })
export class PrepareProsecutionInput extends NewInterventionForParentBase {
  @Field(() => Int, { nullable: true })
  urn?: number;

  @Field(() => SchoolAttendanceOffenceEnum)
  offence!: SchoolAttendanceOffence;

  @Field(() => LocalDateScalar)
  offenceDate!: LocalDate;

  @Field(() => LocalDateScalar)
  openedOn!: LocalDate;

  @Field(() => ID, { nullable: true })
  penaltyNoticeId?: string;
}

@InputType({ description: 'The information is laid before the magistrates, with the prosecution file.' })
export class LayProsecutionInformationInput extends InterventionStepBase {
  @Field(() => [ProsecutionEvidenceItemEnum])
  evidence!: ProsecutionEvidenceItem[];

  @Field(() => ID, { nullable: true, description: 'The penalty notice for the same absence, if any.' })
  penaltyNoticeId?: string;
}

@InputType({ description: 'The outcome: verdict and, on conviction, the sentence.' })
export class RecordProsecutionVerdictInput extends InterventionStepBase {
  @Field(() => VerdictEnum)
  verdict!: 'GUILTY' | 'NOT_GUILTY';

  @Field(() => [SentencingOptionEnum], { nullable: true })
  sentence?: SentencingOption[];
}

@InputType({ description: 'A step in a prosecution, with the details that step needs.' })
export class ProsecutionStepInput extends InterventionStepBase {
  @Field(() => ProsecutionActionEnum)
  action!: string;

  @Field(() => [ProsecutionEvidenceItemEnum], { nullable: true, description: 'LAY_INFORMATION.' })
  evidence?: ProsecutionEvidenceItem[];

  @Field(() => ID, { nullable: true, description: 'LAY_INFORMATION.' })
  penaltyNoticeId?: string;

  @Field(() => EsoDirectionResponseEnum, { nullable: true, description: 'RESPOND_TO_ESO_DIRECTION.' })
  response?: 'APPLIED_FOR_ESO' | 'REASONS_GIVEN';

  @Field(() => VerdictEnum, { nullable: true, description: 'RECORD_VERDICT.' })
  verdict?: 'GUILTY' | 'NOT_GUILTY';

  @Field(() => [SentencingOptionEnum], { nullable: true, description: 'RECORD_VERDICT.' })
  sentence?: SentencingOption[];
}

@InputType()
export class ProposeParentingOrderInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID, { description: 'The prosecution whose conviction the order is proposed on.' })
  prosecutionId!: string;

  @Field(() => LocalDateScalar)
  proposedOn!: LocalDate;
}

@InputType({ description: 'The court makes the order on these terms.' })
export class MakeParentingOrderInput extends InterventionStepBase {
  @Field(() => ParentingOrderTerms)
  terms!: ParentingOrderTerms;
}

@InputType({ description: 'A step in a parenting order’s life.' })
export class ParentingOrderStepInput extends InterventionStepBase {
  @Field(() => ParentingOrderActionEnum)
  action!: string;

  @Field(() => ParentingOrderTerms, { nullable: true, description: 'MAKE.' })
  terms?: ParentingOrderTerms;
}

@InputType({ description: 'The LA considers whether a child in its area is receiving suitable education (EA 1996 s437).' })
export class ConsiderSchoolAttendanceOrderInput extends NewInterventionForParentBase {
  @Field(() => LocalDateScalar)
  consideredOn!: LocalDate;

  @Field(() => String, { nullable: true, description: 'The school named in the child’s EHC plan.' })
  ehcPlanSchool?: string;
}

@InputType({ description: 'The parent’s choice of school.' })
export class SchoolSelectionInput {
  @Field()
  school!: string;

  @Field(() => LocalDateScalar)
  on!: LocalDate;

  @Field(() => SchoolSelectionRouteEnum)
  route!: 'ALTERNATIVE_IN_NOTICE' | 'PLACE_OFFERED_AFTER_APPLICATION';
}

@InputType({ description: 'A step in the School Attendance Order process, with the details that step needs.' })
export class SchoolAttendanceOrderStepInput extends InterventionStepBase {
  @Field(() => SchoolAttendanceOrderActionEnum)
  action!: string;

  @Field(() => Int, { nullable: true, description: 'SERVE_NOTICE_TO_SATISFY: days the parent has (at least 15).' })
  periodDays?: number;

  @Field(() => String, { nullable: true, description: 'SERVE_NOTICE_OF_INTENTION.' })
  intendedSchool?: string;

  @Field(() => [String], { nullable: true, description: 'SERVE_NOTICE_OF_INTENTION.' })
  alternatives?: string[];

  @Field(() => String, { nullable: true, description: 'SERVE_ORDER and AMEND.' })
  namedSchool?: string;

  @Field(() => Boolean, { nullable: true, description: 'SERVE_ORDER.' })
  expedientToAttendSchool?: boolean;

  @Field(() => SchoolSelectionInput, { nullable: true, description: 'SERVE_ORDER.' })
  parentSelection?: SchoolSelectionInput;

  @Field(() => SchoolAttendanceOrderRevocationGroundEnum, { nullable: true, description: 'REVOKE.' })
  revocationGround?: SchoolAttendanceOrderRevocationGround;
}

@InputType({ description: 'The outcome of the improvement period, worked out from the register.' })
export class RecordNoticeToImproveOutcomeInput extends InterventionStepBase {}
