import type { SchoolPhase, SchoolType } from '../school-input';
import { Field, InputType } from 'type-graphql';
import { SchoolPhaseEnum, SchoolTypeEnum } from './school.type';

@InputType({ description: 'Narrows a list of schools; every field given must match.' })
export class SchoolFilter {
  @Field(() => SchoolPhaseEnum, { nullable: true })
  phase?: SchoolPhase | null;

  @Field(() => SchoolTypeEnum, { nullable: true })
  type?: SchoolType | null;

  @Field(() => String, { nullable: true, description: "Part of the school's name, its URN, or the start of its postcode (2 to 100 characters)." })
  search?: string | null;
}
