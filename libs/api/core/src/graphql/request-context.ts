import { Scope } from '../scope';
import { AuditTrail } from './audit-trail';
import { RequestLoaders } from './request-loaders';

/** Who is calling, decided once per request from the session cookie or the API key. */
export interface Principal {
  readonly scope: Scope;
  /** The signed-in person (portals). */
  readonly userId?: string;
  /** A third party's key: it may use only the root fields that name one of these scopes. */
  readonly apiKey?: { readonly id: string; readonly scopes: readonly string[] };
}

/** The portal session cookie, for the sign-in and sign-out fields (absent for API-key and test calls). */
export interface SessionCookie {
  /** The token the browser sent, if any. */
  readonly token?: string;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver receives: the caller (if any), the request's audit trail and its DataLoaders. */
export interface RequestContext {
  readonly requestId: string;
  readonly principal?: Principal;
  readonly audit: AuditTrail;
  readonly loaders: RequestLoaders;
  readonly sessionCookie?: SessionCookie;
}

/** The caller's scope; resolvers behind `@Authorized` always have one. */
export function scopeOf(context: RequestContext): Scope {
  const scope = context.principal?.scope;
  if (!scope) throw new Error('No principal on an authorised field: is @Authorized missing?');
  return { ...scope, requestId: context.requestId };
}
