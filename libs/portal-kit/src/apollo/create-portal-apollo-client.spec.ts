import { HealthDocument } from '@rollcall/sdk';
import { createPortalApolloClient } from './create-portal-apollo-client';

describe('createPortalApolloClient', () => {
  const realFetch = globalThis.fetch;
  let fetchMock: jest.Mock;

  beforeEach(() => {
    fetchMock = jest.fn(
      async () =>
        new Response(JSON.stringify({ data: { health: { status: 'ok', database: 'UP' } } }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    globalThis.fetch = fetchMock;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it("asks the API on the portal's own origin, sending the sign-in cookie and only the operation's trusted hash", async () => {
    const client = createPortalApolloClient();
    const result = await client.query({ query: HealthDocument });
    expect(result.data).toEqual({ health: { status: 'ok', database: 'UP' } });
    const [uri, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(uri).toBe('/graphql');
    expect(init.credentials).toBe('same-origin');
    const body = JSON.parse(String(init.body)) as { query?: string; extensions: { persistedQuery: { version: number; sha256Hash: string } } };
    expect(body.query).toBeUndefined();
    expect(body.extensions.persistedQuery).toEqual({ version: 1, sha256Hash: (HealthDocument as unknown as { __meta__: { hash: string } }).__meta__.hash });
  });

  it('refuses to send a document that is not one of the SDK’s generated operations', async () => {
    const { parse } = await import('graphql');
    await expect(createPortalApolloClient().query({ query: parse('query Sneaky { health { status } }') })).rejects.toThrow(
      'Portals send only the SDK’s generated operations',
    );
  });

  it('can point at another endpoint', async () => {
    await createPortalApolloClient({ uri: '/api/graphql' }).query({ query: HealthDocument });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/graphql');
  });
});
