import { randomUUID } from 'node:crypto';
import { AuditTrail, Principal, RequestContext, RequestLoaders } from '@rollcall/api-core';
import { SessionService } from '@rollcall/api-identity';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export const SESSION_COOKIE = 'rollcall_session';

export interface ContextOptions {
  readonly sessions: SessionService;
  readonly production: boolean;
  /** Requests per minute for one API key, one signed-in account, or one address not signed in. */
  readonly requestsPerMinute?: { apiKey: number; account: number; anonymous: number };
  /** How long one request's database work may take in all, in milliseconds (default 10 s). */
  readonly executionBudgetMs?: number;
}

/** Long enough for a whole school's register or a year-to-date LA dashboard, short enough that one request cannot hold a connection for long. */
export const DEFAULT_EXECUTION_BUDGET_MS = 10_000;

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Builds each request's context: who is calling (cookie or API key), their rate limit, audit trail and loaders. */
export function contextFactory(options: ContextOptions) {
  const limits = options.requestsPerMinute ?? { apiKey: 1200, account: 600, anonymous: 120 };
  const limiters = {
    apiKey: new RateLimiterMemory({ keyPrefix: 'key', points: limits.apiKey, duration: 60 }),
    account: new RateLimiterMemory({ keyPrefix: 'user', points: limits.account, duration: 60 }),
    anonymous: new RateLimiterMemory({ keyPrefix: 'ip', points: limits.anonymous, duration: 60 }),
  };

  return async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    const given = req.get('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    const deadline = Date.now() + (options.executionBudgetMs ?? DEFAULT_EXECUTION_BUDGET_MS);
    res.setHeader('x-request-id', requestId);

    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const principal = await principalOf(options.sessions, req.get('authorization'), token);

    if (principal?.apiKey) await consume(limiters.apiKey, principal.apiKey.id);
    else if (principal?.userId) await consume(limiters.account, principal.userId);
    else await consume(limiters.anonymous, req.ip ?? 'unknown');

    return {
      requestId,
      principal: principal ? { ...principal, scope: { ...principal.scope, requestId, deadline } } : undefined,
      audit: new AuditTrail(),
      loaders: new RequestLoaders(),
      sessionCookie: {
        token,
        set: (value, expiresAt) => {
          res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure: options.production, path: '/', expires: expiresAt });
        },
        clear: () => {
          res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: options.production, path: '/' });
        },
      },
    };
  };
}

async function principalOf(sessions: SessionService, authorization: string | undefined, token: string | undefined): Promise<Principal | undefined> {
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const principal = match ? await sessions.principalForApiKey(match[1]) : undefined;
    if (!principal) {
      throw new GraphQLError('The API key was not recognised or has been revoked. Send it as "Authorization: Bearer <key>".', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return principal;
  }
  return token ? sessions.principalFor(token) : undefined;
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new GraphQLError(`Too many requests: try again in ${seconds} seconds.`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
    });
  }
}
