import type { CodeSetId, StatisticalCategory } from '@rollcall/rules';
import { Field, ObjectType } from 'type-graphql';
import { AttendanceCategoryEnum, AttendanceCodeSetEnum } from './register-enums';

@ObjectType({ description: 'An attendance code with what it means, how it counts, and how to explain it to a parent.' })
export class AttendanceCodeInfo {
  @Field({ description: 'As the regulations spell it, e.g. "/", "\\\\", "C1", "Y4".' })
  code!: string;

  @Field(() => AttendanceCodeSetEnum)
  codeSet!: CodeSetId;

  @Field({ description: 'What the code means, for school staff.' })
  meaning!: string;

  @Field(() => AttendanceCategoryEnum)
  category!: StatisticalCategory;

  @Field({ description: 'Whether the session counts in possible sessions (the denominator of attendance).' })
  possibleSession!: boolean;

  @Field(() => String, { nullable: true, description: 'A short, plain-English explanation for parents and carers (2024 codes).' })
  parentExplanation!: string | null;

  @Field({ description: 'Where the fact comes from.' })
  source!: string;
}
