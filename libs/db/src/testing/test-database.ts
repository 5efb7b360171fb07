import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appDatabaseUrl } from '../app-role';
import { createDataSource } from '../data-source';
import { withDatabase } from '../database-server';
import { adminQuery, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from './test-cluster';

export interface TestDatabase {
  /** Connection string of this test file's own database, as its owner. */
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own, cloned from the run's template in a fraction of a second. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!serverUrl || !template) {
    throw new Error(
      'No test database server: add globalSetup/globalTeardown from @rollcall/db/testing to this jest config',
    );
  }
  const name = `${template.replace(/_template$/, '')}_w${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(3).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface TestDataSourceHandle {
  /** The application's connection, as rollcall_app: row-level security applies, so services set their scope. */
  readonly dataSource: DataSource;
  /**
   * The owner's connection, every session scoped SYSTEM: for fixtures, for looking at what a service wrote and for
   * DDL. Never hand it to a service under test.
   */
  readonly ownerDataSource: DataSource;
  /** rollcall_app's connection string for this database. */
  readonly url: string;
  /** The owner's connection string for this database. */
  readonly ownerUrl: string;
}

/** The scope an owner's session starts with, so fixtures see every row even where the owner is no superuser. */
export const SYSTEM_SESSION = { 'rollcall.role': 'SYSTEM' } as const;

/**
 * Registers hooks giving the test file its own migrated database and two initialised data sources: the
 * application's (rollcall_app, under row-level security) and the owner's (for fixtures and assertions).
 */
export function useTestDataSource(): TestDataSourceHandle {
  let database: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  let ownerDataSource: DataSource | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: appDatabaseUrl(database.url), poolSize: 4, logErrors: false });
    ownerDataSource = createDataSource({ url: database.url, poolSize: 2, logErrors: false, settings: SYSTEM_SESSION });
    await dataSource.initialize();
    await ownerDataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await ownerDataSource?.destroy();
    await database?.drop();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The test ${what} is ready only inside tests and hooks`);
    return value;
  };
  return {
    get dataSource() {
      return ready(dataSource, 'data source');
    },
    get ownerDataSource() {
      return ready(ownerDataSource, 'owner data source');
    },
    get url() {
      return appDatabaseUrl(ready(database, 'database').url);
    },
    get ownerUrl() {
      return ready(database, 'database').url;
    },
  };
}
