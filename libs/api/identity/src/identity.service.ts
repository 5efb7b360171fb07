import { Refusal, Role, Scope, inTransaction, writeAudit } from '@rollcall/api-core';
// @node-rs/argon2 hashes with argon2id by default (OWASP's recommended parameters).
import { hash as argon2idHash, verify as argon2Verify } from '@node-rs/argon2';
import { DataSource, EntityManager } from 'typeorm';
import { ApiKeyScope, API_KEY_SCOPES, isApiKeyScope } from './api-key-scopes';
import { apiKeyMatches, apiKeyPrefix, newApiKeySecret } from './api-key-secret';
import { checkPasswordPolicy } from './password-policy';

/** The roles a person can be granted (SYSTEM is Rollcall's own). */
export type GrantableRole = Exclude<Role, 'SYSTEM'>;
export const GRANTABLE_ROLES: readonly GrantableRole[] = ['SCHOOL_STAFF', 'LA_OFFICER', 'LA_ADMIN', 'VIRTUAL_SCHOOL', 'PARENT'];

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
}

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
}

export interface RoleGrantInput {
  readonly userId: string;
  readonly role: GrantableRole;
  readonly laCode: string;
  /** Required for SCHOOL_STAFF, and only for them. */
  readonly urn?: number;
  /** Required for PARENT (their parent record in the LA), and only for them. */
  readonly parentId?: string;
}

export interface NewApiKey {
  readonly laCode: string;
  /** A school's key (an MIS integration); omit for an LA-wide key. */
  readonly urn?: number;
  readonly name: string;
  readonly scopes: readonly ApiKeyScope[];
}

export interface ApiKeyRecord {
  readonly id: string;
  readonly laCode: string;
  readonly urn: number | null;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly ApiKeyScope[];
  readonly createdAt: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BIGINT = /^[1-9]\d{0,18}$/;

/** Users, their role grants, and API keys for third parties. */
export class IdentityService {
  /** Verified against when the email is unknown, so a miss takes as long as a wrong password. */
  private decoyHash: Promise<string> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  async createUser(scope: Scope, input: NewUser): Promise<UserRecord> {
    mayAdminister(scope, undefined);
    const email = normaliseEmail(input.email);
    const displayName = typeof input.displayName === 'string' ? input.displayName.trim() : '';
    if (displayName === '') throw new Refusal('INVALID_USER', 'Enter the name the person is known by', { field: 'displayName' });
    checkPasswordPolicy(input.password);
    const passwordHash = await argon2idHash(input.password);
    return inTransaction(this.dataSource, scope, async (tx) => {
      const rows = (await tx.query(
        `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO NOTHING RETURNING id::text AS id`,
        [email, displayName, passwordHash],
      )) as { id: string }[];
      if (rows.length === 0) throw new Refusal('EMAIL_IN_USE', `There is already a user with the email ${email}.`, { email, field: 'email' });
      // Users belong to no LA until granted a role; the administrator's LA records that it created one.
      if (scope.laCode) await writeAudit(tx, scope, [{ laCode: scope.laCode, action: 'CREATE', entity: 'User', entityId: rows[0].id }]);
      return { id: rows[0].id, email, displayName };
    });
  }

