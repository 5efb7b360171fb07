import { createHash } from 'node:crypto';
import { seedLocalAuthority } from '@rollcall/db/testing';
import { useApi } from '../testing/api-harness';

const VIEWER = 'query Viewer { viewer { role } }';
const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('trusted documents: a signed-in portal runs only its own operations', () => {
  const api = useApi({ trustedDocuments: new Map([[hashOf(VIEWER), VIEWER]]) });

  beforeAll(() => seedLocalAuthority(api.dataSource, '928'));

  async function post(body: unknown, headers: Record<string, string>): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
    const response = await fetch(`${api.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as never };
  }

  it('runs a portal operation sent by its hash alone, or by its exact text, and nothing else for a signed-in person', async () => {
    const officer = await api.signIn({ role: 'LA_OFFICER', laCode: '928' });
    expect((await officer.query(VIEWER)).body.data).toEqual({ viewer: { role: 'LA_OFFICER' } });
    const crafted = await officer.query('{ viewer { role laCode urns } }');
    expect(crafted.status).toBe(400);
    expect(crafted.body.errors?.[0]?.extensions?.['code']).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const anonymous = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(VIEWER) } } }, {});
    expect(anonymous).toEqual({ status: 200, body: { data: { viewer: null } } });
  });

  it('refuses a hash it does not know, for anyone', async () => {
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('query X { health { status } }') } } }, {});
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses any other document sent with a session cookie, and lets API keys and anonymous callers send theirs', async () => {
    const cookie = { cookie: 'rollcall_session=whatever-the-browser-holds-0123456789' };
    const crafted = await post({ query: '{ viewer { role laCode } }' }, cookie);
    expect(crafted.status).toBe(400);
    expect(crafted.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect((await post({ query: VIEWER }, cookie)).status).toBe(200);
    expect((await post({ query: '{ health { status } }' }, {})).status).toBe(200);
  });
});
