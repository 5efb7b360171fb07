import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { enableAppRole, migrateAsOwner } from '../app-role';
import { freePort, withDatabase } from '../database-server';
import { startEmbeddedPostgres } from '../embedded-postgres';

/** Set by the global setup for the test workers (environment variables reach every worker). */
export const TEST_SERVER_URL_ENV = 'ROLLCALL_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'ROLLCALL_TEST_TEMPLATE';

const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export interface TestCluster {
  readonly serverUrl: string;
  readonly template: string;
  stop(): Promise<void>;
}

/**
 * One PostgreSQL per test run: the server named by `DATABASE_URL` if set, else an embedded throw-away
 * cluster under `.data/test/`. A template database is migrated once, as the owner; every test file clones it.
 */
export async function startTestCluster(): Promise<TestCluster> {
  const runId = `rt_${randomBytes(4).toString('hex')}`;
  let serverUrl = process.env['DATABASE_URL'];
  let stopServer = async (): Promise<void> => undefined;
  if (!serverUrl) {
    const running = await startEmbeddedPostgres({
      dataDir: join(WORKSPACE_ROOT, '.data', 'test', runId),
      port: await freePort(),
      persistent: false,
    });
    serverUrl = running.url;
    stopServer = running.stop;
  }
  const template = `${runId}_template`;
  await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
  await migrateAsOwner(withDatabase(serverUrl, template));
  // Services under test connect as rollcall_app (the migration creates it; roles belong to the whole server).
  await enableAppRole(serverUrl);
  const url = serverUrl;
  return {
    serverUrl: url,
    template,
    stop: async () => {
      await dropDatabasesOfRun(url, runId);
      await stopServer();
    },
  };
}

export async function adminQuery(serverUrl: string, sql: string, params: unknown[] = []): Promise<unknown[]> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function dropDatabasesOfRun(serverUrl: string, runId: string): Promise<void> {
  const rows = (await adminQuery(serverUrl, `SELECT datname FROM pg_database WHERE datname LIKE $1`, [
    `${runId}\\_%`,
  ])) as { datname: string }[];
  for (const { datname } of rows) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
