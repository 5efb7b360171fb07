import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate, ParentingOrderState, SchoolAttendanceOffence } from '@rollcall/rules';
import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { ParentingOrderStateEnum, SchoolAttendanceOffenceEnum } from './intervention-enums';
import { parentingOrderRefused } from './intervention-refusals';
import { Intervention } from './intervention.type';

@ObjectType({ description: 'A counselling or guidance programme (at most 3 months, within the requirements).' })
@InputType('ParentingProgrammeInput', { description: 'A counselling or guidance programme (at most 3 months, within the requirements).' })
export class ParentingProgramme {
  @Field(() => LocalDateScalar)
  from!: LocalDate;

  @Field(() => LocalDateScalar)
  until!: LocalDate;

  @Field()
  residential!: boolean;

  @Field(() => Boolean, { nullable: true })
  residentialJustified?: boolean;
}

@ObjectType({ description: 'What the court ordered (CDA 1998 s8: requirements for at most 12 months).' })
@InputType('ParentingOrderTermsInput', { description: 'What the court orders (CDA 1998 s8: requirements for at most 12 months).' })
export class ParentingOrderTerms {
  @Field(() => LocalDateScalar)
  requirementsFrom!: LocalDate;

  @Field(() => LocalDateScalar)
  requirementsUntil!: LocalDate;

  @Field(() => ParentingProgramme, { nullable: true })
  programme?: ParentingProgramme;

  @Field()
  responsibleOfficer!: string;
}

@ObjectType({ implements: Intervention, description: 'A parenting order made on a parent’s conviction (domain §8; CDA 1998 s8).' })
export class ParentingOrder extends Intervention {
  @Field(() => ParentingOrderStateEnum)
  state!: ParentingOrderState;

  @Field(() => ID)
  parentId!: string;

  @Field(() => SchoolAttendanceOffenceEnum)
  conviction!: SchoolAttendanceOffence;

  @Field(() => ID)
  prosecutionId!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  madeOn?: LocalDate;

  @Field(() => ParentingOrderTerms, { nullable: true })
  terms?: ParentingOrderTerms;

  @Field(() => [LocalDateScalar])
  breaches!: LocalDate[];

  @Field(() => LocalDateScalar, { nullable: true })
  endedOn?: LocalDate;
}

export const ParentingOrderResult = createUnionType({
  name: 'ParentingOrderResult',
  description: 'The order as it now stands, or why the step was refused.',
  types: () => [ParentingOrder, parentingOrderRefused.Refused] as const,
  resolveType: (value) => (value instanceof parentingOrderRefused.Refused ? parentingOrderRefused.Refused : ParentingOrder),
});
