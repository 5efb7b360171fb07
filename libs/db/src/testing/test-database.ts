import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { withDatabase } from '../database-server';
import { adminQuery, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from './test-cluster';

export interface TestDatabase {
  /** Connection string of this test file's own database. */
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
  readonly dataSource: DataSource;
  readonly url: string;
}

/** Registers hooks giving the test file its own migrated database and an initialised data source. */
export function useTestDataSource(): TestDataSourceHandle {
  let database: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 4, logErrors: false });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  return {
    get dataSource() {
      if (!dataSource) throw new Error('The test data source is ready only inside tests and hooks');
      return dataSource;
    },
    get url() {
      if (!database) throw new Error('The test database is ready only inside tests and hooks');
      return database.url;
    },
  };
}
