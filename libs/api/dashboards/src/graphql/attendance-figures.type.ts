import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Attendance measures of a group of enrolments (each pupil counted once per school).' })
export class AttendanceFigures {
  @Field(() => Int, { description: 'Enrolments with at least one possible session.' })
  enrolments!: number;

  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Int, { description: 'Present plus approved educational activity.' })
  attendedSessions!: number;

  @Field(() => Int)
  authorisedAbsenceSessions!: number;

  @Field(() => Int)
  unauthorisedAbsenceSessions!: number;

  @Field(() => Int)
  overallAbsenceSessions!: number;

  @Field(() => Float, { nullable: true, description: 'Percentage of possible sessions attended; null with no possible sessions.' })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  overallAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  authorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  unauthorisedAbsenceRate!: number | null;

  @Field(() => Int, { description: 'Enrolments missing 10 % or more of their own possible sessions.' })
  persistentlyAbsent!: number;

  @Field(() => Float, { nullable: true, description: 'Persistently absent enrolments as a percentage of enrolments.' })
  persistentAbsenceRate!: number | null;

  @Field(() => Int, { description: 'Enrolments missing 50 % or more (also persistently absent).' })
  severelyAbsent!: number;

  @Field(() => Float, { nullable: true })
  severeAbsenceRate!: number | null;
}
