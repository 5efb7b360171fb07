import { LocalDateScalar, resultUnion } from '@rollcall/api-core';
import type { LocalDate, Session } from '@rollcall/rules';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RegisterSessionEnum } from './register-enums';
import { RegisterEntry } from './register.type';

@ObjectType({ description: 'One pupil’s mark as recorded.' })
export class RecordedMark {
  @Field(() => ID)
  pupilId!: string;

  @Field()
  laCode!: string;

  @Field()
  upn!: string;

  @Field(() => ID)
  enrolmentId!: string;

  @Field({ description: 'The code recorded (for a late arrival, decided by the register’s closing time).' })
  code!: string;

  @Field(() => Int, { nullable: true })
  minutesLate!: number | null;

  @Field(() => String, { nullable: true, description: 'The code sent, when the rules recorded another (L sent, U recorded: arrived after the register closed).' })
  sentCode!: string | null;

  @Field({ description: 'False when the register already held this mark.' })
  changed!: boolean;
}

@ObjectType({ description: 'A session’s marks, recorded together with the week summaries they change.' })
export class RecordedMarks {
  @Field(() => ID)
  importId!: string;

  @Field()
  laCode!: string;

  @Field(() => Int)
  urn!: number;

  @Field(() => LocalDateScalar)
  date!: LocalDate;

  @Field(() => RegisterSessionEnum)
  session!: Session;

  @Field({ description: 'True when this repeats an earlier request with the same idempotency key: nothing more was written.' })
  repeated!: boolean;

  @Field()
  recordedBy!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => [RecordedMark])
  marks!: RecordedMark[];
}

export const RecordMarksResult = resultUnion('RecordMarksResult', RecordedMarks, 'The marks recorded, or why none were (each problem with its mark and field).');
export const AmendMarkResult = resultUnion('AmendMarkResult', RegisterEntry, 'The pupil’s entry after the amendment (its history holds the entry replaced), or why it was refused.');
