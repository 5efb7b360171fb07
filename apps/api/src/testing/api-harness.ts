import { randomBytes } from 'node:crypto';
import { systemActor, systemScope } from '@rollcall/api-core';
import { ApiKeyScope, GrantableRole, IdentityService } from '@rollcall/api-identity';
import { useTestDataSource } from '@rollcall/db/testing';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createHttpServer, HttpServerOptions, RollcallHttpServer } from '../server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[] };
  readonly headers: Headers;
}

/** Someone calling the API over HTTP: a signed-in person (cookie), a third party (API key) or nobody. */
export interface Caller {
  readonly label: string;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export interface SignInAs {
  readonly role: GrantableRole;
  readonly laCode: string;
  readonly urn?: number;
  readonly parentId?: string;
}

export const TEST_PASSWORD = 'correct horse battery staple';

export interface ApiHarness {
  readonly dataSource: DataSource;
  readonly base: string;
  readonly anonymous: Caller;
  /** Creates a user with the grant and signs them in through the `signIn` mutation, as a portal would. */
  signIn(as: SignInAs): Promise<Caller>;
  /** Creates an API key for the LA (or one school) with the scopes, as an LA administrator would. */
  apiKey(key: { laCode: string; urn?: number; scopes: readonly ApiKeyScope[] }): Promise<Caller>;
}

const PORTAL_OF: Record<GrantableRole, string> = {
  SCHOOL_STAFF: 'SCHOOL',
  LA_OFFICER: 'LA',
  LA_ADMIN: 'LA',
  VIRTUAL_SCHOOL: 'VIRTUAL_SCHOOL',
  PARENT: 'PARENT',
};

/**
 * Jest hooks: a test database of its own and the real HTTP server on a free port. Tests call the API through
 * `fetch` exactly as a portal or an SDK would.
 */
export function useApi(options: Partial<Omit<HttpServerOptions, 'dataSource'>> = {}): ApiHarness {
  const db = useTestDataSource();
  let http: RollcallHttpServer | undefined;
  let base = '';

  beforeAll(async () => {
    http = await createHttpServer({ dataSource: db.dataSource, ...options });
    base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await http?.close();
  });

  const caller = (label: string, headers: () => Record<string, string>): Caller => ({
    label,
    async query<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers() },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'], headers: response.headers };
    },
  });

  return {
    get dataSource() {
      return db.dataSource;
    },
    get base() {
      return base;
    },
    anonymous: caller('nobody signed in', () => ({})),
    async signIn(as: SignInAs): Promise<Caller> {
      const identity = new IdentityService(db.dataSource);
      const system = systemScope(systemActor('test'));
      const email = `${as.role.toLowerCase()}.${randomBytes(4).toString('hex')}@example.org`;
      const user = await identity.createUser(system, { email, displayName: `Test ${as.role}`, password: TEST_PASSWORD });
      await identity.grantRole(system, { userId: user.id, role: as.role, laCode: as.laCode, urn: as.urn, parentId: as.parentId });
      const signIn = await caller('signing in', () => ({})).query<{ signIn: { __typename: string } }>(
        `mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }`,
        { input: { email, password: TEST_PASSWORD, portal: PORTAL_OF[as.role] } },
      );
      const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
      if (signIn.body.data?.signIn.__typename !== 'SignedIn' || !cookie) {
        throw new Error(`Could not sign in as ${as.role}: ${JSON.stringify(signIn.body)}`);
      }
      return caller(`${as.role} of ${as.urn ?? as.laCode}`, () => ({ cookie }));
    },
    async apiKey(key): Promise<Caller> {
      const identity = new IdentityService(db.dataSource);
      const created = await identity.createApiKey(systemScope(systemActor('test')), {
        laCode: key.laCode,
        urn: key.urn,
        name: `Test key ${key.scopes.join(' ')}`,
        scopes: key.scopes,
      });
      return caller(`API key (${key.scopes.join(', ')})`, () => ({ authorization: `Bearer ${created.key}` }));
    },
  };
}

/**
 * How many SQL statements `work` sent through TypeORM (the server runs in the test's process). For the
 * N+1 tests: a list of 100 must cost the same number of statements as a list of 1.
 */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}
