import { Connection, LocalDateScalar } from '@rollcall/api-core';
import { PupilOnListFields } from '@rollcall/api-pupils';
import type { AttendanceReturnGround, LocalDate, PupilNeed, Session } from '@rollcall/rules';
import { Field, Int, ObjectType } from 'type-graphql';
import { AttendanceReturnGroundEnum, PupilNeedEnum } from './dashboard-enums';
import { GraduatedResponseAction, PupilFiguresFields } from './pupil-attendance.type';

@ObjectType({ description: 'An N still unexplained after 5 school days: it must become O.' })
export class OverdueReasonForAbsence {
  @Field(() => LocalDateScalar)
  date!: LocalDate;

  @Field(() => String, { description: 'AM or PM.' })
  session!: Session;

  @Field(() => LocalDateScalar, { description: 'The last day the reason could have been entered.' })
  deadline!: LocalDate;
}

@ObjectType({ description: 'Unauthorised absence reached the penalty-notice threshold (to be considered, not automatic).' })
export class PenaltyNoticeThresholdReached {
  @Field(() => Int)
  sessionCount!: number;

  @Field(() => Int)
  thresholdSessions!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The Monday of the first school week in the rolling window.' })
  firstWeek!: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true })
  lastWeek!: LocalDate | null;
}

@ObjectType({ description: 'This academic year’s figures, to the day the rules were applied.' })
export class YearToDateAttendance extends PupilFiguresFields {}

@ObjectType({ description: 'A pupil the rules flag, with every reason (most serious first).' })
export class PupilNeedingAction extends PupilOnListFields {
  @Field(() => Int, { description: 'The school the pupil is on roll at.' })
  urn!: number;

  @Field()
  schoolName!: string;

  @Field(() => LocalDateScalar, { description: 'The day the rules were applied.' })
  asAt!: LocalDate;

  @Field(() => [PupilNeedEnum], { description: 'Most serious first.' })
  needs!: PupilNeed[];

  @Field(() => YearToDateAttendance)
  yearToDate!: YearToDateAttendance;

  @Field(() => Int, { nullable: true, description: 'The graduated-response band (1 is the best attendance).' })
  band!: number | null;

  @Field(() => String, { nullable: true })
  stage!: string | null;

  @Field(() => String, { nullable: true })
  stageLabel!: string | null;

  @Field(() => [GraduatedResponseAction], { description: 'The graduated response’s actions not yet in place.' })
  actionsDue!: GraduatedResponseAction[];

  @Field(() => PenaltyNoticeThresholdReached, { nullable: true })
  penaltyNoticeThreshold!: PenaltyNoticeThresholdReached | null;

  @Field(() => [OverdueReasonForAbsence])
  overdueN!: OverdueReasonForAbsence[];

  @Field(() => [AttendanceReturnGroundEnum], { description: 'Why the pupil goes on the attendance return; empty when they do not.' })
  attendanceReturnGrounds!: AttendanceReturnGround[];

  @Field(() => Int, { nullable: true, description: 'School days of sickness this year, when a sickness return is due.' })
  sicknessDays!: number | null;
}

@ObjectType()
export class PupilNeedingActionConnection extends Connection(PupilNeedingAction, 'PupilNeedingAction') {}
