import { unwrapResolverError } from '@apollo/server/errors';
import { Refusal } from '@rollcall/api-core';
import { GraphQLFormattedError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';

/** Error codes a client may see with the server's own message; anything else is masked. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
]);

/**
 * What a client sees of an error: refusals and request mistakes with their message and code; access
 * refusals in plain words; anything unexpected masked (it is logged with the request id, sent in the
 * `x-request-id` header).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof Refusal) {
    const detail = (original.detail ?? {}) as { field?: unknown };
    return { ...formatted, message: original.message, extensions: { code: original.code, ...(typeof detail.field === 'string' ? { field: detail.field } : {}) } };
  }
  if (original instanceof AuthenticationError) {
    return { ...formatted, message: 'Sign in, or send an API key, to use this.', extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { ...formatted, message: 'Your role, or your API key’s scopes, do not allow this.', extensions: { code: 'FORBIDDEN' } };
  }
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : undefined;
  if (code && CLIENT_CODES.has(code)) return formatted;
  return {
    message: 'Something went wrong on our side and nothing was changed. If it keeps happening, quote the x-request-id.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
