import { AuthChecker, AuthenticationError, Extensions } from 'type-graphql';
import { Role } from '../scope';
import { RequestContext } from './request-context';

/** What `@Authorized(...)` may name: a portal role, or a scope an API key must carry. */
export type AccessName = Exclude<Role, 'SYSTEM'> | 'registers:write' | 'attendance:read' | 'returns:write' | 'pupils:read' | 'casework:read';

/** Groups used across the schema, so a field's access reads as a sentence. */
export const Access = {
  SCHOOL: ['SCHOOL_STAFF'],
  LA: ['LA_OFFICER', 'LA_ADMIN'],
  LA_ADMIN: ['LA_ADMIN'],
  VIRTUAL_SCHOOL: ['VIRTUAL_SCHOOL'],
  PARENT: ['PARENT'],
  STAFF: ['SCHOOL_STAFF', 'LA_OFFICER', 'LA_ADMIN', 'VIRTUAL_SCHOOL'],
  EVERY_ROLE: ['SCHOOL_STAFF', 'LA_OFFICER', 'LA_ADMIN', 'VIRTUAL_SCHOOL', 'PARENT'],
} as const satisfies Record<string, readonly AccessName[]>;

/**
 * The one access decision for every field marked `@Authorized(...)`: a signed-in person passes when their
 * role is named; an API key passes only when it carries one of the named scopes (keys never pass on roles).
 * What the caller may then see within the field is the scoped services' and row-level security's job.
 */
export const authChecker: AuthChecker<RequestContext, AccessName> = ({ context }, allowed) => {
  const principal = context.principal;
  if (!principal) throw new AuthenticationError('Sign in, or send an API key, to use this.');
  if (principal.apiKey) return allowed.some((name) => principal.apiKey?.scopes.includes(name));
  return allowed.length === 0 || allowed.includes(principal.scope.role as AccessName);
};

/** Marks a root field anyone may call, signed in or not (health, sign-in). The lint rule accepts it in place of `@Authorized`. */
export function Public(): MethodDecorator {
  return Extensions({ access: 'public' });
}
