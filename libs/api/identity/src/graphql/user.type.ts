import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RoleName } from './session.type';

@ObjectType({ description: 'Someone who signs in to a portal.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;
}

@ObjectType({ description: 'A role a person holds in an LA: at one school for school staff, for one parent record for a parent.' })
export class RoleGrant {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => RoleName)
  role!: RoleName;

  @Field()
  laCode!: string;

  @Field(() => Int, { nullable: true })
  urn!: number | null;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;
}
