import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

export interface PortalApolloClientOptions {
  /** The API's GraphQL endpoint. Portals are served from the API's own origin, so the default fits. */
  uri?: string;
}

/** The hash the SDK's generator embeds in each document (`__meta__.hash`, SHA-256 of its text). */
function trustedHashOf(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('Portals send only the SDK’s generated operations (libs/sdk/src/operations).');
  return hash;
}

/**
 * An Apollo Client that sends the portal's sign-in cookie to the API on the same origin, and each operation as
 * its trusted-document hash only: the API runs no other document for a signed-in portal.
 */
export function createPortalApolloClient({ uri = '/graphql' }: PortalApolloClientOptions = {}): ApolloClient {
  const trusted = new PersistedQueryLink({
    generateHash: trustedHashOf,
    // Never fall back to sending the document's text: the API knows every portal operation by its hash.
    retry: () => false,
    disable: () => false,
  });
  return new ApolloClient({
    link: trusted.concat(new HttpLink({ uri, credentials: 'same-origin' })),
    cache: new InMemoryCache(),
  });
}
