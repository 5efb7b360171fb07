import { DataSource, EntityManager } from 'typeorm';
import { Scope } from './scope';

/**
 * A service method's unit of work: one transaction, with the request's scope set at its start
 * (`SET LOCAL`, so it ends with the transaction and never leaks to the next user of the connection).
 */
export async function inTransaction<T>(dataSource: DataSource, scope: Scope, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (tx) => {
    await tx.query(
      `SELECT set_config('rollcall.role', $1, true), set_config('rollcall.la_code', $2, true),
              set_config('rollcall.urns', $3, true), set_config('rollcall.parent_ids', $4, true),
              set_config('rollcall.actor', $5, true)`,
      [scope.role, scope.laCode ?? '', (scope.urns ?? []).join(','), (scope.parentIds ?? []).join(','), scope.actor.label],
    );
    return work(tx);
  });
}
