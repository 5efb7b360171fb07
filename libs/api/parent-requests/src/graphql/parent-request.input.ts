import { LocalDateScalar } from '@rollcall/api-core';
import type { LeaveOfAbsenceCode, LocalDate, Session } from '@rollcall/rules';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { AbsenceReason, AbsenceReportStatus, LeaveRequestStatus } from '../parent-request-record';
import {
  AbsenceReasonEnum,
  AbsenceReportStatusEnum,
  LeaveDecisionEnum,
  LeaveOfAbsenceCodeEnum,
  LeaveRequestStatusEnum,
  ReviewOutcomeEnum,
  SessionEnum,
} from './parent-request.type';

const LA_CODE = 'The LA holding the child’s record; default your own.';
const PARENT_ID = 'The parent making it: a parent signed in makes it as themselves (default); the school names the parent it is recording for.';

@InputType({ description: 'Which requests to list; every condition given must hold.' })
export class ParentRequestFilter {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID, { nullable: true })
  pupilId?: string;

  @Field(() => Int, { nullable: true, description: 'Pupils on this school’s roll.' })
  urn?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Requests reaching this day or later.' })
  from?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Requests starting on or before this day.' })
  to?: LocalDate;
}

@InputType()
export class AbsenceReportFilter extends ParentRequestFilter {
  @Field(() => [AbsenceReportStatusEnum], { nullable: true })
  statuses?: AbsenceReportStatus[];
}

@InputType()
export class LeaveRequestFilter extends ParentRequestFilter {
  @Field(() => [LeaveRequestStatusEnum], { nullable: true })
  statuses?: LeaveRequestStatus[];
}

/** The child and the parent a request is for (the base of the inputs that make one; not itself in the schema). */
@InputType()
export class NewParentRequestBase {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  pupilId!: string;

  @Field(() => ID, { nullable: true, description: PARENT_ID })
  parentId?: string;
}

/** A leave request, by its id (the base of the inputs that act on one; not itself in the schema). */
@InputType()
export class LeaveRequestRef {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  requestId!: string;
}

@InputType({ description: 'A report that a child is, or will be, absent.' })
export class ReportAbsenceInput extends NewParentRequestBase {
  @Field(() => LocalDateScalar)
  firstDate!: LocalDate;

  @Field(() => SessionEnum)
  firstSession!: Session;

  @Field(() => LocalDateScalar)
  lastDate!: LocalDate;

  @Field(() => SessionEnum)
  lastSession!: Session;

  @Field(() => AbsenceReasonEnum)
  reason!: AbsenceReason;

  @Field(() => String, { nullable: true, description: 'Required when the reason is OTHER.' })
  details?: string;
}

@InputType()
export class ReviewAbsenceReportInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  reportId!: string;

  @Field(() => ReviewOutcomeEnum)
  status!: 'ACCEPTED' | 'QUERIED';
}

@InputType({ description: 'A request for leave of absence, made before it starts.' })
export class RequestLeaveInput extends NewParentRequestBase {
  @Field(() => LocalDateScalar)
  firstDate!: LocalDate;

  @Field(() => LocalDateScalar)
  lastDate!: LocalDate;

  @Field({ description: 'What the leave is for.' })
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'School only: the day a request made on paper was received.' })
  requestedOn?: LocalDate;
}

@InputType()
export class WithdrawLeaveRequestInput extends LeaveRequestRef {}

@InputType({ description: 'The school’s decision: grant (with the code) or refuse, with the reason the parent is told.' })
export class DecideLeaveInput extends LeaveRequestRef {
  @Field(() => LeaveDecisionEnum)
  decision!: 'GRANTED' | 'REFUSED';

  @Field(() => LeaveOfAbsenceCodeEnum, { nullable: true, description: 'Required to grant; none on a refusal.' })
  code?: LeaveOfAbsenceCode;

  @Field()
  reason!: string;

  @Field({ nullable: true, description: 'The school judges the circumstances exceptional (needed for C and C2).' })
  exceptionalCircumstances?: boolean;

  @Field({ nullable: true, description: 'A regulated performance or regulated employment abroad (needed for C1).' })
  regulatedPerformanceOrEmploymentAbroad?: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default today.' })
  decidedOn?: LocalDate;
}
