import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate, SchoolAttendanceOrderRevocationGround, SchoolAttendanceOrderState } from '@rollcall/rules';
import { Field, ID, ObjectType, createUnionType } from 'type-graphql';
import { SchoolAttendanceOrderRevocationGroundEnum, SchoolAttendanceOrderStateEnum } from './intervention-enums';
import { schoolAttendanceOrderRefused } from './intervention-refusals';
import { Intervention } from './intervention.type';

@ObjectType({ description: 'EA 1996 s437(1): the parent must satisfy the LA within at least 15 days.' })
export class NoticeToSatisfy {
  @Field(() => LocalDateScalar)
  servedOn!: LocalDate;

  @Field(() => LocalDateScalar)
  satisfyBy!: LocalDate;
}

@ObjectType({ description: 'EA 1996 s438: the school the LA intends to name, and alternatives; the parent has 15 days to choose.' })
export class NoticeOfIntention {
  @Field(() => LocalDateScalar)
  servedOn!: LocalDate;

  @Field()
  intendedSchool!: string;

  @Field(() => [String])
  alternatives!: string[];

  @Field(() => LocalDateScalar)
  selectBy!: LocalDate;
}

@ObjectType({ description: 'An amendment naming another school.' })
export class SchoolAttendanceOrderAmendment {
  @Field(() => LocalDateScalar)
  on!: LocalDate;

  @Field()
  namedSchool!: string;
}

@ObjectType({ implements: Intervention, description: 'The School Attendance Order process for one child (domain §9; EA 1996 ss437–443).' })
export class SchoolAttendanceOrder extends Intervention {
  @Field(() => SchoolAttendanceOrderStateEnum)
  state!: SchoolAttendanceOrderState;

  @Field(() => ID)
  parentId!: string;

  @Field({ description: 'The LA making the order.' })
  la!: string;

  @Field(() => LocalDateScalar)
  compulsorySchoolAgeEndsOn!: LocalDate;

  @Field(() => String, { nullable: true, description: 'The school named in the child’s EHC plan, which the order must name.' })
  ehcPlanSchool?: string;

  @Field(() => NoticeToSatisfy, { nullable: true })
  noticeToSatisfy?: NoticeToSatisfy;

  @Field(() => NoticeOfIntention, { nullable: true })
  noticeOfIntention?: NoticeOfIntention;

  @Field(() => LocalDateScalar, { nullable: true })
  servedOn?: LocalDate;

  @Field(() => String, { nullable: true })
  namedSchool?: string;

  @Field(() => [SchoolAttendanceOrderAmendment])
  amendments!: SchoolAttendanceOrderAmendment[];

  @Field(() => LocalDateScalar, { nullable: true })
  prosecutionReferredOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  endedOn?: LocalDate;

  @Field(() => SchoolAttendanceOrderRevocationGroundEnum, { nullable: true })
  revocationGround?: SchoolAttendanceOrderRevocationGround;
}

export const SchoolAttendanceOrderResult = createUnionType({
  name: 'SchoolAttendanceOrderResult',
  description: 'The order as it now stands, or why the step was refused.',
  types: () => [SchoolAttendanceOrder, schoolAttendanceOrderRefused.Refused] as const,
  resolveType: (value) => (value instanceof schoolAttendanceOrderRefused.Refused ? schoolAttendanceOrderRefused.Refused : SchoolAttendanceOrder),
});