  /** Grants a role (idempotent: the same grant twice returns the first one's id). */
  async grantRole(scope: Scope, input: RoleGrantInput): Promise<{ id: string }> {
    checkRoleShape(input);
    mayAdminister(scope, input.laCode);
    return inTransaction(this.dataSource, scope, async (tx) => {
      await checkRoleReferences(tx, input);
      const existing = (await tx.query(
        `SELECT id::text AS id FROM role_grant
          WHERE user_id = $1 AND role = $2 AND la_code = $3 AND urn IS NOT DISTINCT FROM $4 AND parent_id IS NOT DISTINCT FROM $5`,
        [input.userId, input.role, input.laCode, input.urn ?? null, input.parentId ?? null],
      )) as { id: string }[];
      if (existing.length > 0) return { id: existing[0].id };
      const rows = (await tx.query(
        `INSERT INTO role_grant (user_id, role, la_code, urn, parent_id) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
        [input.userId, input.role, input.laCode, input.urn ?? null, input.parentId ?? null],
      )) as { id: string }[];
      await writeAudit(tx, scope, [{ laCode: input.laCode, action: 'CREATE', entity: 'RoleGrant', entityId: rows[0].id }]);
      return { id: rows[0].id };
    });
  }

  /** The user's id when the password is theirs and the account is enabled; otherwise null (no hint which failed). */
  async verifyPassword(email: string, password: string): Promise<string | null> {
    if (typeof email !== 'string' || typeof password !== 'string') return null;
    const rows = (await this.dataSource.query(
      `SELECT id::text AS id, password_hash, disabled_at FROM app_user WHERE email = $1`,
      [email.trim().toLowerCase()],
    )) as { id: string; password_hash: string | null; disabled_at: Date | null }[];
    const user = rows[0];
    const hash = user?.password_hash ?? (await this.decoy());
    const matches = await argon2Verify(hash, password).catch(() => false);
    return matches && user && user.password_hash !== null && user.disabled_at === null ? user.id : null;
  }

  /** Creates a key; `key` is returned this once and only its hash is kept. */
  async createApiKey(scope: Scope, input: NewApiKey): Promise<{ id: string; key: string }> {
    mayAdminister(scope, input.laCode);
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (name === '') throw new Refusal('INVALID_API_KEY', 'Name the key after the system that will use it', { field: 'name' });
    if (!Array.isArray(input.scopes) || input.scopes.length === 0) {
      throw new Refusal('INVALID_API_KEY', `Give the key at least one scope: ${API_KEY_SCOPES.join(', ')}`, { field: 'scopes' });
    }
    const unknown = input.scopes.filter((s) => !isApiKeyScope(s));
    if (unknown.length > 0) {
      throw new Refusal('UNKNOWN_API_KEY_SCOPE', `Unknown scope ${unknown.join(', ')}; known scopes are ${API_KEY_SCOPES.join(', ')}`, {
        unknown,
        known: API_KEY_SCOPES,
      });
    }
    // A school's registers are taken by its own staff and its own MIS: a key that writes them names its school.
    if (input.scopes.includes('registers:write') && input.urn === undefined) {
      throw new Refusal('SCHOOL_REQUIRED_FOR_SCOPE', 'A key with registers:write is for one school’s MIS: choose the school (URN) whose registers it will write.', {
        field: 'urn',
      });
    }
    const secret = newApiKeySecret();
    return inTransaction(this.dataSource, scope, async (tx) => {
      await checkLaAndSchool(tx, input.laCode, input.urn);
      const rows = (await tx.query(
        `INSERT INTO api_key (la_code, urn, name, prefix, key_hash, scopes) VALUES ($1, $2, $3, $4, $5, $6::text[])
         RETURNING id::text AS id`,
        [input.laCode, input.urn ?? null, name, secret.prefix, secret.hash, [...new Set(input.scopes)]],
      )) as { id: string }[];
      await writeAudit(tx, scope, [{ laCode: input.laCode, action: 'CREATE', entity: 'ApiKey', entityId: rows[0].id }]);
      return { id: rows[0].id, key: secret.key };
    });
  }

  /** The key's record when it is genuine and not revoked; otherwise null. */
  async verifyApiKey(key: string): Promise<ApiKeyRecord | null> {
    const prefix = apiKeyPrefix(key);
    if (prefix === undefined) return null;
    const rows = (await this.dataSource.query(
      `SELECT id::text AS id, la_code, urn, name, prefix, key_hash, scopes, created_at
         FROM api_key WHERE prefix = $1 AND revoked_at IS NULL`,
      [prefix],
    )) as { id: string; la_code: string; urn: number | null; name: string; prefix: string; key_hash: string; scopes: ApiKeyScope[]; created_at: Date }[];
    const row = rows[0];
    if (!row || !apiKeyMatches(key, row.key_hash)) return null;
    return { id: row.id, laCode: row.la_code, urn: row.urn, name: row.name, prefix: row.prefix, scopes: row.scopes, createdAt: row.created_at };
  }

  /** Revokes a key at once; revoking it again changes nothing. */
  async revokeApiKey(scope: Scope, id: string): Promise<void> {
    await inTransaction(this.dataSource, scope, async (tx) => {
      const rows = UUID.test(id)
        ? ((await tx.query(`SELECT la_code FROM api_key WHERE id = $1 FOR UPDATE`, [id])) as { la_code: string }[])
        : [];
      if (rows.length === 0) throw new Refusal('UNKNOWN_API_KEY', `There is no API key with id ${id}.`, { id, field: 'id' });
      mayAdminister(scope, rows[0].la_code);
      const [{ n }] = (await tx.query(
        `WITH revoked AS (UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING 1) SELECT count(*)::int AS n FROM revoked`,
        [id],
      )) as { n: number }[];
      if (n > 0) await writeAudit(tx, scope, [{ laCode: rows[0].la_code, action: 'UPDATE', entity: 'ApiKey', entityId: id }]);
    });
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= argon2idHash(newApiKeySecret().key);
    return this.decoyHash;
  }
}

function normaliseEmail(raw: string): string {
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!EMAIL.test(email)) throw new Refusal('INVALID_EMAIL', `Enter an email address in the right format, like name@example.org`, { email, field: 'email' });
  return email;
}

/** LA administrators manage their own LA's users and keys; Rollcall's own jobs manage any. */
function mayAdminister(scope: Scope, laCode: string | undefined): void {
  if (scope.role === 'SYSTEM') return;
  if (scope.role === 'LA_ADMIN' && (laCode === undefined || scope.laCode === laCode)) return;
  throw new Refusal('NOT_PERMITTED', laCode ? `Only an administrator of LA ${laCode} can do this.` : 'Only an LA administrator can do this.');
}

/** Mirrors role_grant's CHECKs: a URN exactly for school staff, a parent record exactly for parents. */
function checkRoleShape(input: RoleGrantInput): void {
  if (!GRANTABLE_ROLES.includes(input.role)) {
    throw new Refusal('UNKNOWN_ROLE', `Role "${input.role}" is not one of ${GRANTABLE_ROLES.join(', ')}.`, { role: input.role });
  }
  if (input.role === 'SCHOOL_STAFF' && input.urn === undefined) {
    throw new Refusal('SCHOOL_STAFF_NEEDS_URN', 'A school staff role must name the school (URN) the person works at.', { field: 'urn' });
  }
  if (input.role !== 'SCHOOL_STAFF' && input.urn !== undefined) {
    throw new Refusal('URN_ONLY_FOR_SCHOOL_STAFF', `A ${input.role} role covers the whole LA; leave out the school (URN).`, { field: 'urn' });
  }
  if (input.role === 'PARENT' && input.parentId === undefined) {
    throw new Refusal('PARENT_NEEDS_PARENT_ID', "A parent role must name the parent's record.", { field: 'parentId' });
  }
  if (input.role !== 'PARENT' && input.parentId !== undefined) {
    throw new Refusal('PARENT_ID_ONLY_FOR_PARENT', `Only a PARENT role names a parent record; leave it out for ${input.role}.`, {
      field: 'parentId',
    });
  }
  if (input.parentId !== undefined && !BIGINT.test(input.parentId)) {
    throw new Refusal('UNKNOWN_PARENT', `There is no parent record ${input.parentId}.`, { field: 'parentId' });
  }
}

async function checkRoleReferences(tx: EntityManager, input: RoleGrantInput): Promise<void> {
  const users = UUID.test(input.userId)
    ? ((await tx.query(`SELECT 1 FROM app_user WHERE id = $1`, [input.userId])) as unknown[])
    : [];
  if (users.length === 0) throw new Refusal('UNKNOWN_USER', `There is no user with id ${input.userId}.`, { field: 'userId' });
  await checkLaAndSchool(tx, input.laCode, input.urn);
  if (input.parentId !== undefined) {
    const parents = (await tx.query(`SELECT user_id::text AS user_id FROM parent WHERE la_code = $1 AND id = $2 FOR UPDATE`, [
      input.laCode,
      input.parentId,
    ])) as { user_id: string | null }[];
    if (parents.length === 0) {
      throw new Refusal('UNKNOWN_PARENT', `LA ${input.laCode} holds no parent record ${input.parentId}.`, { field: 'parentId' });
    }
    if (parents[0].user_id !== null && parents[0].user_id !== input.userId) {
      throw new Refusal('PARENT_LINKED_TO_ANOTHER_USER', `Parent record ${input.parentId} already belongs to another user.`, {
        field: 'parentId',
      });
    }
    await tx.query(`UPDATE parent SET user_id = $3 WHERE la_code = $1 AND id = $2`, [input.laCode, input.parentId, input.userId]);
  }
}

async function checkLaAndSchool(tx: EntityManager, laCode: string, urn: number | undefined): Promise<void> {
  const las = /^\d{3}$/.test(laCode ?? '') ? ((await tx.query(`SELECT 1 FROM local_authority WHERE la_code = $1`, [laCode])) as unknown[]) : [];
  if (las.length === 0) throw new Refusal('UNKNOWN_LOCAL_AUTHORITY', `Local authority ${laCode} is not set up in Rollcall.`, { field: 'laCode' });
  if (urn === undefined) return;
  const schools = Number.isInteger(urn) ? ((await tx.query(`SELECT la_code FROM school WHERE urn = $1`, [urn])) as { la_code: string }[]) : [];
  if (schools.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `There is no school with URN ${urn}.`, { field: 'urn' });
  if (schools[0].la_code !== laCode) {
    throw new Refusal('SCHOOL_NOT_IN_LA', `School ${urn} is in LA ${schools[0].la_code}, not LA ${laCode}.`, { field: 'urn' });
  }
}
