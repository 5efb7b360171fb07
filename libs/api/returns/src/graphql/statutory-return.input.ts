import { LocalDateScalar } from '@rollcall/api-core';
import type { DeletionGroundId, LocalDate } from '@rollcall/rules';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { StatutoryReturnKind, StatutoryReturnStatus } from '../statutory-return-record';
import { DeletionGroundEnum, EnquiryByEnum, EnquiryOutcomeEnum, StatutoryReturnKindEnum, StatutoryReturnStatusEnum } from './statutory-return.type';

const LA_CODE = 'The LA the return is made to; default your own.';

@InputType({ description: 'Which returns to list; every condition given must hold.' })
export class StatutoryReturnFilter {
  @Field(() => Int, { nullable: true })
  urn?: number;

  @Field(() => [StatutoryReturnKindEnum], { nullable: true })
  kinds?: StatutoryReturnKind[];

  @Field(() => [StatutoryReturnStatusEnum], { nullable: true })
  statuses?: StatutoryReturnStatus[];

  @Field(() => LocalDateScalar, { nullable: true })
  dueFrom?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  dueTo?: LocalDate;

  @Field({ nullable: true, description: 'True: drafts past their due date; false: the rest.' })
  overdue?: boolean;
}

@InputType({ description: 'The period a return covers: for the attendance return, the interval agreed with the LA.' })
export class PrepareReturnInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => Int)
  urn!: number;

  @Field(() => LocalDateScalar)
  periodStart!: LocalDate;

  @Field(() => LocalDateScalar)
  periodEnd!: LocalDate;
}

@InputType({ description: 'Further school days of sickness the school expects for a pupil (e.g. from a doctor’s note).' })
export class ExpectedSickDaysInput {
  @Field(() => ID)
  pupilId!: string;

  @Field(() => Int)
  days!: number;
}

@InputType()
export class PrepareSicknessReturnInput extends PrepareReturnInput {
  @Field(() => [ExpectedSickDaysInput], { nullable: true })
  expectedFurtherSickDays?: ExpectedSickDaysInput[];
}

/** The school and pupil a return about one pupil is for (the base of those inputs; not itself in the schema). */
@InputType()
class PupilReturnInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => Int)
  urn!: number;

  @Field(() => ID)
  pupilId!: string;
}

@InputType({ description: 'The new-pupil return for one admission (due by the end of the 5th day after entry).' })
export class NewPupilReturnInput extends PupilReturnInput {
  @Field({ nullable: true, description: 'Placed in the most junior class (reception, or Year 7 at a secondary school).' })
  placedInMostJuniorClass?: boolean;

  @Field(() => String, { nullable: true })
  previousSchool?: string;
}

@InputType({ description: 'An enquiry made to find a pupil absent 20 school days.' })
export class LocatingEnquiryInput {
  @Field(() => EnquiryByEnum)
  by!: 'SCHOOL' | 'LA';

  @Field(() => LocalDateScalar)
  on!: LocalDate;

  @Field(() => EnquiryOutcomeEnum)
  outcome!: 'NOT_LOCATED' | 'LOCATED';

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType({ description: 'The deletion return for a pupil whose name is deleted on a ground in SI 2024/208 reg 9.' })
export class DeletionReturnInput extends PupilReturnInput {
  @Field(() => DeletionGroundEnum)
  ground!: DeletionGroundId;

  @Field(() => LocalDateScalar)
  deletionDate!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  groundMetOn?: LocalDate;

  @Field({ nullable: true, description: '20-school-day ground: the school believes the absence is through sickness or an unavoidable cause.' })
  sicknessOrUnavoidableCauseBelieved?: boolean;

  @Field(() => [LocatingEnquiryInput], { nullable: true, description: '20-school-day ground: the school’s and the LA’s enquiries.' })
  enquiries?: LocatingEnquiryInput[];
}

@InputType()
export class SubmitStatutoryReturnInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  returnId!: string;

  @Field({ description: 'Your key for this submission (8–200 characters): sending it again changes nothing.' })
  idempotencyKey!: string;
}

@InputType()
export class AcknowledgeStatutoryReturnInput {
  @Field(() => String, { nullable: true, description: LA_CODE })
  laCode?: string;

  @Field(() => ID)
  returnId!: string;
}
