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

  it("asks the API on the portal's own origin, sending the sign-in cookie", async () => {
    const client = createPortalApolloClient();
    const result = await client.query({ query: HealthDocument });
    expect(result.data).toEqual({ health: { status: 'ok', database: 'UP' } });
    const [uri, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(uri).toBe('/graphql');
    expect(init.credentials).toBe('same-origin');
    expect(String(init.body)).toContain('query Health');
  });

  it('can point at another endpoint', async () => {
    await createPortalApolloClient({ uri: '/api/graphql' }).query({ query: HealthDocument });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/graphql');
  });
});
