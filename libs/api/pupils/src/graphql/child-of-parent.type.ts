import { Connection } from '@rollcall/api-core';
import type { ClockTime } from '@rollcall/rules';
import { Field, Int, ObjectType } from 'type-graphql';
import { ChildFields, ParentContactFields } from './pupil-fields.type';

/**
 * What a parent or carer sees of their child: who the child is and their school — never the characteristics, the
 * social worker or other parents' details a school or LA holds (those are on `Pupil`, which parents cannot read).
 */
@ObjectType({ description: 'Your child, as the parent portal shows them.' })
export class ChildOfParent extends ChildFields {}

@ObjectType({ description: "Your child's school: its name, when registers close, and its term dates." })
export class ChildSchool {
  @Field(() => Int)
  urn!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { description: 'When the morning register opens (HH:MM).' })
  registerOpens!: ClockTime;

  @Field(() => String, { description: 'When the morning register closes (HH:MM): arriving after this counts as an unauthorised absence.' })
  registerCloses!: ClockTime;

  @Field(() => String, { description: 'When the afternoon register opens (HH:MM).' })
  pmRegisterOpens!: ClockTime;

  @Field(() => String, { description: 'When the afternoon register closes (HH:MM).' })
  pmRegisterCloses!: ClockTime;
}

@ObjectType({ description: 'Your own contact details as the school holds them for this child: tell the school if they change.' })
export class ParentContactDetails extends ParentContactFields {}

@ObjectType()
export class ChildOfParentConnection extends Connection(ChildOfParent, 'ChildOfParent') {}
