import { Authorized, Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public, Refused, orRefused, resultUnion } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { SessionService } from '../session.service';
import { RoleName, SignInInput, SignedIn, Viewer } from './session.type';

export const SignInResult = resultUnion('SignInResult', SignedIn);

function viewerOf(ctx: RequestContext): Viewer | null {
  const principal = ctx.principal;
  if (!principal?.userId) return null;
  const { scope } = principal;
  return { userId: principal.userId, email: scope.actor.label, role: scope.role as RoleName, laCode: scope.laCode ?? null, urns: [...(scope.urns ?? [])] };
}

@Resolver()
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in person, or null when nobody is signed in.' })
  viewer(@Ctx() ctx: RequestContext): Viewer | null {
    return viewerOf(ctx);
  }

  @Public()
  @Mutation(() => SignInResult, { description: 'Signs in to a portal and sets the session cookie (httpOnly, SameSite=Strict).' })
  signIn(@Arg('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<SignedIn | Refused> {
    return orRefused(async () => {
      const signedIn = await this.sessions.signIn(input.email, input.password, input.portal);
      ctx.sessionCookie?.set(signedIn.token, signedIn.expiresAt);
      const viewer = viewerOf({ ...ctx, principal: signedIn.principal });
      if (!viewer) throw new Error('A signed-in principal without a user');
      return { viewer, displayName: signedIn.displayName, expiresAt: signedIn.expiresAt };
    });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends this session and clears its cookie.' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    const token = ctx.sessionCookie?.token;
    if (token) await this.sessions.signOut(token);
    ctx.sessionCookie?.clear();
    return true;
  }
}
