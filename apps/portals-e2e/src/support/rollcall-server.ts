import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export interface StartedRollcall {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the built Rollcall exactly as `npm start` runs it (dist/server + dist/apps), on free ports, with
 * its own embedded PostgreSQL under .data/ — or its own database on the server in DATABASE_URL.
 */
export async function startRollcall(): Promise<StartedRollcall> {
  const id = randomBytes(4).toString('hex');
  const port = await freePort();
  const dataDir = join(WORKSPACE_ROOT, '.data', `e2e-${id}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    ROLLCALL_ROOT: WORKSPACE_ROOT,
    ROLLCALL_DATA_DIR: dataDir,
    ROLLCALL_PG_PORT: String(await freePort()),
  };
  let dropDatabase = async (): Promise<void> => undefined;
  if (process.env['DATABASE_URL']) {
    const name = `rollcall_e2e_${id}`;
    await adminQuery(process.env['DATABASE_URL'], `CREATE DATABASE ${name}`);
    const url = new URL(process.env['DATABASE_URL']);
    url.pathname = `/${name}`;
    env['DATABASE_URL'] = url.toString();
    dropDatabase = () => adminQuery(process.env['DATABASE_URL'] as string, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  const output: string[] = [];
  const child = spawn(process.execPath, [join(WORKSPACE_ROOT, 'dist/server/apps/api/src/main.js')], {
    cwd: WORKSPACE_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${baseUrl}/readyz`, child, output);

  return {
    baseUrl,
    stop: async () => {
      await stopProcess(child);
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Rollcall exited before it was ready:\n${output.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`Rollcall was not ready within 90 seconds:\n${output.join('')}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
