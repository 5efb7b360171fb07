import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, InputType, Int } from 'type-graphql';
import type { PupilCharacteristic } from '../pupil-input';
import { PupilCharacteristicKindEnum } from './pupil.type';

@InputType({ description: 'Narrows a list of pupils; every field given must match.' })
export class PupilFilter {
  @Field(() => Int, { nullable: true, description: 'Pupils with an enrolment at this school (on roll on onRollOn, when given too).' })
  urn?: number | null;

  @Field(() => Int, { nullable: true, description: 'National Curriculum year group (-2 to 14).' })
  yearGroup?: number | null;

  @Field(() => PupilCharacteristicKindEnum, { nullable: true, description: 'Pupils with this characteristic in force on onRollOn (default today).' })
  characteristic?: PupilCharacteristic | null;

  @Field(() => String, { nullable: true, description: 'Part of a forename, surname or preferred name (each word must match), or a whole UPN.' })
  search?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Pupils on roll on this day.' })
  onRollOn?: LocalDate | null;
}
