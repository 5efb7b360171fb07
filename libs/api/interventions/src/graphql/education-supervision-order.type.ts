import { LocalDateScalar } from '@rollcall/api-core';
import type { EducationSupervisionOrderEndReason, EducationSupervisionOrderGround, EducationSupervisionOrderState, LocalDate } from '@rollcall/rules';
import { Field, ObjectType, createUnionType } from 'type-graphql';
import { EducationSupervisionOrderEndReasonEnum, EducationSupervisionOrderGroundEnum, EducationSupervisionOrderStateEnum } from './intervention-enums';
import { educationSupervisionOrderRefused } from './intervention-refusals';
import { Intervention } from './intervention.type';

@ObjectType({ description: 'The LA’s decision not to apply, with its reason.' })
export class DecisionNotToApply {
  @Field(() => LocalDateScalar)
  on!: LocalDate;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'An extension granted by the court.' })
export class EducationSupervisionOrderExtension {
  @Field(() => LocalDateScalar)
  decidedOn!: LocalDate;

  @Field(() => LocalDateScalar)
  extendedTo!: LocalDate;
}

@ObjectType({
  implements: Intervention,
  description: 'An Education Supervision Order, from the LA’s consideration of it (required before prosecuting) to its end (domain §7; CA 1989 s36).',
})
export class EducationSupervisionOrder extends Intervention {
  @Field(() => EducationSupervisionOrderStateEnum)
  state!: EducationSupervisionOrderState;

  @Field(() => LocalDateScalar)
  consideredOn!: LocalDate;

  @Field(() => LocalDateScalar, { description: 'The order ends when the child ceases to be of compulsory school age.' })
  compulsorySchoolAgeEndsOn!: LocalDate;

  @Field(() => DecisionNotToApply, { nullable: true })
  decisionNotToApply?: DecisionNotToApply;

  @Field(() => String, { nullable: true })
  applyingLa?: string;

  @Field(() => String, { nullable: true, description: 'CA 1989 s36(7): where the child lives, or the school’s LA if both agree.' })
  designatedLa?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  appliedOn?: LocalDate;

  @Field(() => EducationSupervisionOrderGroundEnum, { nullable: true })
  ground?: EducationSupervisionOrderGround;

  @Field(() => LocalDateScalar, { nullable: true })
  madeOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day in force as made or extended.' })
  expiresOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day in force, allowing for compulsory school age, a care order or discharge.' })
  endsOn?: LocalDate;

  @Field(() => EducationSupervisionOrderEndReasonEnum, { nullable: true })
  endReason?: EducationSupervisionOrderEndReason;

  @Field(() => LocalDateScalar, { nullable: true })
  extensionAppliedOn?: LocalDate;

  @Field(() => [EducationSupervisionOrderExtension])
  extensions!: EducationSupervisionOrderExtension[];
}

export const EducationSupervisionOrderResult = createUnionType({
  name: 'EducationSupervisionOrderResult',
  description: 'The order as it now stands, or why the step was refused.',
  types: () => [EducationSupervisionOrder, educationSupervisionOrderRefused.Refused] as const,
  resolveType: (value) => (value instanceof educationSupervisionOrderRefused.Refused ? educationSupervisionOrderRefused.Refused : EducationSupervisionOrder),
});
