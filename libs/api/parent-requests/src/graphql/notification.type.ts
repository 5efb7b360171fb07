import { Connection } from '@rollcall/api-core';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A notification queued for the caller (their school, LA team, Virtual School, or themselves as a parent). A worker sends it.' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened, e.g. LEAVE_DECIDED, PENALTY_NOTICE_ISSUED, RETURN_SUBMITTED.' })
  kind!: string;

  @Field({ description: 'Whom it is for: school:<urn>, la:<code>, virtual-school:<code> or parent:<id>.' })
  recipient!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'The kind of record it is about.' })
  entity!: string | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => ID, { nullable: true })
  pupilId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while it waits to be sent.' })
  sentAt!: Date | null;

  @Field(() => Int)
  attempts!: number;

  @Field({ description: 'Not yet sent.' })
  pending!: boolean;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@InputType({ description: 'Which notifications to list.' })
export class NotificationFilter {
  @Field({ nullable: true, description: 'True: waiting to be sent; false: sent.' })
  pending?: boolean;

  @Field(() => [String], { nullable: true })
  kinds?: string[];
}
