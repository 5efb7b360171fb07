import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  /** Connection string for the application's database. */
  readonly url: string;
  /** True when Rollcall started the server itself (embedded) and so must stop it. */
  readonly embedded: boolean;
  stop(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** An external server's connection string; when absent an embedded PostgreSQL is started. */
  readonly databaseUrl?: string;
  /** Where the embedded cluster keeps its files (the ignored `.data/` folder). */
  readonly dataDir: string;
  readonly port: number;
  readonly databaseName?: string;
  readonly log?: (message: string) => void;
}

/** With `DATABASE_URL` use that server; otherwise start (and later stop) the embedded one. */
export async function openDatabaseServer(options: OpenDatabaseOptions): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const running = await startEmbeddedPostgres({
    dataDir: join(options.dataDir, 'postgres'),
    port: options.port,
    persistent: true,
    log: options.log,
  });
  const name = options.databaseName ?? 'rollcall';
  await ensureDatabase(running.url, name);
  return { url: withDatabase(running.url, name), embedded: true, stop: running.stop };
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A TCP port nothing is listening on, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
