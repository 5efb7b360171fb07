import { Access, Refused, orRefused, resultUnion, scopeOf } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { IdentityService } from '../identity.service';
import type { UserRecord } from '../identity.service';
import { CreateUserInput, GrantRoleInput } from './user.input';
import { RoleGrant, User } from './user.type';

export const CreateUserResult = resultUnion('CreateUserResult', User);
export const GrantRoleResult = resultUnion('GrantRoleResult', RoleGrant);

@Resolver()
export class UserAdministrationResolver {
  constructor(private readonly identity: IdentityService) {}

  @Authorized(...Access.LA_ADMIN)
  @Mutation(() => CreateUserResult, { description: 'Creates a user who can sign in once granted a role (grantRole). An email address is used once.' })
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<UserRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.identity.createUser(scope, input));
  }

  @Authorized(...Access.LA_ADMIN)
  @Mutation(() => GrantRoleResult, {
    description: "Grants a role in the administrator's own LA. Granting the same role again changes nothing and returns the grant held.",
  })
  grantRole(@Arg('input') input: GrantRoleInput, @Ctx() ctx: RequestContext): Promise<RoleGrant | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(async () => {
      const grant = { userId: input.userId, role: input.role, laCode: scope.laCode ?? '', urn: input.urn ?? undefined, parentId: input.parentId ?? undefined };
      const { id } = await this.identity.grantRole(scope, grant);
      return { id, userId: grant.userId, role: grant.role, laCode: grant.laCode, urn: grant.urn ?? null, parentId: grant.parentId ?? null };
    });
  }
}
