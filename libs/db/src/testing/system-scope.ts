import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in a transaction scoped SYSTEM, as Rollcall's own jobs are, so fixtures can write and read every
 * tenant through any connection, the application's (under row-level security) included.
 */
export async function withSystemScope<T>(ds: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(async (tx) => {
    await tx.query(`SELECT set_config('rollcall.role', 'SYSTEM', true), set_config('rollcall.la_code', '', true)`);
    return work(tx);
  });
}

/** One statement under SYSTEM scope (see `withSystemScope`). */
export async function systemQuery(ds: DataSource, sql: string, params: unknown[] = []): Promise<unknown> {
  return withSystemScope(ds, (tx) => tx.query(sql, params));
}
