import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate, NoticeToImproveContent, NoticeToImproveOutcomeStatus, NoticeToImproveShortfall, PenaltyNoticeSupportPosition } from '@rollcall/rules';
import { Field, Float, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { NoticeToImproveContentEnum, NoticeToImproveShortfallEnum, NoticeToImproveStateEnum, SupportPositionEnum } from './intervention-enums';
import { noticeToImproveRefused } from './intervention-refusals';
import { Intervention } from './intervention.type';

@ObjectType({ description: 'The improvement period (between 3 and 6 weeks; the LA’s code sets it).' })
export class NoticeToImprovePeriod {
  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar)
  endsOn!: LocalDate;

  @Field(() => Int)
  schoolDays!: number;

  @Field({ description: 'The school-day cap, not the number of weeks, set the end.' })
  cappedBySchoolDays!: boolean;
}

@ObjectType({ description: 'How attendance went over the improvement period, from the register.' })
export class NoticeToImproveOutcome {
  @Field(() => NoticeToImproveStateEnum)
  status!: NoticeToImproveOutcomeStatus;

  @Field(() => Int)
  unauthorisedSessions!: number;

  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Int)
  attendedSessions!: number;

  @Field(() => Float, { nullable: true })
  attendancePercent?: number;

  @Field(() => [NoticeToImproveShortfallEnum])
  shortfalls!: NoticeToImproveShortfall[];
}

@ObjectType({ implements: Intervention, description: 'A Notice to Improve: the parent’s final chance to engage before a penalty notice (domain §5).' })
export class NoticeToImprove extends Intervention {
  @Field(() => NoticeToImproveStateEnum)
  state!: NoticeToImproveOutcomeStatus;

  @Field(() => ID)
  parentId!: string;

  @Field(() => LocalDateScalar)
  issuedOn!: LocalDate;

  @Field(() => NoticeToImprovePeriod)
  period!: NoticeToImprovePeriod;

  @Field(() => [NoticeToImproveContentEnum], { description: 'What the notice set out.' })
  contents!: NoticeToImproveContent[];

  @Field(() => SupportPositionEnum)
  support!: PenaltyNoticeSupportPosition;

  @Field(() => NoticeToImproveOutcome, { nullable: true, description: 'Once recorded.' })
  outcome?: NoticeToImproveOutcome;
}

export const NoticeToImproveResult = createUnionType({
  name: 'NoticeToImproveResult',
  description: 'The Notice to Improve as it now stands, or why the step was refused.',
  types: () => [NoticeToImprove, noticeToImproveRefused.Refused] as const,
  resolveType: (value) => (value instanceof noticeToImproveRefused.Refused ? noticeToImproveRefused.Refused : NoticeToImprove),
});
