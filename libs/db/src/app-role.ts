import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, migrate } from './data-source';

/**
 * The role the application connects as (docs/0006-row-level-security.md): it owns no table, is no superuser and
 * cannot bypass row-level security. The migration creates it; migrations themselves run as the owner.
 */
export const APP_ROLE = 'rollcall_app';

/**
 * rollcall_app's password, derived from the owner's credentials: every process using the same server (the API,
 * the demo loader, each test worker) arrives at the same one without a setting of its own, and nobody who lacks
 * the owner's password can work it out.
 */
export function appRolePassword(ownerUrl: string): string {
  const owner = new URL(ownerUrl);
  return createHash('sha256')
    .update(`${APP_ROLE}\u0000${decodeURIComponent(owner.username)}\u0000${decodeURIComponent(owner.password)}`)
    .digest('base64url');
}

/** The owner's connection string with rollcall_app (and its derived password) in place of the owner. */
export function appDatabaseUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appRolePassword(ownerUrl);
  return url.toString();
}

/**
 * Makes sure rollcall_app can sign in with its derived password (setting it, as the owner, when it cannot yet) and
 * returns the connection string to use. Run after the migrations, which create the role.
 */
export async function enableAppRole(ownerUrl: string): Promise<string> {
  const appUrl = appDatabaseUrl(ownerUrl);
  if (await canConnect(appUrl)) return appUrl;
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const found = await owner.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    if (found.rowCount === 0) throw new Error(`The role ${APP_ROLE} does not exist yet: run the migrations first`);
    await owner.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD ${owner.escapeLiteral(appRolePassword(ownerUrl))}`);
  } finally {
    await owner.end();
  }
  return appUrl;
}

/** Applies every pending migration as the owner, over a connection of its own; returns the names of those it ran. */
export async function migrateAsOwner(ownerUrl: string): Promise<string[]> {
  const owner = createDataSource({ url: ownerUrl, poolSize: 1, applicationName: 'rollcall-migrate' });
  await owner.initialize();
  try {
    return await migrate(owner);
  } finally {
    await owner.destroy();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
