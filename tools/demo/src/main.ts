import 'reflect-metadata';
import { resolve } from 'node:path';
import { todayInEngland } from '@rollcall/api-pupils';
import { appDatabaseUrl, createDataSource, enableAppRole, migrate, openDatabaseServer } from '@rollcall/db';
import { DEMO_USAGE, parseDemoArgs } from './demo-args';
import { describeDemoSignIns } from './demo-sign-ins';
import { loadDemo } from './load-demo';

function listOf(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The demo CLI: the only reader of the environment and the clock in tools/demo. */
async function main(): Promise<number> {
  const log = (message: string): void => console.log(message);
  let args;
  try {
    args = parseDemoArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  if (args.help) {
    log(DEMO_USAGE);
    return 0;
  }
  const root = resolve(process.env['ROLLCALL_ROOT'] ?? process.cwd());
  const port = Number(process.env['ROLLCALL_PG_PORT'] || 54329);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`ROLLCALL_PG_PORT must be a port number from 0 to 65535, not "${process.env['ROLLCALL_PG_PORT']}"`);
    return 2;
  }
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  // Where `npm start` will serve the portals, for the sign-in list (the API reads the same PORT).
  const portalBase = `http://localhost:${process.env['PORT'] || 4000}`;
  const dataDir = resolve(root, process.env['ROLLCALL_DATA_DIR'] ?? '.data');
  const today = args.today ?? todayInEngland();

  const database = await openDatabaseServer({ databaseUrl, dataDir, port });
  const dataSource = createDataSource({ url: database.url, applicationName: 'rollcall-demo', poolSize: 1 });
  // The demo loads through the services as the API runs them: as rollcall_app, under row-level security (docs/0006).
  const app = createDataSource({ url: appDatabaseUrl(database.url), applicationName: 'rollcall-demo', poolSize: 8 });
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (app.isInitialized) await app.destroy();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  };
  const onSignal = (): void => {
    if (stopping) return;
    stopping = true;
    log('\nStopping the demo load; the database may be part-loaded (run with --reset to start again).');
    void stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    await dataSource.initialize();
    if (args.reset) {
      log('Emptying the database (--reset)');
      await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    }
    await migrate(dataSource);
    await enableAppRole(database.url);
    await app.initialize();
    if (args.ifEmpty) {
      const held = (await app.query(`SELECT count(*)::int AS n FROM local_authority`)) as { n: number }[];
      if (held[0].n > 0) {
        log(`The database already holds ${held[0].n} local authorit${held[0].n === 1 ? 'y' : 'ies'}; the demo is not loaded again.`);
        for (const line of describeDemoSignIns(portalBase)) log(line);
        return 0;
      }
    }
    log(`Loading the demo local authority: ${args.pupils} pupils, seed ${args.seed}, as at ${today}`);
    const started = performance.now();
    const report = await loadDemo(app, { seed: args.seed, pupils: args.pupils, today, log });
    const seconds = (performance.now() - started) / 1000;
    log(`\nLoaded ${report.laName} (${report.laCode}) in ${seconds.toFixed(1)} s: ${report.schools} schools, ${report.pupils} pupils, ${report.marks} marks`);
    log(`  ${report.timings.map((t) => `${t.step} ${t.seconds} s`).join('; ')}`);
    for (const line of describeDemoSignIns(portalBase)) log(line);
    for (const s of report.signIns.filter((x) => x.children)) log(`  ${s.email} is ${s.displayName}, parent of ${listOf(s.children ?? [])}`);
    log(`\nThird-party API key "${report.apiKey.name}" (${report.apiKey.scopes.join(', ')}), shown only this once:`);
    log(`  ${report.apiKey.key}`);
    return 0;
  } catch (error) {
    console.error('The demo could not be loaded:', error instanceof Error ? error.message : error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    return 1;
  } finally {
    if (!stopping) await stop();
  }
}

void main().then((code) => process.exit(code));
