import { LocalDateScalar } from '@rollcall/api-core';
import type { AttendanceContractEscalation, AttendanceContractState, LocalDate } from '@rollcall/rules';
import { Field, ObjectType, createUnionType } from 'type-graphql';
import { AttendanceContractEscalationEnum, AttendanceContractStateEnum, ContractPartyEnum } from './intervention-enums';
import { attendanceContractRefused } from './intervention-refusals';
import { Intervention } from './intervention.type';

@ObjectType({ description: 'A recorded failure to keep to the contract (no sanction; it can be evidence later).' })
export class AttendanceContractNonCompliance {
  @Field(() => LocalDateScalar)
  on!: LocalDate;

  @Field()
  note!: string;
}

@ObjectType({
  implements: Intervention,
  description: 'An attendance contract: a voluntary written agreement between the parents and the school or LA, not legally binding (domain §6).',
})
export class AttendanceContract extends Intervention {
  @Field(() => AttendanceContractStateEnum)
  state!: AttendanceContractState;

  @Field(() => ContractPartyEnum)
  party!: 'SCHOOL' | 'LOCAL_AUTHORITY';

  @Field(() => LocalDateScalar)
  proposedOn!: LocalDate;

  @Field(() => [String], { description: 'What the parents agree to do for the period.' })
  requirements!: string[];

  @Field({ description: 'The support the school or LA will give.' })
  supportStatement!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  startsOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewDueOn?: LocalDate;

  @Field(() => [LocalDateScalar], { name: 'reviewedOn', description: 'The days it was reviewed.' })
  reviews!: LocalDate[];

  @Field(() => [AttendanceContractNonCompliance])
  nonCompliance!: AttendanceContractNonCompliance[];

  @Field(() => LocalDateScalar, { nullable: true })
  endedOn?: LocalDate;

  @Field(() => AttendanceContractEscalationEnum, { nullable: true })
  escalatedTo?: AttendanceContractEscalation;
}

export const AttendanceContractResult = createUnionType({
  name: 'AttendanceContractResult',
  description: 'The contract as it now stands, or why the step was refused.',
  types: () => [AttendanceContract, attendanceContractRefused.Refused] as const,
  resolveType: (value) => (value instanceof attendanceContractRefused.Refused ? attendanceContractRefused.Refused : AttendanceContract),
});
