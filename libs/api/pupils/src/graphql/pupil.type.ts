import { Connection, LocalDateScalar, enumOf } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PUPIL_CHARACTERISTICS, REGISTRATIONS } from '../pupil-input';
import { ChildIdentityFields, ParentContactFields } from './pupil-fields.type';
import type { PupilCharacteristic as CharacteristicKind, Registration, Sex } from '../pupil-input';


export const PupilCharacteristicKindEnum = enumOf(PUPIL_CHARACTERISTICS);
registerEnumType(PupilCharacteristicKindEnum, {
  name: 'PupilCharacteristicKind',
  description: 'Dated characteristics a record carries: the cohorts LAs report on (domain §17.3).',
});

export const EnrolmentRegistrationEnum = enumOf(REGISTRATIONS);
registerEnumType(EnrolmentRegistrationEnum, {
  name: 'EnrolmentRegistration',
  description: "How the pupil is on the school's admission register: sole (MAIN) or one school of a dual registration.",
});

export const SexEnum = enumOf<Sex>(['F', 'M', 'U']);
registerEnumType(SexEnum, { name: 'Sex', description: 'As the school census records it: F, M, or U (unknown).' });

@ObjectType({ description: "A child's record as the school, the LA or the Virtual School holds it (staff and third parties only)." })
export class Pupil extends ChildIdentityFields {
  @Field(() => SexEnum)
  sex!: Sex;

  @Field({ description: 'The LA the child lives in; differs from laCode for a child schooled across the border.' })
  homeLaCode!: string;

  @Field(() => String, { nullable: true })
  addressLine1!: string | null;

  @Field(() => String, { nullable: true })
  addressLine2!: string | null;

  @Field(() => String, { nullable: true })
  town!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;
}

@ObjectType({ description: 'A characteristic as a dated record (e.g. eligible for free school meals from a date).' })
export class PupilCharacteristic {
  @Field(() => PupilCharacteristicKindEnum)
  characteristic!: CharacteristicKind;

  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day it applied; null while it still does.' })
  endsOn!: LocalDate | null;

  @Field(() => String, { nullable: true, description: "For a looked-after child: the LA whose care they are in (its Virtual School's)." })
  responsibleLaCode!: string | null;

  @Field({ description: 'In force today.' })
  inForce!: boolean;
}

@ObjectType({ description: "The child's social worker." })
export class SocialWorker {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  team!: string | null;

  @Field(() => LocalDateScalar)
  startsOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn!: LocalDate | null;
}

@ObjectType({ description: "A pupil's place on one school's admission register." })
export class Enrolment {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  urn!: number;

  @Field(() => LocalDateScalar, { description: 'First day on the admission register.' })
  admittedOn!: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day on the register (inclusive); null while on roll.' })
  leftOn!: LocalDate | null;

  @Field(() => String, { nullable: true, description: 'The ground on which the name was deleted (domain §2).' })
  deletionGround!: string | null;

  @Field(() => EnrolmentRegistrationEnum)
  registration!: Registration;

  @Field()
  boarder!: boolean;
}

@ObjectType({ description: 'A parent or carer linked to the child, with their contact details.' })
export class PupilParent extends ParentContactFields {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Holds parental responsibility for the child.' })
  parentalResponsibility!: boolean;

  @Field({ description: 'The child lives with them.' })
  livesWith!: boolean;

  @Field(() => Int, { description: '1 is contacted first.' })
  contactPriority!: number;
}

@ObjectType()
export class PupilConnection extends Connection(Pupil, 'Pupil') {}

@ObjectType()
export class PupilCharacteristicConnection extends Connection(PupilCharacteristic, 'PupilCharacteristic') {}

@ObjectType()
export class EnrolmentConnection extends Connection(Enrolment, 'Enrolment') {}

@ObjectType()
export class PupilParentConnection extends Connection(PupilParent, 'PupilParent') {}
