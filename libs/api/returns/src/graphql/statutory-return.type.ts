import { Connection, LocalDateScalar, enumOf, resultUnion } from '@rollcall/api-core';
import { DELETION_GROUNDS } from '@rollcall/rules';
import type { LocalDate } from '@rollcall/rules';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { STATUTORY_RETURN_KINDS } from '../statutory-return-record';
import type { StatutoryReturnKind, StatutoryReturnStatus } from '../statutory-return-record';

export const StatutoryReturnKindEnum = enumOf(STATUTORY_RETURN_KINDS);
registerEnumType(StatutoryReturnKindEnum, { name: 'StatutoryReturnKind', description: 'Attendance, sickness, new-pupil or deletion return (domain §2, §3).' });

export const StatutoryReturnStatusEnum = enumOf<StatutoryReturnStatus>(['DRAFT', 'SUBMITTED', 'ACKNOWLEDGED']);
registerEnumType(StatutoryReturnStatusEnum, { name: 'StatutoryReturnStatus' });

export const DeletionGroundEnum = enumOf(DELETION_GROUNDS.map((g) => g.id));
registerEnumType(DeletionGroundEnum, { name: 'DeletionGround', description: 'Grounds for deleting a pupil’s name from the admission register (SI 2024/208 reg 9).' });

export const EnquiryByEnum = enumOf(['SCHOOL', 'LA'] as const);
registerEnumType(EnquiryByEnum, { name: 'EnquiryBy' });

export const EnquiryOutcomeEnum = enumOf(['NOT_LOCATED', 'LOCATED'] as const);
registerEnumType(EnquiryOutcomeEnum, { name: 'EnquiryOutcome' });

@ObjectType({ description: 'A child listed on a return: why, and the rule’s figures (or their details for a new-pupil or deletion return).' })
export class StatutoryReturnPupil {
  @Field(() => ID)
  pupilId!: string;

  @Field()
  laCode!: string;

  @Field({ description: 'Why the child is listed, e.g. CONTINUOUS_ABSENCE_WITHOUT_LEAVE, SICKNESS_THRESHOLD_REACHED, NEW_ADMISSION or the deletion ground.' })
  reason!: string;

  @Field(() => GraphQLJSONObject, { description: 'What the return gives for the child: name, address and the figures the rule found.' })
  details!: Record<string, unknown>;
}

@ObjectType()
export class StatutoryReturnPupilConnection extends Connection(StatutoryReturnPupil, 'StatutoryReturnPupil') {}

@ObjectType({ description: 'A statutory return from a school to its LA, prepared from the register by the rules (domain §2, §3).' })
export class StatutoryReturn {
  @Field(() => ID)
  id!: string;

  @Field()
  laCode!: string;

  @Field(() => StatutoryReturnKindEnum)
  kind!: StatutoryReturnKind;

  @Field(() => Int)
  urn!: number;

  @Field(() => LocalDateScalar, { nullable: true })
  periodStart!: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true })
  periodEnd!: LocalDate | null;

  @Field(() => LocalDateScalar)
  dueOn!: LocalDate;

  @Field(() => StatutoryReturnStatusEnum)
  status!: StatutoryReturnStatus;

  @Field(() => GraphQLJSONObject, { description: 'What the return covers (dates, ground, counts, the LA settings used).' })
  content!: Record<string, unknown>;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true })
  submittedBy!: string | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledgedBy!: string | null;
}

@ObjectType()
export class StatutoryReturnConnection extends Connection(StatutoryReturn, 'StatutoryReturn') {}

export const StatutoryReturnResult = resultUnion('StatutoryReturnResult', StatutoryReturn);
