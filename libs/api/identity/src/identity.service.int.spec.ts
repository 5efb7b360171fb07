import { Refusal, Scope, systemActor, systemScope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { IdentityService, RoleGrantInput } from './identity.service';

const LA = '343';
const URN = 100001;
const scope = systemScope(systemActor('test'));
const PASSWORD = 'correct horse battery staple';

async function refusalOf(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work;
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const db = useTestDataSource();
let identity: IdentityService;
let parentId: string;

beforeAll(async () => {
  identity = new IdentityService(db.dataSource);
  await db.ownerDataSource.query(`INSERT INTO local_authority (la_code, name) VALUES ('343', 'Sefton'), ('344', 'Wirral')`);
  await db.ownerDataSource.query(
    `INSERT INTO school (urn, la_code, laestab, name, type, phase) VALUES (100001, '343', 3430001, 'Hope Primary', 'COMMUNITY', 'PRIMARY'),
            (100002, '344', 3440001, 'Wirral High', 'ACADEMY', 'SECONDARY')`,
  );
  const rows = (await db.ownerDataSource.query(
    `INSERT INTO parent (la_code, forename, surname) VALUES ('343', 'Ann', 'Smith') RETURNING id::text AS id`,
  )) as { id: string }[];
  parentId = rows[0].id;
});

describe('IdentityService users', () => {
  it('stores an argon2id hash, never the password, and signs the user in with it', async () => {
    const user = await identity.createUser(scope, { email: '  Jane.Smith@School.example ', displayName: 'Jane Smith', password: PASSWORD });

    expect(user).toMatchObject({ email: 'jane.smith@school.example', displayName: 'Jane Smith' });
    const [stored] = (await db.ownerDataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id])) as { password_hash: string }[];
    expect(stored.password_hash).not.toContain(PASSWORD);
    expect(stored.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(await identity.verifyPassword('JANE.SMITH@school.example', PASSWORD)).toBe(user.id);
  });

  it('refuses a wrong password, an unknown email and a disabled user alike', async () => {
    const user = await identity.createUser(scope, { email: 'sam@la.example', displayName: 'Sam', password: PASSWORD });
    expect(await identity.verifyPassword('sam@la.example', `${PASSWORD}!`)).toBeNull();
    expect(await identity.verifyPassword('nobody@la.example', PASSWORD)).toBeNull();
    await db.ownerDataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect(await identity.verifyPassword('sam@la.example', PASSWORD)).toBeNull();
  });

  it('refuses a password under 12 characters, a malformed email and an email already in use', async () => {
    const weak = await refusalOf(identity.createUser(scope, { email: 'a@b.example', displayName: 'A', password: 'short pass' }));
    expect(weak.code).toBe('WEAK_PASSWORD');
    expect(weak.message).toContain('at least 12 characters');
    expect((await refusalOf(identity.createUser(scope, { email: 'not-an-email', displayName: 'A', password: PASSWORD }))).code).toBe('INVALID_EMAIL');
    await identity.createUser(scope, { email: 'twice@la.example', displayName: 'One', password: PASSWORD });
    expect((await refusalOf(identity.createUser(scope, { email: 'TWICE@la.example', displayName: 'Two', password: PASSWORD }))).code).toBe(
      'EMAIL_IN_USE',
    );
    expect(await db.ownerDataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email IN ('a@b.example', 'not-an-email')`)).toEqual([{ n: 0 }]);
  });
});

describe('IdentityService role grants', () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await identity.createUser(scope, { email: 'roles@la.example', displayName: 'Roles', password: PASSWORD })).id;
  });

  it('grants roles that match the table\u2019s rules, once', async () => {
    const staff = await identity.grantRole(scope, { userId, role: 'SCHOOL_STAFF', laCode: LA, urn: URN });
    expect(await identity.grantRole(scope, { userId, role: 'SCHOOL_STAFF', laCode: LA, urn: URN })).toEqual(staff);
    await identity.grantRole(scope, { userId, role: 'LA_OFFICER', laCode: LA });
    await identity.grantRole(scope, { userId, role: 'PARENT', laCode: LA, parentId });
    expect(await db.ownerDataSource.query(`SELECT role, urn, parent_id::text AS parent_id FROM role_grant WHERE user_id = $1 ORDER BY id`, [userId])).toEqual([
      { role: 'SCHOOL_STAFF', urn: URN, parent_id: null },
      { role: 'LA_OFFICER', urn: null, parent_id: null },
      { role: 'PARENT', urn: null, parent_id: parentId },
    ]);
    expect(await db.ownerDataSource.query(`SELECT user_id::text AS user_id FROM parent WHERE id = $1`, [parentId])).toEqual([{ user_id: userId }]);
  });

  it.each<[string, Partial<RoleGrantInput>, string, string]>([
    ['school staff without a school', { role: 'SCHOOL_STAFF' }, 'SCHOOL_STAFF_NEEDS_URN', 'must name the school (URN)'],
    ['an LA officer tied to a school', { role: 'LA_OFFICER', urn: URN }, 'URN_ONLY_FOR_SCHOOL_STAFF', 'covers the whole LA'],
    ['a parent without a parent record', { role: 'PARENT' }, 'PARENT_NEEDS_PARENT_ID', "must name the parent's record"],
    ['a Virtual School role with a parent record', { role: 'VIRTUAL_SCHOOL', parentId: '1' }, 'PARENT_ID_ONLY_FOR_PARENT', 'Only a PARENT role'],
    ['an unknown role', { role: 'HEAD' as never }, 'UNKNOWN_ROLE', 'is not one of'],
    ['a school in another LA', { role: 'SCHOOL_STAFF', urn: 100002 }, 'SCHOOL_NOT_IN_LA', 'is in LA 344'],
    ['a parent record the LA does not hold', { role: 'PARENT', parentId: '987654' }, 'UNKNOWN_PARENT', 'holds no parent record'],
  ])('refuses %s with a clear reason', async (_, grant, code, words) => {
    const before = await db.ownerDataSource.query(`SELECT count(*)::int AS n FROM role_grant`);
    const refusal = await refusalOf(identity.grantRole(scope, { userId, laCode: LA, role: 'LA_OFFICER', ...grant }));
    expect(refusal.code).toBe(code);
    expect(refusal.message).toContain(words);
    expect(await db.ownerDataSource.query(`SELECT count(*)::int AS n FROM role_grant`)).toEqual(before);
  });

  it('refuses a parent record that already belongs to someone else', async () => {
    const other = await identity.createUser(scope, { email: 'other@la.example', displayName: 'Other', password: PASSWORD });
    const refusal = await refusalOf(identity.grantRole(scope, { userId: other.id, role: 'PARENT', laCode: LA, parentId }));
    expect(refusal.code).toBe('PARENT_LINKED_TO_ANOTHER_USER');
  });

  it('lets only an administrator of the LA grant roles', async () => {
    const officer: Scope = { actor: systemActor('officer'), role: 'LA_OFFICER', laCode: LA };
    const wirralAdmin: Scope = { actor: systemActor('admin'), role: 'LA_ADMIN', laCode: '344' };
    expect((await refusalOf(identity.grantRole(officer, { userId, role: 'LA_ADMIN', laCode: LA }))).code).toBe('NOT_PERMITTED');
    expect((await refusalOf(identity.grantRole(wirralAdmin, { userId, role: 'LA_ADMIN', laCode: LA }))).code).toBe('NOT_PERMITTED');
  });
});

describe('IdentityService API keys', () => {
  it('shows the key once, stores only its hash, and verifies it', async () => {
    const { id, key } = await identity.createApiKey(scope, { laCode: LA, urn: URN, name: 'Hope Primary MIS', scopes: ['registers:write', 'pupils:read'] });

    expect(key).toMatch(/^rk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const [stored] = (await db.ownerDataSource.query(`SELECT prefix, key_hash FROM api_key WHERE id = $1`, [id])) as { prefix: string; key_hash: string }[];
    expect(stored.key_hash).not.toContain(key.slice(16));
    expect(key.startsWith(`rk_${stored.prefix}_`)).toBe(true);
    expect(await identity.verifyApiKey(key)).toMatchObject({ id, laCode: LA, urn: URN, name: 'Hope Primary MIS', scopes: ['registers:write', 'pupils:read'] });
  });

  it('fails a tampered key, a malformed key and a revoked key', async () => {
    const { id, key } = await identity.createApiKey(scope, { laCode: LA, name: 'Casework system', scopes: ['casework:read'] });
    const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect(await identity.verifyApiKey(tampered)).toBeNull();
    expect(await identity.verifyApiKey('rk_nonsense')).toBeNull();

    await identity.revokeApiKey(scope, id);
    await identity.revokeApiKey(scope, id);
    expect(await identity.verifyApiKey(key)).toBeNull();
  });

  it('refuses unknown scopes, a key with no scopes and revoking a key that does not exist', async () => {
    const unknown = await refusalOf(identity.createApiKey(scope, { laCode: LA, name: 'X', scopes: ['everything' as never] }));
    expect(unknown.code).toBe('UNKNOWN_API_KEY_SCOPE');
    expect(unknown.message).toContain('registers:write, attendance:read, returns:write, pupils:read, casework:read');
    expect((await refusalOf(identity.createApiKey(scope, { laCode: LA, name: 'X', scopes: [] }))).code).toBe('INVALID_API_KEY');
    expect((await refusalOf(identity.revokeApiKey(scope, '00000000-0000-0000-0000-000000000000'))).code).toBe('UNKNOWN_API_KEY');
  });

  it('gives registers:write only to a school’s key: an LA-wide one is refused, by the service and by the database', async () => {
    const laWide = await refusalOf(identity.createApiKey(scope, { laCode: LA, name: 'Central MIS', scopes: ['attendance:read', 'registers:write'] }));
    expect(laWide).toMatchObject({ code: 'SCHOOL_REQUIRED_FOR_SCOPE', message: expect.stringContaining('choose the school (URN)') });
    await expect(
      db.ownerDataSource.query(`INSERT INTO api_key (la_code, name, prefix, key_hash, scopes) VALUES ($1, 'Central MIS', 'abcdefabcdef', 'x', ARRAY['registers:write'])`, [LA]),
    ).rejects.toThrow(/api_key_registers_write_check/);
    expect(await db.ownerDataSource.query(`SELECT name FROM api_key WHERE name = 'Central MIS'`)).toEqual([]);
  });
});
