import { Connection, LocalDateScalar, enumOf } from '@rollcall/api-core';
import type { ClockTime, ClosureKind, HalfTermName, LocalDate } from '@rollcall/rules';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SCHOOL_PHASES, SCHOOL_TYPES } from '../school-input';
import type { SchoolPhase, SchoolType } from '../school-input';


export const SchoolTypeEnum = enumOf(SCHOOL_TYPES);
registerEnumType(SchoolTypeEnum, { name: 'SchoolType', description: 'The kind of establishment (Get Information about Schools).' });

export const SchoolPhaseEnum = enumOf(SCHOOL_PHASES);
registerEnumType(SchoolPhaseEnum, { name: 'SchoolPhase', description: 'The phase of education the school provides.' });

export const HalfTermNameEnum = enumOf<HalfTermName>(['AUTUMN_1', 'AUTUMN_2', 'SPRING_1', 'SPRING_2', 'SUMMER_1', 'SUMMER_2']);
registerEnumType(HalfTermNameEnum, { name: 'HalfTermName', description: 'The six half terms of an English school year.' });

export const SchoolClosureKindEnum = enumOf<ClosureKind>(['INSET', 'PLANNED_CLOSURE', 'UNPLANNED_CLOSURE']);
registerEnumType(SchoolClosureKindEnum, { name: 'SchoolClosureKind', description: 'Why the school is closed to pupils (domain §14).' });

export const SchoolClosureSessionsEnum = enumOf(['AM', 'PM', 'BOTH'] as const);
registerEnumType(SchoolClosureSessionsEnum, { name: 'SchoolClosureSessions', description: 'Which sessions of each day the closure covers.' });

@ObjectType({ description: 'A local authority (the tenant): its DfE three-digit number and name.' })
export class LocalAuthority {
  @Field({ description: 'DfE three-digit LA number.' })
  laCode!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A school, with who leads on attendance and when its registers open and close.' })
export class School {
  @Field(() => Int, { description: 'Unique Reference Number (Get Information about Schools).' })
  urn!: number;

  @Field({ description: 'The LA the school is in (DfE three-digit number).' })
  laCode!: string;

  @Field(() => Int, { description: 'LA number followed by the four-digit establishment number.' })
  laestab!: number;

  @Field()
  name!: string;

  @Field(() => SchoolTypeEnum)
  type!: SchoolType;

  @Field(() => SchoolPhaseEnum)
  phase!: SchoolPhase;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: "The LA School Attendance Support Team's named officer for the school." })
  namedLaOfficer!: string | null;

  @Field(() => String, { nullable: true, description: 'The senior leader who champions attendance at the school.' })
  seniorAttendanceChampion!: string | null;

  @Field(() => String, { description: 'When the morning session starts and its register opens (HH:MM).' })
  registerOpens!: ClockTime;

  @Field(() => String, { description: 'When the morning register closes (HH:MM): arriving later is recorded as U.' })
  registerCloses!: ClockTime;

  @Field(() => String, { description: 'When the afternoon session starts and its register opens (HH:MM).' })
  pmRegisterOpens!: ClockTime;

  @Field(() => String, { description: 'When the afternoon register closes (HH:MM).' })
  pmRegisterCloses!: ClockTime;
}

@ObjectType({ description: 'One half term.' })
export class HalfTerm {
  @Field(() => HalfTermNameEnum)
  name!: HalfTermName;

  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar)
  endsOn!: LocalDate;
}

@ObjectType({ description: 'Days the school is closed to pupils: INSET days and planned or unplanned closures.' })
export class SchoolClosure {
  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar)
  endsOn!: LocalDate;

  @Field(() => SchoolClosureKindEnum)
  kind!: ClosureKind;

  @Field(() => SchoolClosureSessionsEnum)
  sessions!: 'AM' | 'PM' | 'BOTH';

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType({ description: "A school's calendar for one academic year (at most six half terms and that year's closures)." })
export class SchoolCalendar {
  @Field(() => Int, { description: 'The year the academic year starts: 2025 for 2025/26.' })
  academicYear!: number;

  @Field({ description: 'The academic year as usually written, e.g. 2025/26.' })
  label!: string;

  @Field(() => [HalfTerm], { description: 'In date order.' })
  halfTerms!: HalfTerm[];

  @Field(() => [SchoolClosure], { description: 'Closures falling in the academic year, in date order.' })
  closures!: SchoolClosure[];
}

@ObjectType()
export class SchoolConnection extends Connection(School, 'School') {}
