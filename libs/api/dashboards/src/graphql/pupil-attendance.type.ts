import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate, PolicyActionKind, PolicyActionOwner } from '@rollcall/rules';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PolicyActionKindEnum, PolicyActionOwnerEnum, PupilAttendanceSourceEnum } from './dashboard-enums';

@ObjectType({ description: 'An action the LA’s graduated response expects at the pupil’s stage.' })
export class GraduatedResponseAction {
  @Field()
  id!: string;

  @Field()
  text!: string;

  @Field(() => PolicyActionOwnerEnum)
  owner!: PolicyActionOwner;

  @Field(() => PolicyActionKindEnum, { nullable: true })
  kind!: PolicyActionKind | null;

  @Field(() => Int)
  band!: number;
}

@ObjectType({ description: 'The band of the LA’s graduated response a pupil’s attendance puts them in (its actions are on pupilAttendance).' })
export class GraduatedResponseStage {
  @Field()
  policyId!: string;

  @Field(() => Int)
  policyVersion!: number;

  @Field(() => Int, { description: '1 is the best attendance.' })
  band!: number;

  @Field({ description: 'e.g. PERSISTENTLY_ABSENT.' })
  stage!: string;

  @Field()
  label!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether attendance is "good" by the LA’s own threshold, when it sets one.' })
  goodAttendance!: boolean | null;
}

@ObjectType({ description: 'Where the pupil stands in the LA’s graduated response, and what is due.' })
export class GraduatedResponse extends GraduatedResponseStage {
  @Field(() => [GraduatedResponseAction], { description: 'Expected actions not yet in place.' })
  actionsDue!: GraduatedResponseAction[];

  @Field(() => [GraduatedResponseAction], { description: 'Expected actions already in place (a plan or intervention of that kind).' })
  alreadyInPlace!: GraduatedResponseAction[];
}

@ObjectType('PupilAttendanceFigures', { description: 'A pupil’s sessions and measures over a period.' })
export abstract class PupilFiguresFields {
  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Int)
  present!: number;

  @Field(() => Int)
  approvedEducationalActivity!: number;

  @Field(() => Int)
  authorisedAbsence!: number;

  @Field(() => Int)
  unauthorisedAbsence!: number;

  @Field(() => Int, { description: 'Sessions not counted as possible (D, X, Q, Y1–Y7, Z, #).' })
  notPossible!: number;

  @Field(() => Float, { nullable: true })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  overallAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  authorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  unauthorisedAbsenceRate!: number | null;

  @Field({ description: 'Missing 10 % or more of their own possible sessions.' })
  persistentlyAbsent!: boolean;

  @Field({ description: 'Missing 50 % or more of their own possible sessions.' })
  severelyAbsent!: boolean;
}

@ObjectType({ description: 'The pupil’s attendance at one school over the period.' })
export class PupilAttendanceAtSchool extends PupilFiguresFields {
  @Field(() => Int)
  urn!: number;

  @Field()
  schoolName!: string;
}

@ObjectType({ description: 'A pupil’s attendance over a period, with the graduated-response stage and the actions due.' })
export class PupilAttendance extends PupilFiguresFields {
  @Field(() => ID)
  pupilId!: string;

  @Field()
  laCode!: string;

  @Field(() => LocalDateScalar)
  from!: LocalDate;

  @Field(() => LocalDateScalar)
  to!: LocalDate;

  @Field(() => PupilAttendanceSourceEnum)
  readFrom!: string;

  @Field(() => GraduatedResponse, { nullable: true, description: 'Null for parents, and when there are no possible sessions.' })
  graduatedResponse!: GraduatedResponse | null;

  @Field(() => [PupilAttendanceAtSchool])
  bySchool!: PupilAttendanceAtSchool[];
}
