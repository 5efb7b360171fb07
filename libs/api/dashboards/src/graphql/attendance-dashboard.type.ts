import { Connection, LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { StatisticalMethod } from '../statistical-method';
import { AttendanceFigures } from './attendance-figures.type';
import { StatisticalMethodEnum } from './dashboard-enums';

@ObjectType({ description: 'One group of a breakdown: a phase, year group or cohort.' })
export class DashboardBreakdown {
  @Field({ description: 'e.g. PRIMARY, 7, FSM.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => AttendanceFigures)
  figures!: AttendanceFigures;

  @Field(() => Float, { nullable: true, description: 'The group’s overall absence rate minus everyone’s, in percentage points (positive: more absence).' })
  absenceGapToAll!: number | null;
}

@ObjectType({ description: 'One school’s figures in the dashboard.' })
export class DashboardSchool {
  @Field(() => Int)
  urn!: number;

  @Field({ description: 'The school’s name.' })
  label!: string;

  @Field()
  phase!: string;

  @Field(() => AttendanceFigures)
  figures!: AttendanceFigures;

  @Field(() => Float, { nullable: true })
  absenceGapToAll!: number | null;
}

@ObjectType()
export class DashboardSchoolConnection extends Connection(DashboardSchool, 'DashboardSchool') {}

@ObjectType({ description: 'A week’s sessions and rates (persistent and severe absence are measured over the whole period).' })
export class DashboardWeek {
  @Field(() => LocalDateScalar, { description: 'The Monday.' })
  weekStart!: LocalDate;

  @Field(() => AttendanceFigures)
  figures!: AttendanceFigures;
}

@ObjectType({ description: 'Local minus national, in percentage points (positive: worse than national).' })
export class NationalDifferences {
  @Field(() => Float, { nullable: true })
  overallAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  authorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  unauthorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  persistentAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  severeAbsenceRate!: number | null;
}

@ObjectType({ description: 'The national figures for the year (or the latest published before it), and the gaps.' })
export class NationalComparison {
  @Field()
  area!: string;

  @Field(() => Int, { description: '2023 for 2023/24.' })
  academicYear!: number;

  @Field({ description: 'False when the latest national figures are for an earlier year than the dashboard’s.' })
  sameYear!: boolean;

  @Field(() => Float)
  overallAbsenceRate!: number;

  @Field(() => Float)
  authorisedAbsenceRate!: number;

  @Field(() => Float)
  unauthorisedAbsenceRate!: number;

  @Field(() => Float)
  persistentAbsenceRate!: number;

  @Field(() => Float)
  severeAbsenceRate!: number;

  @Field({ description: 'Where the figures come from.' })
  source!: string;

  @Field(() => NationalDifferences)
  differences!: NationalDifferences;
}

@ObjectType({ description: 'Enrolments the DfE method leaves out (all zero under the Rollcall method).' })
export class DfeExclusions {
  @Field(() => Int)
  boarders!: number;

  @Field(() => Int)
  agedUnder4!: number;

  @Field(() => Int, { description: 'Aged 4 on 31 August: DfE reports them separately.' })
  aged4!: number;

  @Field(() => Int)
  agedOver15!: number;

  @Field(() => Int, { description: 'Pupils aged 15 whose summer 2 half term was dropped (counted, in part).' })
  summer2Dropped!: number;
}

@ObjectType({ description: 'Attendance for a school or an LA over a period, read from the year summaries for the year to date and from the week summaries otherwise.' })
export class AttendanceDashboard {
  @Field()
  laCode!: string;

  @Field(() => Int, { nullable: true, description: 'The school, for a school’s dashboard.' })
  urn!: number | null;

  @Field(() => String, { nullable: true })
  schoolName!: string | null;

  @Field(() => LocalDateScalar)
  from!: LocalDate;

  @Field(() => LocalDateScalar)
  to!: LocalDate;

  @Field(() => LocalDateScalar, { description: 'The Monday of the first week read (the summaries are by week).' })
  weeksFrom!: LocalDate;

  @Field(() => LocalDateScalar, { description: 'The Sunday of the last week read.' })
  weeksTo!: LocalDate;

  @Field(() => StatisticalMethodEnum)
  method!: StatisticalMethod;

  @Field(() => Int, { description: 'The academic year (2025 for 2025/26) the figures are for.' })
  academicYear!: number;

  @Field(() => AttendanceFigures)
  figures!: AttendanceFigures;

  @Field(() => [DashboardBreakdown], { description: 'By phase of school.' })
  byPhase!: DashboardBreakdown[];

  @Field(() => [DashboardBreakdown], { description: 'By national curriculum year.' })
  byYearGroup!: DashboardBreakdown[];

  @Field(() => [DashboardBreakdown], { description: 'By cohort (FSM, SEN support, EHCP, CIN/CP, looked after…), each with its gap to all pupils.' })
  byCohort!: DashboardBreakdown[];

  @Field(() => [DashboardWeek], { description: 'Week by week.' })
  byWeek!: DashboardWeek[];

  @Field(() => NationalComparison, { nullable: true })
  national!: NationalComparison | null;

  @Field(() => DfeExclusions)
  excluded!: DfeExclusions;
}
