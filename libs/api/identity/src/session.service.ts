import { createHash, randomBytes } from 'node:crypto';
import { Principal, Refusal, Role, Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { GrantableRole, IdentityService } from './identity.service';

/** How long a portal sign-in lasts before the person signs in again. */
export const SESSION_HOURS = 12;

/** Which portal someone signs in to, and the roles that portal accepts (most powerful first). */
export const PORTAL_ROLES = {
  SCHOOL: ['SCHOOL_STAFF'],
  LA: ['LA_ADMIN', 'LA_OFFICER'],
  VIRTUAL_SCHOOL: ['VIRTUAL_SCHOOL'],
  PARENT: ['PARENT'],
} as const satisfies Record<string, readonly GrantableRole[]>;
export type Portal = keyof typeof PORTAL_ROLES;

export interface SessionStarted {
  readonly token: string;
  readonly expiresAt: Date;
  readonly principal: Principal;
  readonly displayName: string;
}

interface GrantRow {
  role: GrantableRole;
  la_code: string;
  urn: number | null;
  parent_id: string | null;
}

const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Portal sessions: sign in with a password, resolve the cookie to a scope on each request, sign out. */
export class SessionService {
  private readonly identity: IdentityService;

  constructor(private readonly dataSource: DataSource) {
    this.identity = new IdentityService(dataSource);
  }

  /** Signs in to a portal; the same refusal whether the email, the password or the role is wrong for it. */
  async signIn(email: string, password: string, portal: Portal): Promise<SessionStarted> {
    const userId = await this.identity.verifyPassword(email, password);
    const refused = new Refusal('SIGN_IN_FAILED', 'Enter the email address and password of an account that can use this service.');
    if (!userId) throw refused;
    const grants = await this.grantsOf(userId);
    const role = PORTAL_ROLES[portal].find((r) => grants.some((g) => g.role === r));
    if (!role) throw refused;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    const rows = (await inTransaction(this.dataSource, systemScope(systemActor('sign-in')), async (tx) => {
      await tx.query(`INSERT INTO user_session (token_hash, user_id, role, expires_at) VALUES ($1, $2, $3, $4)`, [
        hashToken(token),
        userId,
        role,
        expiresAt,
      ]);
      return tx.query(`SELECT email, display_name FROM app_user WHERE id = $1`, [userId]);
    })) as { email: string; display_name: string }[];
    const principal = principalFrom(userId, rows[0]?.email ?? userId, role, grants);
    return { token, expiresAt, principal, displayName: rows[0]?.display_name ?? '' };
  }

  /** The principal for a session cookie, or undefined when it is unknown, ended, expired or its grants are gone. */
  async principalFor(token: string): Promise<Principal | undefined> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) return undefined;
    // One statement, outside any transaction, for the session and its role's grants: every signed-in request starts
    // with it (a function of the scope role's, since the grants are under row-level security).
    const rows = (await this.dataSource.query(`SELECT * FROM rollcall_session_principal($1)`, [hashToken(token)])) as (GrantRow & {
      user_id: string;
      email: string;
    })[];
    const session = rows[0];
    if (!session) return undefined;
    return principalFrom(session.user_id, session.email, session.role, rows);
  }

  /** Ends the session; ending it again changes nothing. */
  async signOut(token: string): Promise<void> {
    await inTransaction(this.dataSource, systemScope(systemActor('sign-out')), (tx) =>
      tx.query(`UPDATE user_session SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL`, [hashToken(token)]),
    );
  }

  /** The principal for a third party's API key, or undefined when the key is not genuine or revoked. */
  async principalForApiKey(key: string): Promise<Principal | undefined> {
    const record = await this.identity.verifyApiKey(key);
    if (!record) return undefined;
    const actor = { kind: 'API_KEY' as const, id: record.id, label: `api-key:${record.prefix} (${record.name})` };
    // A school's key (an MIS) acts for that school; an LA-wide key (social care, another system) for the LA.
    const scope: Scope =
      record.urn === null
        ? { actor, role: 'LA_OFFICER', laCode: record.laCode }
        : { actor, role: 'SCHOOL_STAFF', laCode: record.laCode, urns: [record.urn] };
    return { scope, apiKey: { id: record.id, scopes: record.scopes } };
  }

  private async grantsOf(userId: string): Promise<GrantRow[]> {
    return (await inTransaction(this.dataSource, systemScope(systemActor('session')), (tx) =>
      tx.query(`SELECT role, la_code, urn, parent_id::text AS parent_id FROM role_grant WHERE user_id = $1 ORDER BY id`, [userId]),
    )) as GrantRow[];
  }
}

function principalFrom(userId: string, email: string, role: Role, grants: readonly GrantRow[]): Principal {
  const mine = grants.filter((g) => g.role === role);
  const laCode = mine[0]?.la_code;
  const actor = { kind: 'USER' as const, id: userId, label: email };
  const sameLa = mine.filter((g) => g.la_code === laCode);
  const scope: Scope = {
    actor,
    role,
    laCode,
    urns: role === 'SCHOOL_STAFF' ? sameLa.flatMap((g) => (g.urn === null ? [] : [g.urn])) : undefined,
    parentIds: role === 'PARENT' ? sameLa.flatMap((g) => (g.parent_id === null ? [] : [g.parent_id])) : undefined,
  };
  return { scope, userId };
}
