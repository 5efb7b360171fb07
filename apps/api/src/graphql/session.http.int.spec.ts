import { seedLocalAuthority, seedSchool } from '@rollcall/db/testing';
import { TEST_PASSWORD, useApi } from '../testing/api-harness';

const VIEWER = '{ viewer { role laCode urns } }';

describe('signing in and out of a portal over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 1000, account: 1000, anonymous: 1000 } });
  let urn: number;

  beforeAll(async () => {
    await seedLocalAuthority(api.dataSource, '928');
    urn = await seedSchool(api.dataSource, { urn: 100001, laCode: '928' });
  });

  it('signs a member of staff in with an httpOnly, SameSite=Strict cookie and knows who they are', async () => {
    const staff = await api.signIn({ role: 'SCHOOL_STAFF', laCode: '928', urn });
    const { body } = await staff.query(VIEWER);
    expect(body.data).toEqual({ viewer: { role: 'SCHOOL_STAFF', laCode: '928', urns: [urn] } });
  });

  it('sets the cookie so scripts cannot read it and other sites cannot send it', async () => {
    await api.signIn({ role: 'LA_OFFICER', laCode: '928' });
    const email = (await api.dataSource.query(`SELECT email FROM app_user ORDER BY created_at DESC LIMIT 1`))[0].email as string;
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(input: { email: "${email}", password: "${TEST_PASSWORD}", portal: LA }) { __typename } }` }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rollcall_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
  });

  it('refuses a wrong password, and a portal the account has no role in, with the same words', async () => {
    const wrong = await api.anonymous.query(`mutation { signIn(input: { email: "nobody@example.org", password: "wrong password here", portal: SCHOOL }) { ... on Refused { code message } } }`);
    expect(wrong.body.data).toEqual({
      signIn: { code: 'SIGN_IN_FAILED', message: 'Enter the email address and password of an account that can use this service.' },
    });
    const officer = await api.signIn({ role: 'LA_OFFICER', laCode: '928' });
    const email = (await officer.query<{ viewer: { role: string } }>(VIEWER)).body.data?.viewer.role;
    expect(email).toBe('LA_OFFICER');
    const lastEmail = (await api.dataSource.query(`SELECT email FROM app_user ORDER BY created_at DESC LIMIT 1`))[0].email as string;
    const otherPortal = await api.anonymous.query(
      `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password, portal: SCHOOL }) { ... on Refused { code } } }`,
      { email: lastEmail, password: TEST_PASSWORD },
    );
    expect(otherPortal.body.data).toEqual({ signIn: { code: 'SIGN_IN_FAILED' } });
  });

  it('signs out: the same cookie no longer works', async () => {
    const staff = await api.signIn({ role: 'SCHOOL_STAFF', laCode: '928', urn });
    expect((await staff.query(`mutation { signOut }`)).body.data).toEqual({ signOut: true });
    expect((await staff.query(VIEWER)).body.data).toEqual({ viewer: null });
  });

  it('asks someone not signed in to sign in before they sign out', async () => {
    const { body } = await api.anonymous.query(`mutation { signOut }`);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toBe('Sign in, or send an API key, to use this.');
  });

  it('refuses an unknown API key with 401, saying how to send one', async () => {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer rk_not_a_real_key' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('Authorization: Bearer <key>');
  });

  it('refuses a request another site could forge (a simple form POST)', async () => {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
  });

  it('takes one operation per request: no batches (so no batched password guessing)', async () => {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('rate limits', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 5, account: 5, anonymous: 3 } });

  it('answers 429 with Retry-After once a caller goes over their limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.anonymous.query('{ health { status } }')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await api.anonymous.query('{ health { status } }');
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
