import { Field, ID, InputType, Int } from 'type-graphql';
import { RoleName } from './session.type';

@InputType({ description: 'A new user: they sign in with this email address and password once granted a role.' })
export class CreateUserInput {
  @Field()
  email!: string;

  @Field({ description: 'The name the person is known by.' })
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  password!: string;
}

@InputType({ description: "A role in the administrator's own LA." })
export class GrantRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => RoleName)
  role!: RoleName;

  @Field(() => Int, { nullable: true, description: 'The school, for SCHOOL_STAFF (and only for them).' })
  urn?: number | null;

  @Field(() => ID, { nullable: true, description: "The parent's record, for PARENT (and only for them)." })
  parentId?: string | null;
}
