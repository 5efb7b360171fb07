import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { ensureDatabase, withDatabase } from '@rollcall/db';
import { TEST_SERVER_URL_ENV, adminQuery } from '@rollcall/db/testing';

const ROOT = resolve(__dirname, '../../../..');

export interface RunningRollcall {
  /** The API's GraphQL endpoint. */
  readonly url: string;
  /** The demo's school API key (registers:write, attendance:read, pupils:read), as `npm start` prints it. */
  readonly demoApiKey: string;
  /** The database's owner connection, for tests that set up more (e.g. another API key). */
  readonly ownerUrl: string;
  stop(): Promise<void>;
}

function runToEnd(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(ROOT, script), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`${script} exited ${code}:\n${out}`))));
  });
}

function startUntil(script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(ROOT, script)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) resolvePromise({ child, match });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${script} exited ${code} before it was ready:\n${out}`)));
  });
}

/**
 * The real thing, as `npm start` runs it: the demo LA loaded by its CLI into a fresh database on the test
 * cluster, then the built API server on a free port. Needs `npx nx build api` (the test target depends on it).
 */
export async function startRollcall(options: { pupils: number }): Promise<RunningRollcall> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  if (!serverUrl) throw new Error('No test database server: this jest config needs the db global setup');
  const name = `sdk_examples_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  const ownerUrl = withDatabase(serverUrl, name);
  const env = { ...process.env, DATABASE_URL: ownerUrl, ROLLCALL_ROOT: ROOT, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' };

  const demo = await runToEnd('dist/server/tools/demo/src/main.js', ['--pupils', String(options.pupils)], env);
  const key = /^\s+(rk_\S+)\s*$/m.exec(demo)?.[1];
  if (!key) throw new Error(`The demo printed no API key:\n${demo}`);

  const { child, match } = await startUntil('dist/server/apps/api/src/main.js', env, /Rollcall is running at (http:\/\/\S+?)\/\s/);
  return {
    url: `${match[1]}/graphql`,
    demoApiKey: key,
    ownerUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
