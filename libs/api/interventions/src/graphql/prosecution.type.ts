import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate, ProsecutionState, SchoolAttendanceOffence, SentencingOption } from '@rollcall/rules';
import { Field, ID, ObjectType, createUnionType } from 'type-graphql';
import { EsoDirectionResponseEnum, ProsecutionStateEnum, SchoolAttendanceOffenceEnum, SentencingOptionEnum } from './intervention-enums';
import { prosecutionRefused } from './intervention-refusals';
import { Intervention } from './intervention.type';

@ObjectType({ description: 'How the LA answered the court’s direction.' })
export class EsoDirectionResponse {
  @Field(() => LocalDateScalar)
  on!: LocalDate;

  @Field(() => EsoDirectionResponseEnum)
  kind!: 'APPLIED_FOR_ESO' | 'REASONS_GIVEN';

  @Field({ description: 'Answered after the 8 weeks allowed.' })
  late!: boolean;
}

@ObjectType({ description: 'The court’s direction to apply for an ESO (EA 1996 s447).' })
export class EsoDirection {
  @Field(() => LocalDateScalar)
  directedOn!: LocalDate;

  @Field(() => LocalDateScalar, { description: 'Apply, or tell the court why not, by this day (8 weeks).' })
  respondBy!: LocalDate;

  @Field(() => EsoDirectionResponse, { nullable: true })
  response?: EsoDirectionResponse;
}

@ObjectType({ implements: Intervention, description: 'A prosecution of one parent for one child’s attendance (domain §8; EA 1996 ss443–447).' })
export class Prosecution extends Intervention {
  @Field(() => ProsecutionStateEnum)
  state!: ProsecutionState;

  @Field(() => ID)
  parentId!: string;

  @Field(() => SchoolAttendanceOffenceEnum)
  offence!: SchoolAttendanceOffence;

  @Field(() => LocalDateScalar, { description: 'The last day of absence (or non-compliance) covered; the 6 months to lay the information run from it.' })
  offenceDate!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  informationLaidOn?: LocalDate;

  @Field(() => EsoDirection, { nullable: true })
  esoDirection?: EsoDirection;

  @Field(() => LocalDateScalar, { nullable: true })
  verdictOn?: LocalDate;

  @Field(() => [SentencingOptionEnum], { nullable: true })
  sentence?: SentencingOption[];

  @Field(() => LocalDateScalar, { nullable: true })
  withdrawnOn?: LocalDate;

  @Field(() => ID, { nullable: true, description: 'The penalty notice for the same absence, when it follows one.' })
  penaltyNoticeId?: string;
}

export const ProsecutionResult = createUnionType({
  name: 'ProsecutionResult',
  description: 'The prosecution as it now stands, or why the step was refused.',
  types: () => [Prosecution, prosecutionRefused.Refused] as const,
  resolveType: (value) => (value instanceof prosecutionRefused.Refused ? prosecutionRefused.Refused : Prosecution),
});
