import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate, Session } from '@rollcall/rules';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RegisterSessionEnum } from './register-enums';

@InputType({ description: 'One pupil’s mark: the pupil by id or by UPN (one of them), the code, and minutes late for a late arrival.' })
export class RegisterMarkInput {
  @Field(() => ID, { nullable: true })
  pupilId?: string | null;

  @Field(() => String, { nullable: true })
  upn?: string | null;

  @Field({ description: 'A code in force on the date, as the regulations spell it ("/", "\\\\", "L", "I", "C1"…).' })
  code!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'With L or U: minutes after the register opened. Rollcall records L if that is before the register closed, else U.',
  })
  minutesLate?: number | null;
}

@InputType({ description: 'A class’s or the whole school’s marks for one session, recorded together or not at all.' })
export class RecordMarksInput {
  @Field(() => Int)
  urn!: number;

  @Field(() => LocalDateScalar)
  date!: LocalDate;

  @Field(() => RegisterSessionEnum)
  session!: Session;

  @Field(() => [RegisterMarkInput])
  marks!: RegisterMarkInput[];

  @Field({ description: '8–200 characters (a UUID will do): sending the same marks with the same key again records them once.' })
  idempotencyKey!: string;
}

@InputType({ description: 'A change to one mark already in the register; the entry it replaces is kept.' })
export class AmendMarkInput {
  @Field(() => Int)
  urn!: number;

  @Field(() => ID, { nullable: true })
  pupilId?: string | null;

  @Field(() => String, { nullable: true })
  upn?: string | null;

  @Field(() => LocalDateScalar)
  date!: LocalDate;

  @Field(() => RegisterSessionEnum)
  session!: Session;

  @Field()
  code!: string;

  @Field(() => Int, { nullable: true })
  minutesLate?: number | null;

  @Field({ description: 'Why the mark changes, e.g. "Parent phoned: illness" (up to 500 characters).' })
  reason!: string;
}
