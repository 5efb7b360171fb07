import { randomBytes } from 'node:crypto';
import { TEST_PASSWORD, countStatements, useApi } from '../testing/api-harness';
import type { Caller, GraphQLResponse } from '../testing/api-harness';
import { CallerName, Callers, RecordsWorld, asSystem, dataOf, errorCode, outcomeOf, resultOf, rowCount, seedRecordsWorld, signInEveryone } from './records.fixture';

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { __typename ... on User { id email displayName } ... on Refused { code message field } }
}`;
const GRANT_ROLE = `mutation ($input: GrantRoleInput!) {
  grantRole(input: $input) { __typename ... on RoleGrant { id userId role laCode urn parentId } ... on Refused { code message field } }
}`;
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { __typename ... on CreatedApiKey { key apiKey { id laCode urn name prefix scopes revokedAt } } ... on Refused { code message field } }
}`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { id name revokedAt } ... on Refused { code message field } } }`;
const API_KEYS = `query ($filter: ApiKeyFilter, $first: Int, $after: String) {
  apiKeys(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name urn prefix scopes createdAt revokedAt } }
}`;

type Result = { __typename: string; code?: string; message?: string; field?: string | null } & Record<string, unknown>;

const email = (who: string) => `${who}.${randomBytes(4).toString('hex')}@example.org`;
const resultIn = (response: GraphQLResponse, field: string): Result => (response.body.data as Record<string, Result>)[field];

/** Callers no administrator: every one is refused before anything is written. */
const NOT_ADMINS: [CallerName, string][] = [
  ['nobody', 'UNAUTHENTICATED'],
  ['staffA', 'FORBIDDEN'],
  ['officer', 'FORBIDDEN'],
  ['virtualSchool', 'FORBIDDEN'],
  ['parent', 'FORBIDDEN'],
  ['laKey', 'FORBIDDEN'],
  ['schoolKeyA', 'FORBIDDEN'],
];

describe('LA administration over HTTP: users, role grants and API keys', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: RecordsWorld;
  let as: Callers;

  beforeAll(async () => {
    w = await seedRecordsWorld(api.dataSource);
    as = await signInEveryone(api, w);
  });

  const createUser = async (caller: Caller, who = 'someone') => {
    const response = await caller.query(CREATE_USER, { input: { email: email(who), displayName: `Test ${who}`, password: TEST_PASSWORD } });
    return resultIn(response, 'createUser');
  };

  describe('createUser', () => {
    it.each(NOT_ADMINS)('refuses %s (%s) and creates nobody', async (caller, code) => {
      const before = await rowCount(api.dataSource, 'app_user');
      const response = await as[caller].query(CREATE_USER, { input: { email: email('refused'), displayName: 'Refused', password: TEST_PASSWORD } });
      expect(errorCode(response)).toBe(code);
      expect(await rowCount(api.dataSource, 'app_user')).toBe(before);
    });

    it('lets an LA administrator create a user, email tidied, and records it in their LA’s audit trail', async () => {
      const address = email('Jane.Smith');
      const response = await as.admin.query(CREATE_USER, { input: { email: `  ${address.toUpperCase()} `, displayName: ' Jane Smith ', password: TEST_PASSWORD } });
      const user = resultIn(response, 'createUser');
      expect(user).toEqual({ __typename: 'User', id: expect.any(String), email: address.toLowerCase(), displayName: 'Jane Smith' });
      expect(await rowCount(api.dataSource, 'audit_event', `la_code = '928' AND action = 'CREATE' AND entity = 'User' AND entity_id = $1`, [user['id']])).toBe(1);
    });

    it('creates a user once: the same email again is refused and nothing is added', async () => {
      const address = email('once');
      const input = { email: address, displayName: 'Once', password: TEST_PASSWORD };
      expect(resultIn(await as.admin.query(CREATE_USER, { input }), 'createUser').__typename).toBe('User');
      const again = resultIn(await as.neighbourAdmin.query(CREATE_USER, { input }), 'createUser');
      expect(again).toMatchObject({ code: 'EMAIL_IN_USE', field: 'email', message: `There is already a user with the email ${address}.` });
      expect(await rowCount(api.dataSource, 'app_user', 'email = $1', [address])).toBe(1);
    });

    it.each<[string, Record<string, string>, string, string, string]>([
      ['an email address without a domain', { email: 'jane.smith' }, 'INVALID_EMAIL', 'email', 'like name@example.org'],
      ['a short password', { password: 'short' }, 'WEAK_PASSWORD', 'password', 'at least 12 characters'],
      ['a blank name', { displayName: '   ' }, 'INVALID_USER', 'displayName', 'the name the person is known by'],
    ])('refuses %s, saying what to fix, and creates nobody', async (_, change, code, field, words) => {
      const before = await rowCount(api.dataSource, 'app_user');
      const result = resultIn(await as.admin.query(CREATE_USER, { input: { email: email('bad'), displayName: 'Bad', password: TEST_PASSWORD, ...change } }), 'createUser');
      expect(result).toMatchObject({ __typename: 'Refused', code, field });
      expect(result.message).toContain(words);
      expect(await rowCount(api.dataSource, 'app_user')).toBe(before);
    });
  });

  describe('grantRole', () => {
    it.each(NOT_ADMINS)('refuses %s (%s) and grants nothing', async (caller, code) => {
      const user = await createUser(as.admin);
      const response = await as[caller].query(GRANT_ROLE, { input: { userId: user['id'], role: 'LA_OFFICER' } });
      expect(errorCode(response)).toBe(code);
      expect(await rowCount(api.dataSource, 'role_grant', 'user_id = $1', [user['id']])).toBe(0);
    });

    it('grants a school role in the administrator’s LA once, and the person can then sign in to that school', async () => {
      const address = email('teacher');
      const user = resultIn(await as.admin.query(CREATE_USER, { input: { email: address, displayName: 'Teacher', password: TEST_PASSWORD } }), 'createUser');
      const input = { userId: user['id'], role: 'SCHOOL_STAFF', urn: w.schoolA };
      const first = resultIn(await as.admin.query(GRANT_ROLE, { input }), 'grantRole');
      expect(first).toEqual({ __typename: 'RoleGrant', id: expect.any(String), userId: user['id'], role: 'SCHOOL_STAFF', laCode: '928', urn: w.schoolA, parentId: null });
      const again = resultIn(await as.admin.query(GRANT_ROLE, { input }), 'grantRole');
      expect(again['id']).toBe(first['id']);
      expect(await rowCount(api.dataSource, 'role_grant', 'user_id = $1', [user['id']])).toBe(1);
      expect(await rowCount(api.dataSource, 'audit_event', `entity = 'RoleGrant' AND entity_id = $1`, [first['id']])).toBe(1);

      const signIn = await api.anonymous.query(`mutation ($input: SignInInput!) { signIn(input: $input) { ... on SignedIn { viewer { role laCode urns } } } }`, {
        input: { email: address, password: TEST_PASSWORD, portal: 'SCHOOL' },
      });
      expect(signIn.body.data).toEqual({ signIn: { viewer: { role: 'SCHOOL_STAFF', laCode: '928', urns: [w.schoolA] } } });
    });

    it('links a parent role to the parent’s record, so they see their child', async () => {
      const user = await createUser(as.admin, 'bob');
      const grant = resultIn(await as.admin.query(GRANT_ROLE, { input: { userId: user['id'], role: 'PARENT', parentId: w.bensDad } }), 'grantRole');
      expect(grant).toMatchObject({ __typename: 'RoleGrant', role: 'PARENT', parentId: w.bensDad, urn: null });
      expect(await asSystem(api.dataSource, `SELECT user_id::text AS user_id FROM parent WHERE id = $1`, [w.bensDad])).toEqual([{ user_id: user['id'] }]);
    });

    it.each<[string, CallerName, Record<string, unknown>, string, string | null, string]>([
      ['a school in another LA', 'admin', { role: 'SCHOOL_STAFF', urn: 100003 }, 'SCHOOL_NOT_IN_LA', 'urn', 'is in LA 343, not LA 928'],
      ['another LA’s school, by that LA', 'neighbourAdmin', { role: 'SCHOOL_STAFF', urn: 100001 }, 'SCHOOL_NOT_IN_LA', 'urn', 'is in LA 928, not LA 343'],
      ['school staff without a school', 'admin', { role: 'SCHOOL_STAFF' }, 'SCHOOL_STAFF_NEEDS_URN', 'urn', 'must name the school (URN)'],
      ['a school for an LA-wide role', 'admin', { role: 'LA_OFFICER', urn: 100001 }, 'URN_ONLY_FOR_SCHOOL_STAFF', 'urn', 'leave out the school'],
      ['a parent without their record', 'admin', { role: 'PARENT' }, 'PARENT_NEEDS_PARENT_ID', 'parentId', "must name the parent's record"],
      ['another LA’s parent record', 'admin', { role: 'PARENT', parentId: 'deesMum' }, 'UNKNOWN_PARENT', 'parentId', 'LA 928 holds no parent record'],
      ['a user who does not exist', 'admin', { role: 'LA_OFFICER', userId: '00000000-0000-0000-0000-000000000000' }, 'UNKNOWN_USER', 'userId', 'There is no user'],
    ])('refuses %s, saying what to fix, and grants nothing', async (_, caller, change, code, field, words) => {
      const user = await createUser(as.admin);
      const parentId = change['parentId'] === 'deesMum' ? w.deesMum : change['parentId'];
      const grantsBefore = await rowCount(api.dataSource, 'role_grant');
      const linkedBefore = await rowCount(api.dataSource, 'parent', 'user_id IS NOT NULL');
      const result = resultIn(await as[caller].query(GRANT_ROLE, { input: { userId: user['id'], ...change, parentId } }), 'grantRole');
      expect(result).toMatchObject({ __typename: 'Refused', code, field });
      expect(result.message).toContain(words);
      expect(await rowCount(api.dataSource, 'role_grant')).toBe(grantsBefore);
      expect(await rowCount(api.dataSource, 'parent', 'user_id IS NOT NULL')).toBe(linkedBefore);
    });
  });

  describe('createApiKey and revokeApiKey', () => {
    let laKeyId = '';
    const keyIdOf = (name: 'laKey') => (name === 'laKey' ? laKeyId : '');
    beforeAll(async () => {
      const [row] = await asSystem<{ id: string }>(api.dataSource, `SELECT id::text AS id FROM api_key WHERE la_code = '928' AND urn IS NULL AND name = 'Test key pupils:read'`);
      laKeyId = row.id;
    });

    it.each(NOT_ADMINS)('refuses %s (%s) a new key and writes none', async (caller, code) => {
      const before = await rowCount(api.dataSource, 'api_key');
      const response = await as[caller].query(CREATE_KEY, { input: { name: 'Refused', scopes: ['PUPILS_READ'] } });
      expect(errorCode(response)).toBe(code);
      expect(await rowCount(api.dataSource, 'api_key')).toBe(before);
    });

    it('shows a new school key once; it acts as that school within its scopes; revoking it stops it at once', async () => {
      const created = resultIn(await as.admin.query(CREATE_KEY, { input: { name: ' Hope Primary MIS ', urn: w.schoolA, scopes: ['PUPILS_READ', 'PUPILS_READ'] } }), 'createApiKey');
      expect(created).toMatchObject({ __typename: 'CreatedApiKey', apiKey: { laCode: '928', urn: w.schoolA, name: 'Hope Primary MIS', scopes: ['PUPILS_READ'], revokedAt: null } });
      const key = created['key'] as string;
      const apiKey = created['apiKey'] as { id: string; prefix: string };
      expect(key.startsWith(`rk_${apiKey.prefix}_`)).toBe(true);
      const [stored] = await asSystem<{ key_hash: string }>(api.dataSource, `SELECT key_hash FROM api_key WHERE id = $1`, [apiKey.id]);
      expect(stored.key_hash).not.toContain(key.slice(16));

      const asKey = async (query: string) => {
        const response = await fetch(`${api.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query }),
        });
        return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
      };
      const pupils = await asKey(`{ pupils { nodes { forename } } }`);
      expect(pupils.body.data).toEqual({ pupils: { nodes: [{ forename: 'Amy' }, { forename: 'Ben' }, { forename: 'Cal' }] } });
      expect((await asKey(`{ auditEvents { totalCount } }`)).body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

      const revoked = resultIn(await as.admin.query(REVOKE_KEY, { id: apiKey.id }), 'revokeApiKey');
      expect(revoked).toMatchObject({ __typename: 'ApiKey', id: apiKey.id, revokedAt: expect.any(String) });
      expect((await asKey(`{ pupils { totalCount } }`)).status).toBe(401);

      const again = resultIn(await as.admin.query(REVOKE_KEY, { id: apiKey.id }), 'revokeApiKey');
      expect(again['revokedAt']).toBe(revoked['revokedAt']);
      expect(await rowCount(api.dataSource, 'audit_event', `entity = 'ApiKey' AND entity_id = $1 AND action = 'UPDATE'`, [apiKey.id])).toBe(1);
      expect(await rowCount(api.dataSource, 'audit_event', `entity = 'ApiKey' AND entity_id = $1 AND action = 'CREATE'`, [apiKey.id])).toBe(1);
    });

    it.each<[string, Record<string, unknown>, string, string, string]>([
      ['a school in another LA', { urn: 100003 }, 'SCHOOL_NOT_IN_LA', 'urn', 'is in LA 343, not LA 928'],
      ['a school that does not exist', { urn: 999999 }, 'UNKNOWN_SCHOOL', 'urn', 'There is no school with URN 999999'],
      ['no scopes', { scopes: [] }, 'INVALID_API_KEY', 'scopes', 'at least one scope'],
      ['a blank name', { name: ' ' }, 'INVALID_API_KEY', 'name', 'Name the key after the system'],
    ])('refuses a key for %s, saying what to fix, and writes none', async (_, change, code, field, words) => {
      const before = await rowCount(api.dataSource, 'api_key');
      const result = resultIn(await as.admin.query(CREATE_KEY, { input: { name: 'Refused', scopes: ['ATTENDANCE_READ'], ...change } }), 'createApiKey');
      expect(result).toMatchObject({ __typename: 'Refused', code, field });
      expect(result.message).toContain(words);
      expect(await rowCount(api.dataSource, 'api_key')).toBe(before);
    });

    it('refuses a scope it does not know before running anything', async () => {
      const response = await as.admin.query(CREATE_KEY, { input: { name: 'X', scopes: ['everything'] } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    it('never gives out a key’s hash', async () => {
      expect(errorCode(await as.admin.query(`{ apiKeys { nodes { keyHash } } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it.each<[string, CallerName, () => string, string]>([
      ['another LA’s key', 'neighbourAdmin', () => keyIdOf('laKey'), 'NOT_PERMITTED'],
      ['a key that does not exist', 'admin', () => '00000000-0000-0000-0000-000000000000', 'UNKNOWN_API_KEY'],
      ['an id that cannot be a key’s', 'admin', () => 'rk_123', 'UNKNOWN_API_KEY'],
    ])('refuses to revoke %s, and the key keeps working', async (_, caller, id, code) => {
      const result = resultIn(await as[caller].query(REVOKE_KEY, { id: id() }), 'revokeApiKey');
      expect(resultOf(result as { __typename: string; code?: string })).toBe(code);
      expect((await as.laKey.query(`{ pupils { totalCount } }`)).status).toBe(200);
    });

    it.each(NOT_ADMINS)('refuses %s (%s) revoking a key', async (caller, code) => {
      expect(errorCode(await as[caller].query(REVOKE_KEY, { id: keyIdOf('laKey') }))).toBe(code);
      expect((await as.laKey.query(`{ pupils { totalCount } }`)).status).toBe(200);
    });
  });

  describe('apiKeys: an administrator lists their own LA’s keys, newest first', () => {
    const LA = '330';
    let admin: Caller;
    const names = (c: { nodes: { name: string }[] }) => c.nodes.map((n) => n.name);

    beforeAll(async () => {
      await asSystem(api.dataSource, `INSERT INTO local_authority (la_code, name) VALUES ($1, 'Birmingham') ON CONFLICT DO NOTHING`, [LA]);
      await asSystem(api.dataSource, `INSERT INTO school (urn, la_code, laestab, name, type, phase) VALUES (133001, $1, 3304001, 'Key School', 'COMMUNITY', 'PRIMARY')`, [LA]);
      admin = await api.signIn({ role: 'LA_ADMIN', laCode: LA });
      for (const [name, urn] of [['First MIS', 133001], ['Social care', null], ['Second MIS', 133001]] as const) {
        expect(resultIn(await admin.query(CREATE_KEY, { input: { name, urn, scopes: ['ATTENDANCE_READ'] } }), 'createApiKey').__typename).toBe('CreatedApiKey');
      }
      const social = (await admin.query<{ apiKeys: { nodes: { id: string; name: string }[] } }>(API_KEYS)).body.data?.apiKeys.nodes.find((k) => k.name === 'Social care');
      expect(resultIn(await admin.query(REVOKE_KEY, { id: social?.id }), 'revokeApiKey').__typename).toBe('ApiKey');
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['keys in use', {}, ['Second MIS', 'First MIS']],
      ['revoked keys too', { includeRevoked: true }, ['Second MIS', 'Social care', 'First MIS']],
      ['one school’s keys', { urn: 133001, includeRevoked: true }, ['Second MIS', 'First MIS']],
    ])('%s', async (_, filter, expected) => {
      expect(outcomeOf(await admin.query(API_KEYS, { filter }), 'apiKeys', names)).toEqual(expected);
    });

    it('shows another LA’s administrator none of them', async () => {
      const response = await as.admin.query<{ apiKeys: { nodes: { name: string }[] } }>(API_KEYS, { filter: { includeRevoked: true } });
      expect(names(dataOf(response).apiKeys)).not.toEqual(expect.arrayContaining(['First MIS']));
      expect(names(dataOf(response).apiKeys)).toEqual(expect.arrayContaining(['Test key pupils:read']));
    });

    it.each([...NOT_ADMINS, ['neighbourOfficer', 'FORBIDDEN'] as [CallerName, string]])('refuses %s (%s)', async (caller, code) => {
      expect(errorCode(await as[caller].query(API_KEYS))).toBe(code);
    });

    it('pages with cursors, and refuses a cursor it did not give out', async () => {
      type Keys = { apiKeys: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { name: string }[] } };
      const first = await admin.query<Keys>(API_KEYS, { first: 2, filter: { includeRevoked: true } });
      expect(first.body.data?.apiKeys).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const second = await admin.query<Keys>(API_KEYS, { first: 2, filter: { includeRevoked: true }, after: first.body.data?.apiKeys.pageInfo.endCursor });
      expect(names(dataOf(second).apiKeys)).toEqual(['First MIS']);
      expect(errorCode(await admin.query(API_KEYS, { after: 'WyJub3QgYSB0aW1lIiwieCJd' }))).toBe('INVALID_CURSOR');
      expect(errorCode(await admin.query(API_KEYS, { first: 0 }))).toBe('INVALID_PAGE_SIZE');
    });

    it('costs the same SQL statements for 1, 10 or 100 keys', async () => {
      await asSystem(
        api.dataSource,
        `INSERT INTO api_key (la_code, name, prefix, key_hash, scopes) SELECT $1, 'Bulk ' || g, 'bulk' || lpad(g::text, 8, '0'), 'x', '{attendance:read}' FROM generate_series(1, 100) g`,
        [LA],
      );
      const counts: number[] = [];
      for (const first of [1, 10, 100]) {
        let response: GraphQLResponse | undefined;
        counts.push(await countStatements(async () => (response = await admin.query(API_KEYS, { first }))));
        expect((response?.body.data as { apiKeys: { nodes: unknown[] } }).apiKeys.nodes).toHaveLength(first);
      }
      expect(new Set(counts).size).toBe(1);
    });
  });
});
