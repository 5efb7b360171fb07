import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { SupportPlanKind, SupportPlanReviewOutcome, SupportPlanStatus } from '../support-plan-record';
import { SupportPlanKindEnum, SupportPlanReviewOutcomeEnum, SupportPlanStatusEnum } from './support-plan.type';

const LA_CODE = "The LA tenant holding the record; default your own LA (give it for a resident schooled in another LA's area).";

@InputType({ description: 'Which plans to list; every condition given must hold.' })
export class SupportPlanFilter {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID, { nullable: true })
  pupilId?: string;

  @Field(() => Int, { nullable: true, description: 'Plans led by this school.' })
  urn?: number;

  @Field(() => [SupportPlanKindEnum], { nullable: true })
  kinds?: SupportPlanKind[];

  @Field(() => [SupportPlanStatusEnum], { nullable: true })
  statuses?: SupportPlanStatus[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'Open plans whose next review is due on or before this day.' })
  reviewDueBy?: LocalDate;
}

@InputType({ description: 'A new support plan for a child.' })
export class CreateSupportPlanInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  pupilId!: string;

  @Field(() => Int, { nullable: true, description: 'The school leading the plan (the pupil must be on its roll when it starts); school staff give their school.' })
  urn?: number;

  @Field(() => SupportPlanKindEnum)
  kind!: SupportPlanKind;

  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Required for a part-time timetable.' })
  endsOn?: LocalDate;

  @Field(() => [String], { description: 'The barriers to attendance the plan addresses, each a short description.' })
  barriers!: string[];

  @Field(() => String, { nullable: true })
  childViews?: string;

  @Field(() => String, { nullable: true })
  parentViews?: string;

  @Field({ nullable: true, description: 'Start as a draft to agree with the family (default: active from the start date).' })
  draft?: boolean;
}

@InputType({ description: 'A plan, by its id (the base of the inputs that act on one).' })
abstract class SupportPlanRef {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  planId!: string;
}

@InputType({ description: 'A draft plan to make active.' })
export class ActivateSupportPlanInput extends SupportPlanRef {}

@InputType()
export class AddSupportPlanActionInput extends SupportPlanRef {
  @Field()
  description!: string;

  @Field({ description: 'Who will do it.' })
  owner!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn?: LocalDate;
}

@InputType()
export class CompleteSupportPlanActionInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  actionId!: string;

  @Field(() => LocalDateScalar)
  doneOn!: LocalDate;
}

@InputType()
export class RecordSupportPlanReviewInput extends SupportPlanRef {
  @Field(() => LocalDateScalar)
  reviewedOn!: LocalDate;

  @Field()
  notes!: string;

  @Field(() => SupportPlanReviewOutcomeEnum)
  outcome!: SupportPlanReviewOutcome;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The next review; required to continue a part-time timetable.' })
  nextReviewOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A new planned end.' })
  endsOn?: LocalDate;
}

@InputType()
export class CloseSupportPlanInput extends SupportPlanRef {
  @Field(() => LocalDateScalar)
  closedOn!: LocalDate;
}
