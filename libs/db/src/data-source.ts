import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// School life runs on calendar dates: a `date` column is read as its 'YYYY-MM-DD' text, never turned into a
// JavaScript Date at local midnight (which drifts across time zones).
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value: string) => value);

export interface DataSourceOptions {
  readonly url: string;
  readonly poolSize?: number;
  readonly applicationName?: string;
  /** Log failed queries (the server does; tests that expect refusals need not). */
  readonly logErrors?: boolean;
  /** Settings every connection starts with (`-c name=value`), e.g. a session-wide scope for test fixtures. */
  readonly settings?: Readonly<Record<string, string>>;
}

/**
 * Planner settings every Rollcall connection starts with. `random_page_cost` 1.1 rather than PostgreSQL's 4 (which
 * assumes spinning disks): under row-level security the planner cannot see how few rows a school's scope reaches, and
 * at 4 it priced a class register's 30 index lookups above a scan of the whole LA's pupils and marks (7.7 ms against
 * 3.0 ms on a 12,600-pupil LA, a gap that grows with the LA; docs/0006-row-level-security.md).
 */
export const PLANNER_SETTINGS: Readonly<Record<string, string>> = { random_page_cost: '1.1' };

/** TypeORM data source over PostgreSQL. Schema changes only through migrations, never `synchronize`. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.logErrors === false ? false : ['error'],
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'rollcall',
      options: startupOptions({ ...PLANNER_SETTINGS, ...options.settings }),
    },
  });
}

/** Applies every pending migration; returns the names of those it ran. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}

function startupOptions(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value.replace(/[\\ ]/g, (c) => `\\${c}`)}`)
    .join(' ');
}
