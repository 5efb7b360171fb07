import 'reflect-metadata';
import { resolve } from 'node:path';
import { appDatabaseUrl, createDataSource, enableAppRole, migrateAsOwner, openDatabaseServer } from '@rollcall/db';
import { loadConfig } from './config';
import { loadTrustedDocuments } from './graphql/trusted-documents';
import { createHttpServer, PORTALS } from './server';

const WORKSPACE_ROOT = process.env['ROLLCALL_ROOT'] ?? process.cwd();

async function main(): Promise<void> {
  const config = loadConfig(process.env, resolve(WORKSPACE_ROOT));
  const log = (message: string): void => console.log(message);

  log(config.databaseUrl ? 'Using the PostgreSQL server in DATABASE_URL' : `Starting the embedded PostgreSQL (${config.dataDir})`);
  const database = await openDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
  });
  // Migrations run as the owner; the API serves as rollcall_app, under row-level security (docs/0006).
  const dataSource = createDataSource({ url: config.appDatabaseUrl ?? appDatabaseUrl(database.url), applicationName: 'rollcall-api' });
  let http: Awaited<ReturnType<typeof createHttpServer>> | undefined;

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal} received: finishing requests and shutting down`);
    await http?.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    log('Stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', (s) => void shutdown(s));
  process.on('SIGTERM', (s) => void shutdown(s));

  try {
    const ran = await migrateAsOwner(database.url);
    if (!config.appDatabaseUrl) await enableAppRole(database.url);
    await dataSource.initialize();
    log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date');
    http = await createHttpServer({
      dataSource,
      portalsDir: config.portalsDir,
      production: config.production,
      trustedDocuments: loadTrustedDocuments(config.trustedDocumentsFile),
    });
    const port = await http.listen(config.port, config.host);
    const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    log(`\nRollcall is running at ${base}/`);
    for (const portal of PORTALS) log(`  ${portal.title.padEnd(28)} ${base}/${portal.path}/`);
    log(`  ${'GraphQL API'.padEnd(28)} ${base}/graphql`);
    log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error('Rollcall could not start:', error instanceof Error ? error.message : error);
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    process.exit(1);
  }
}

void main();
