import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { enableAppRole, ensureDatabase, freePort, migrateAsOwner, startEmbeddedPostgres, withDatabase } from '@rollcall/db';
import { Client } from 'pg';
import { runApiBench } from './api-bench';
import { parseBenchOptions } from './bench-options';
import { describeMachine } from './machine';
import { formatReport } from './report';
import { runIngestBench } from './run-bench';
import { syntheticLa } from './synthetic-la';

/**
 * npm run bench [-- --only ingest|api --pupils 40000 --schools 60 --submit-seconds 300 --profile --no-write]
 * On a throw-away embedded PostgreSQL (or a fresh database on the server in DATABASE_URL). See tools/bench/README.md.
 */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const root = resolve(process.env['ROLLCALL_ROOT'] ?? process.cwd());
  const loadAtStart = loadavg()[0];

  let serverUrl = process.env['DATABASE_URL'];
  let postmasterPid: number | undefined;
  let stop = async (): Promise<void> => undefined;
  const dataDir = join(root, '.data', `bench-${process.pid}`);
  if (!serverUrl) {
    console.log('Starting a throw-away PostgreSQL for the benchmark…');
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    serverUrl = pg.url;
    stop = pg.stop;
    // Its backends' processor time is read in the API part (the first line of postmaster.pid is the server's pid).
    postmasterPid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  }
  const database = `rollcall_bench_${process.pid}`;
  await ensureDatabase(serverUrl, database);
  const cleanUp = async (): Promise<void> => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    const ownerUrl = withDatabase(serverUrl, database);
    // As production: the owner migrates; the product runs as rollcall_app, under row-level security (docs/0006).
    await migrateAsOwner(ownerUrl);
    const appUrl = await enableAppRole(ownerUrl);
    const postgresVersion = await serverVersion(ownerUrl);
    const la = syntheticLa({ pupils: options.pupils, schools: options.schools, academicYear: 2025 });
    const log = (line: string): void => console.log(line);
    const ingest = options.parts.includes('ingest') ? await runIngestBench({ ownerUrl, appUrl, la, summaryRuns: 50, log }) : undefined;
    const api = options.parts.includes('api')
      ? await runApiBench({
          root,
          ownerUrl,
          appUrl,
          laCode: la.laCode,
          academicYear: la.academicYear,
          sessions: la.sessions,
          connections: options.connections,
          querySeconds: options.querySeconds,
          submitSeconds: options.submitSeconds,
          warmUpSeconds: options.warmUpSeconds,
          profile: options.profile,
          postmasterPid,
          log,
        })
      : undefined;
    const report = formatReport({ ingest, api }, describeMachine(postgresVersion, loadAtStart), new Date().toISOString().slice(0, 10));
    console.log(`\n${report}`);
    if (options.write) {
      const file = join(root, 'docs', 'benchmarks.md');
      mkdirSync(join(root, 'docs'), { recursive: true });
      const header = '# Benchmarks\n\nWritten by `npm run bench` (tools/bench). Each run is measured against raw baselines on the same machine.\n\n';
      let previous = '';
      try {
        previous = readFileSync(file, 'utf8').replace(header, '');
      } catch {
        previous = '';
      }
      writeFileSync(file, `${header}${report}\n${previous}`);
      console.log(`Written to ${file}`);
    }
  } finally {
    await cleanUp();
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
    return `PostgreSQL ${rows[0].version}`;
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
