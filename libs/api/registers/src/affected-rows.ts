import { EntityManager } from 'typeorm';

/** Runs an INSERT, UPDATE or DELETE in the transaction and returns the rows it affected (no RETURNING needed). */
export async function affectedRows(tx: EntityManager, sql: string, params: readonly unknown[] = []): Promise<number> {
  const runner = tx.queryRunner;
  if (!runner) throw new Error('Register writes must run inside a transaction (inTransaction)');
  const result = await runner.query(sql, [...params], true);
  return result.affected ?? 0;
}
