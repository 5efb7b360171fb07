import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PORTAL_ROLES } from '../session.service';
import type { Portal } from '../session.service';

export const PortalEnum = Object.fromEntries(Object.keys(PORTAL_ROLES).map((k) => [k, k])) as { [K in Portal]: K };
registerEnumType(PortalEnum, { name: 'Portal', description: 'The service someone signs in to; each accepts its own roles.' });

export enum RoleName {
  SCHOOL_STAFF = 'SCHOOL_STAFF',
  LA_OFFICER = 'LA_OFFICER',
  LA_ADMIN = 'LA_ADMIN',
  VIRTUAL_SCHOOL = 'VIRTUAL_SCHOOL',
  PARENT = 'PARENT',
}
registerEnumType(RoleName, { name: 'Role', description: 'What a signed-in person does, and so what they may see.' });

@InputType({ description: 'An email address and password, and the portal being signed in to.' })
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field(() => PortalEnum)
  portal!: Portal;
}

@ObjectType({ description: 'The signed-in person and what their role lets them see.' })
export class Viewer {
  @Field(() => ID)
  userId!: string;

  @Field()
  email!: string;

  @Field(() => RoleName)
  role!: RoleName;

  @Field(() => String, { nullable: true, description: 'Their local authority (DfE three-digit number).' })
  laCode!: string | null;

  @Field(() => [Int], { description: 'The schools (URNs) a member of school staff works at.' })
  urns!: number[];
}

@ObjectType({ description: 'Signed in: the session cookie is set.' })
export class SignedIn {
  @Field(() => Viewer)
  viewer!: Viewer;

  @Field()
  displayName!: string;

  @Field({ description: 'When the session ends and the person must sign in again.' })
  expiresAt!: Date;
}
