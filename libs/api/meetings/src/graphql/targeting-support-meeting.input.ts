import { LocalDateScalar, enumOf } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { Term } from '../targeting-support-meeting-record';
import { MeetingTermEnum } from './targeting-support-meeting.type';

const LA_CODE = 'The LA holding the meeting; default your own.';

export const ActionOutcomeEnum = enumOf(['DONE', 'DROPPED'] as const);
registerEnumType(ActionOutcomeEnum, { name: 'MeetingActionOutcome', description: 'Done, or dropped when no longer needed.' });

@InputType({ description: 'Which meetings to list; every condition given must hold.' })
export class TargetingSupportMeetingFilter {
  @Field(() => Int, { nullable: true })
  urn?: number;

  @Field(() => Int, { nullable: true, description: '2025 for 2025/26.' })
  academicYear?: number;

  @Field(() => MeetingTermEnum, { nullable: true })
  term?: Term;

  @Field({ nullable: true, description: 'True: held and recorded; false: still to come.' })
  held?: boolean;
}

@InputType({ description: 'A termly meeting with one school (one per school per term).' })
export class ScheduleTargetingSupportMeetingInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => Int)
  urn!: number;

  @Field(() => Int, { description: '2025 for 2025/26.' })
  academicYear!: number;

  @Field(() => MeetingTermEnum)
  term!: Term;

  @Field(() => LocalDateScalar)
  scheduledFor!: LocalDate;
}

@InputType({ description: 'An action agreed at the meeting.' })
export class MeetingActionInput {
  @Field(() => ID, { nullable: true, description: 'The pupil it is about (on the school’s roll); omit for a cohort or whole-school action.' })
  pupilId?: string;

  @Field()
  description!: string;

  @Field()
  owner!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn?: LocalDate;
}

@InputType({ description: 'What happened at the meeting: who came, the minutes and the actions agreed (recorded once).' })
export class RecordTargetingSupportMeetingInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => LocalDateScalar)
  heldOn!: LocalDate;

  @Field(() => [String], { description: 'e.g. "Jo Bloggs (Senior Attendance Champion)".' })
  attendees!: string[];

  @Field()
  minutes!: string;

  @Field(() => [MeetingActionInput])
  actions!: MeetingActionInput[];
}

@InputType()
export class CompleteMeetingActionInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  actionId!: string;

  @Field(() => ActionOutcomeEnum, { nullable: true, description: 'Default DONE.' })
  status?: 'DONE' | 'DROPPED';
}
