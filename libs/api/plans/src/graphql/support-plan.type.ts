import { Connection, LocalDateScalar, enumOf, resultUnion } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SUPPORT_PLAN_KINDS, SUPPORT_PLAN_REVIEW_OUTCOMES } from '../support-plan-record';
import type { SupportPlanKind, SupportPlanReviewOutcome, SupportPlanStatus } from '../support-plan-record';

export const SupportPlanKindEnum = enumOf(SUPPORT_PLAN_KINDS);
registerEnumType(SupportPlanKindEnum, {
  name: 'SupportPlanKind',
  description: 'School Attendance Plan, early help, child in need, child protection, Personal Education Plan or part-time timetable.',
});

export const SupportPlanStatusEnum = enumOf<SupportPlanStatus>(['DRAFT', 'ACTIVE', 'CLOSED']);
registerEnumType(SupportPlanStatusEnum, { name: 'SupportPlanStatus', description: 'A draft is agreed with the family before it becomes active.' });

export const SupportPlanReviewOutcomeEnum = enumOf(SUPPORT_PLAN_REVIEW_OUTCOMES);
registerEnumType(SupportPlanReviewOutcomeEnum, { name: 'SupportPlanReviewOutcome', description: 'What a review decided.' });

@ObjectType({ description: 'Something the plan says will be done, by whom and by when.' })
export class SupportPlanAction {
  @Field(() => ID)
  id!: string;

  @Field()
  description!: string;

  @Field({ description: 'Who will do it (a person or a service, as written).' })
  owner!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn!: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null until done.' })
  doneOn!: LocalDate | null;
}

@ObjectType({ description: 'A formal review of the plan.' })
export class SupportPlanReview {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  reviewedOn!: LocalDate;

  @Field()
  notes!: string;

  @Field(() => SupportPlanReviewOutcomeEnum)
  outcome!: SupportPlanReviewOutcome;

  @Field()
  reviewedBy!: string;
}

@ObjectType({ description: 'A support plan for one child (domain §12, §13, §17.1): its barriers, actions, views and reviews.' })
export class SupportPlan {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The LA tenant holding the record (DfE three-digit number).' })
  laCode!: string;

  @Field(() => ID)
  pupilId!: string;

  @Field(() => Int, { nullable: true, description: 'The school leading the plan, if a school does.' })
  urn!: number | null;

  @Field(() => SupportPlanKindEnum)
  kind!: SupportPlanKind;

  @Field(() => SupportPlanStatusEnum)
  status!: SupportPlanStatus;

  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The next review due.' })
  reviewOn!: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The planned end (a part-time timetable always has one), or the day it closed.' })
  endsOn!: LocalDate | null;

  @Field(() => [String], { description: 'The barriers to attendance the plan addresses.' })
  barriers!: string[];

  @Field(() => String, { nullable: true, description: "The child's views, in their words." })
  childViews!: string | null;

  @Field(() => String, { nullable: true, description: "The parents' views, in their words." })
  parentViews!: string | null;

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class SupportPlanConnection extends Connection(SupportPlan, 'SupportPlan') {}

export const SupportPlanResult = resultUnion('SupportPlanResult', SupportPlan);

@ObjectType({ description: 'An action on a plan, as the family sees it.' })
export class ParentSupportPlanAction {
  @Field()
  description!: string;

  @Field()
  owner!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn!: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true })
  doneOn!: LocalDate | null;
}

@ObjectType({ description: 'When the plan was reviewed and what was decided, as the family sees it.' })
export class ParentSupportPlanReview {
  @Field(() => LocalDateScalar)
  reviewedOn!: LocalDate;

  @Field(() => SupportPlanReviewOutcomeEnum)
  outcome!: SupportPlanReviewOutcome;
}

@ObjectType({
  description:
    "A plan agreed with the family, as a parent sees it: what it is for, what everyone will do and when it is reviewed; not the professionals' notes.",
})
export class ParentSupportPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Which of your children the plan is for.' })
  pupilId!: string;

  @Field(() => SupportPlanKindEnum)
  kind!: SupportPlanKind;

  @Field(() => SupportPlanStatusEnum)
  status!: SupportPlanStatus;

  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewOn!: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn!: LocalDate | null;

  @Field(() => [String])
  barriers!: string[];

  @Field(() => String, { nullable: true })
  childViews!: string | null;

  @Field(() => String, { nullable: true })
  parentViews!: string | null;
}

@ObjectType()
export class ParentSupportPlanConnection extends Connection(ParentSupportPlan, 'ParentSupportPlan') {}
