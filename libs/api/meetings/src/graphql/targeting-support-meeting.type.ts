import { Connection, LocalDateScalar, enumOf, resultUnion } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TERMS } from '../targeting-support-meeting-record';
import type { MeetingActionStatus, Term } from '../targeting-support-meeting-record';

export const MeetingTermEnum = enumOf(TERMS);
registerEnumType(MeetingTermEnum, { name: 'MeetingTerm', description: 'The school term a Targeting Support Meeting is held in.' });

export const MeetingActionStatusEnum = enumOf<MeetingActionStatus>(['OPEN', 'DONE', 'DROPPED']);
registerEnumType(MeetingActionStatusEnum, { name: 'MeetingActionStatus' });

@ObjectType({ description: 'An action agreed at the meeting, for a pupil or for a cohort or the whole school.' })
export class TargetingSupportMeetingAction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The pupil it is about; null for a cohort or whole-school action.' })
  pupilId!: string | null;

  @Field()
  description!: string;

  @Field()
  owner!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn!: LocalDate | null;

  @Field(() => MeetingActionStatusEnum)
  status!: MeetingActionStatus;
}

@ObjectType({ description: "The LA attendance team's termly meeting with one school, agreeing actions for pupils at risk (domain §12)." })
export class TargetingSupportMeeting {
  @Field(() => ID)
  id!: string;

  @Field()
  laCode!: string;

  @Field(() => Int)
  urn!: number;

  @Field(() => Int, { description: '2025 for 2025/26.' })
  academicYear!: number;

  @Field(() => MeetingTermEnum)
  term!: Term;

  @Field(() => LocalDateScalar)
  scheduledFor!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null until the meeting is recorded.' })
  heldOn!: LocalDate | null;

  @Field(() => [String])
  attendees!: string[];

  @Field(() => String, { nullable: true })
  minutes!: string | null;
}

@ObjectType()
export class TargetingSupportMeetingConnection extends Connection(TargetingSupportMeeting, 'TargetingSupportMeeting') {}

export const TargetingSupportMeetingResult = resultUnion('TargetingSupportMeetingResult', TargetingSupportMeeting);
