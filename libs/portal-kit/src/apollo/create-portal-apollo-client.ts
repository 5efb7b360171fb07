import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface PortalApolloClientOptions {
  /** The API's GraphQL endpoint. Portals are served from the API's own origin, so the default fits. */
  uri?: string;
}

/** An Apollo Client that sends the portal's sign-in cookie to the API on the same origin. */
export function createPortalApolloClient({ uri = '/graphql' }: PortalApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
