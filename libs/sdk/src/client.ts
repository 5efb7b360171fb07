import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface RollcallClientOptions {
  /** The API's GraphQL endpoint, e.g. `https://rollcall.example.gov.uk/graphql`. */
  readonly url: string;
  /** A third party's API key (sent as `Authorization: Bearer …`). Portals sign in with a cookie instead. */
  readonly apiKey?: string;
  /** Defaults to the global `fetch` (Node 18+ and browsers). */
  readonly fetch?: typeof fetch;
}

export interface RollcallGraphQLError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Record<string, unknown>;
}

/** The API answered with errors (or not at all); `errors` holds what it said. */
export class RollcallRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly RollcallGraphQLError[],
  ) {
    super(message);
    this.name = 'RollcallRequestError';
  }
}

export interface RollcallClient {
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: Record<string, never> extends TVariables ? [TVariables?] : [TVariables]
  ): Promise<TResult>;
}

/** A small typed client: pass any document from this SDK and get its typed result. */
export function createRollcallClient(options: RollcallClientOptions): RollcallClient {
  const doFetch = options.fetch ?? fetch;
  return {
    async request(document, ...[variables]) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
      const text = await response.text();
      let body: { data?: unknown; errors?: RollcallGraphQLError[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new RollcallRequestError(`The API answered ${response.status} without a GraphQL response`, response.status, []);
      }
      if (body.errors?.length) {
        throw new RollcallRequestError(body.errors.map((e) => e.message).join('; '), response.status, body.errors);
      }
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new RollcallRequestError(`The API answered ${response.status} with no data`, response.status, []);
      }
      return body.data as never;
    },
  };
}
