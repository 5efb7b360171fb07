import { Connection, LocalDateScalar, enumOf, resultUnion, typedRefusal } from '@rollcall/api-core';
import { LEAVE_OF_ABSENCE_CODES } from '@rollcall/rules';
import type { LeaveOfAbsenceCode, LeaveOfAbsenceProblem, LocalDate, Session } from '@rollcall/rules';
import { Field, ID, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ABSENCE_REASONS } from '../parent-request-record';
import type { AbsenceReason, AbsenceReportStatus, LeaveRequestStatus } from '../parent-request-record';

export const AbsenceReasonEnum = enumOf(ABSENCE_REASONS);
registerEnumType(AbsenceReasonEnum, { name: 'AbsenceReason', description: 'Why a parent says the child is or will be absent (the school decides the code).' });

export const AbsenceReportStatusEnum = enumOf<AbsenceReportStatus>(['RECEIVED', 'ACCEPTED', 'QUERIED']);
registerEnumType(AbsenceReportStatusEnum, { name: 'AbsenceReportStatus' });

export const LeaveRequestStatusEnum = enumOf<LeaveRequestStatus>(['PENDING', 'GRANTED', 'REFUSED', 'WITHDRAWN']);
registerEnumType(LeaveRequestStatusEnum, { name: 'LeaveRequestStatus' });

export const LeaveOfAbsenceCodeEnum = enumOf(LEAVE_OF_ABSENCE_CODES);
registerEnumType(LeaveOfAbsenceCodeEnum, {
  name: 'LeaveOfAbsenceCode',
  description: 'C exceptional circumstances, C1 regulated performance or employment abroad, J1 interview, S study leave, C2 part-time timetable (SI 2024/208 reg 11).',
});

export const SessionEnum = enumOf<Session>(['AM', 'PM']);
registerEnumType(SessionEnum, { name: 'ParentRequestSession', description: 'Morning or afternoon session.' });

export const LeaveDecisionEnum = enumOf(['GRANTED', 'REFUSED'] as const);
registerEnumType(LeaveDecisionEnum, { name: 'LeaveDecision' });

export const ReviewOutcomeEnum = enumOf(['ACCEPTED', 'QUERIED'] as const);
registerEnumType(ReviewOutcomeEnum, { name: 'AbsenceReportReview' });

/** What every request a parent makes about their child carries (the base of both kinds; not itself in the schema). */
@ObjectType()
export class ParentRequestFields {
  @Field(() => ID)
  id!: string;

  @Field()
  laCode!: string;

  @Field(() => ID)
  pupilId!: string;

  @Field(() => ID)
  parentId!: string;

  @Field(() => LocalDateScalar)
  firstDate!: LocalDate;

  @Field(() => LocalDateScalar)
  lastDate!: LocalDate;
}

@ObjectType({ description: "A parent's report that their child is or will be absent." })
export class AbsenceReport extends ParentRequestFields {
  @Field(() => SessionEnum)
  firstSession!: Session;

  @Field(() => SessionEnum)
  lastSession!: Session;

  @Field(() => AbsenceReasonEnum)
  reason!: AbsenceReason;

  @Field(() => String, { nullable: true })
  details!: string | null;

  @Field(() => AbsenceReportStatusEnum)
  status!: AbsenceReportStatus;

  @Field()
  reportedAt!: Date;
}

@ObjectType({ description: "A parent's request for leave of absence, and the school's decision." })
export class LeaveRequest extends ParentRequestFields {
  @Field({ description: 'What the leave is for, in the parent’s words.' })
  reason!: string;

  @Field(() => LeaveRequestStatusEnum)
  status!: LeaveRequestStatus;

  @Field(() => LeaveOfAbsenceCodeEnum, { nullable: true, description: 'The code the leave is recorded with, when granted.' })
  decisionCode!: LeaveOfAbsenceCode | null;

  @Field(() => String, { nullable: true, description: 'Why it was granted or refused, as the parent is told.' })
  decisionReason!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field()
  requestedAt!: Date;
}

@ObjectType()
export class AbsenceReportConnection extends Connection(AbsenceReport, 'AbsenceReport') {}

@ObjectType()
export class LeaveRequestConnection extends Connection(LeaveRequest, 'LeaveRequest') {}

export const AbsenceReportResult = resultUnion('AbsenceReportResult', AbsenceReport);
export const LeaveRequestResult = resultUnion('LeaveRequestResult', LeaveRequest);

/** Fails to compile when the list leaves out a reason the rules library gives for refusing a leave decision. */
type NoneMissing<T extends never> = T;

// domain §13; SI 2024/208 reg 11: the rules' reasons for refusing a decision, and the service's own (request, access)
const LEAVE_DECISION_REFUSALS = [
  'REASON_REQUIRED',
  'CODE_REQUIRED',
  'CODE_ONLY_WHEN_GRANTED',
  'UNKNOWN_LEAVE_CODE',
  'NOT_EXCEPTIONAL_CIRCUMSTANCES',
  'NOT_REQUESTED_BY_PARENT_PUPIL_LIVES_WITH',
  'NOT_REGULATED_PERFORMANCE_OR_EMPLOYMENT_ABROAD',
  'NOT_AGREED_IN_ADVANCE',
  'NOT_COMPULSORY_SCHOOL_AGE_THROUGHOUT',
  'UNKNOWN_REQUEST',
  'ALREADY_DECIDED',
  'NOT_PERMITTED',
  'PUPIL_NOT_ON_ROLL',
  'INVALID_INPUT',
  'INVALID_DATE',
] as const;
export type LeaveDecisionRefusalsComplete = NoneMissing<Exclude<LeaveOfAbsenceProblem, (typeof LEAVE_DECISION_REFUSALS)[number]>>;

export const leaveDecisionRefused = typedRefusal('LeaveDecisionRefused', LEAVE_DECISION_REFUSALS, 'The school’s decision was not recorded; nothing was changed.');

export const DecideLeaveResult = createUnionType({
  name: 'DecideLeaveResult',
  description: 'The request as decided, or why the decision could not be recorded.',
  types: () => [LeaveRequest, leaveDecisionRefused.Refused] as const,
  resolveType: (value) => (value instanceof leaveDecisionRefused.Refused ? leaveDecisionRefused.Refused : LeaveRequest),
});
