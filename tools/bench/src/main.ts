import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureDatabase, freePort, startEmbeddedPostgres, withDatabase } from '@rollcall/db';
import { describeMachine } from './machine';
import { formatReport } from './report';
import { runBench } from './run-bench';

/**
 * npm run bench [-- --pupils 40000 --schools 60 --no-write]
 * On a throw-away embedded PostgreSQL (or a fresh database on the server in DATABASE_URL).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number): number => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const root = resolve(process.env['ROLLCALL_ROOT'] ?? process.cwd());
  const loadAtStart = loadavg()[0];
  const pupils = option('pupils', 40_000);
  const schools = option('schools', 60);

  let serverUrl = process.env['DATABASE_URL'];
  let stop = async (): Promise<void> => undefined;
  const dataDir = join(root, '.data', `bench-${process.pid}`);
  if (!serverUrl) {
    console.log('Starting a throw-away PostgreSQL for the benchmark…');
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    serverUrl = pg.url;
    stop = pg.stop;
  }
  const database = `rollcall_bench_${process.pid}`;
  await ensureDatabase(serverUrl, database);
  const cleanUp = async (): Promise<void> => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    const result = await runBench({
      databaseUrl: withDatabase(serverUrl, database),
      pupils,
      schools,
      academicYear: 2025,
      summaryRuns: 50,
      log: (line) => console.log(line),
    });
    const report = formatReport(result, describeMachine(result.postgresVersion, loadAtStart), new Date().toISOString().slice(0, 10));
    console.log(`\n${report}`);
    if (!args.includes('--no-write')) {
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
