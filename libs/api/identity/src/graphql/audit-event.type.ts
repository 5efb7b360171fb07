import { Connection } from '@rollcall/api-core';
import type { AuditEntry } from '@rollcall/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const AuditActionEnum = {
  READ: 'READ',
  CREATE: 'CREATE',
  UPDATE: 'UPDATE',
  DELETE: 'DELETE',
  SUBMIT: 'SUBMIT',
  SIGN_IN: 'SIGN_IN',
  SIGN_OUT: 'SIGN_OUT',
} as const satisfies Record<AuditEntry['action'], AuditEntry['action']>;
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'What was done to the record.' });

@ObjectType({ description: 'The reach the actor had when they acted (why they could see or change the record).' })
export class AuditScope {
  @Field()
  role!: string;

  @Field(() => String, { nullable: true })
  laCode!: string | null;

  @Field(() => [Int])
  urns!: number[];

  @Field(() => [ID])
  parentIds!: string[];
}

@ObjectType({ description: 'Who read or changed which record, when, and with what scope.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The LA whose record it was.' })
  laCode!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'An email address for a person, api-key:rk_<prefix> (name) for a key, system:<job> for Rollcall itself.' })
  actor!: string;

  @Field(() => AuditActionEnum)
  action!: AuditEntry['action'];

  @Field({ description: 'The kind of record, e.g. Pupil, ChildOfParent, PenaltyNotice, ApiKey.' })
  entity!: string;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The pupil the record is about, when it is about one.' })
  pupilId!: string | null;

  @Field(() => AuditScope)
  scope!: AuditScope;

  @Field(() => String, { nullable: true, description: 'The x-request-id of the request, to match with the logs.' })
  requestId!: string | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
