import { Connection, LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { InterventionSummary } from '../intervention-directory.service';
import type { InterventionKind, InterventionRecord } from '../intervention-record';
import { InterventionKindEnum } from './intervention-enums';

/** The GraphQL type of each kind of intervention. */
export const INTERVENTION_TYPE_NAMES: Readonly<Record<InterventionKind, string>> = {
  NOTICE_TO_IMPROVE: 'NoticeToImprove',
  PENALTY_NOTICE: 'PenaltyNotice',
  ATTENDANCE_CONTRACT: 'AttendanceContract',
  EDUCATION_SUPERVISION_ORDER: 'EducationSupervisionOrder',
  PROSECUTION: 'Prosecution',
  PARENTING_ORDER: 'ParentingOrder',
  SCHOOL_ATTENDANCE_ORDER: 'SchoolAttendanceOrder',
};

/**
 * What the GraphQL types read: the intervention's row with the rules library's record for its kind (`details`) laid
 * out beside it, so each kind's fields (terms, period, esoDirection…) are its own.
 */
export type InterventionView = InterventionSummary &
  Record<string, unknown> & {
    readonly parentIds?: readonly string[];
    readonly events?: InterventionRecord['events'];
    readonly payments?: InterventionRecord['payments'];
  };

export function interventionView(record: InterventionSummary | InterventionRecord): InterventionView {
  return { ...(record.details as Record<string, unknown>), ...record } as InterventionView;
}

@InterfaceType({
  description: 'A legal intervention for one child (domain §5–§9). Each kind has its own type, state and steps.',
  resolveType: (value: InterventionView) => INTERVENTION_TYPE_NAMES[value.kind],
})
export class Intervention {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The LA tenant holding the record (DfE three-digit number).' })
  laCode!: string;

  @Field(() => InterventionKindEnum)
  kind!: InterventionKind;

  @Field(() => ID)
  pupilId!: string;

  @Field(() => Int, { nullable: true, description: 'The school whose pupil the intervention concerns, when it is tied to one.' })
  urn!: number | null;

  @Field(() => LocalDateScalar)
  openedOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it reached a state with no further step (or a penalty notice was paid).' })
  closedOn!: LocalDate | null;

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A parent named on an intervention, and how they are linked to the child.' })
export class InterventionParent {
  @Field(() => ID)
  id!: string;

  @Field()
  forename!: string;

  @Field()
  surname!: string;

  @Field(() => String, { nullable: true })
  relationship!: string | null;

  @Field(() => Boolean, { nullable: true })
  parentalResponsibility!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  livesWithChild!: boolean | null;
}

@ObjectType({ description: 'One step in the intervention’s history.' })
export class InterventionEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The step, in the rules library's words (ISSUE, RECORD_PAYMENT, COURT_MAKES…)." })
  action!: string;

  @Field(() => String, { nullable: true })
  fromState!: string | null;

  @Field()
  toState!: string;

  @Field(() => LocalDateScalar)
  occurredOn!: LocalDate;

  @Field(() => String, { nullable: true, description: 'The ground or reason given, where the step takes one.' })
  reason!: string | null;

  @Field(() => GraphQLJSONObject, { description: "What was recorded with the step, and the rule's figures." })
  data!: Record<string, unknown>;

  @Field()
  recordedBy!: string;

  @Field()
  recordedAt!: Date;
}

@ObjectType({ description: 'A payment towards a penalty notice (always to the LA).' })
export class InterventionPayment {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  amountPence!: number;

  @Field(() => LocalDateScalar)
  paidOn!: LocalDate;

  @Field(() => String, { nullable: true })
  reference!: string | null;
}

@ObjectType({ description: 'A document produced for the intervention: the notice or letter as sent.' })
export class InterventionDocument {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  title!: string;

  @Field()
  content!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class InterventionConnection extends Connection(Intervention, 'Intervention') {}

@ObjectType({ description: 'A span of dates, first and last day included.' })
export class DateSpan {
  @Field(() => LocalDateScalar)
  from!: LocalDate;

  @Field(() => LocalDateScalar)
  to!: LocalDate;
}
