import { DataSource, EntityManager } from 'typeorm';
import { Refusal } from './refusal';
import { Scope } from './scope';

/** PostgreSQL's query_canceled: here, a statement stopped by the request's `statement_timeout`. */
const QUERY_CANCELED = '57014';

/** A request that ran past its execution budget; whatever it had started was rolled back. */
export function executionBudgetExceeded(): Refusal {
  return new Refusal(
    'EXECUTION_BUDGET_EXCEEDED',
    'This request took longer than the API allows and nothing was changed. Ask for less at once (a shorter period, a smaller page) or try again later.',
  );
}

/**
 * A service method's unit of work: one transaction, with the request's scope set at its start
 * (`SET LOCAL`, so it ends with the transaction and never leaks to the next user of the connection).
 * Row-level security reads the scope back (docs/0006-row-level-security.md): without it nothing is visible.
 */
export async function inTransaction<T>(dataSource: DataSource, scope: Scope, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  // The request's execution budget: what is left of it bounds every statement (0 would mean no limit, so at least 1 ms).
  const left = scope.deadline === undefined ? undefined : Math.floor(scope.deadline - Date.now());
  if (left !== undefined && left <= 0) throw executionBudgetExceeded();
  try {
    return await dataSource.transaction(async (tx) => {
      const settings = [scope.role, scope.laCode ?? '', (scope.urns ?? []).join(','), (scope.parentIds ?? []).join(','), scope.actor.label];
      await tx.query(
        `SELECT set_config('rollcall.role', $1, true), set_config('rollcall.la_code', $2, true),
                set_config('rollcall.urns', $3, true), set_config('rollcall.parent_ids', $4, true),
                set_config('rollcall.actor', $5, true)${left === undefined ? '' : `, set_config('statement_timeout', $6, true)`}`,
        left === undefined ? settings : [...settings, String(left)],
      );
      return work(tx);
    });
  } catch (error) {
    if (left !== undefined && isQueryCanceled(error)) throw executionBudgetExceeded();
    throw error;
  }
}

function isQueryCanceled(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return e?.code === QUERY_CANCELED || e?.driverError?.code === QUERY_CANCELED;
}

/**
 * Runs `work` inside the caller's transaction as Rollcall itself within one LA's tenant (row-level security's
 * SYSTEM scope limited to `laCode`), then puts the caller's scope back. Only for writes that are LA-wide by their
 * nature and that the service has already authorised: a school admitting a pupil creates or updates the LA's record
 * for that UPN, which its staff cannot see until the enrolment exists.
 */
export async function asSystemWithinLa<T>(tx: EntityManager, laCode: string, work: () => Promise<T>): Promise<T> {
  const [held] = (await tx.query(
    `SELECT coalesce(current_setting('rollcall.role', true), '') AS role, coalesce(current_setting('rollcall.la_code', true), '') AS la_code`,
  )) as { role: string; la_code: string }[];
  await tx.query(`SELECT set_config('rollcall.role', 'SYSTEM', true), set_config('rollcall.la_code', $1, true)`, [laCode]);
  const result = await work();
  await tx.query(`SELECT set_config('rollcall.role', $1, true), set_config('rollcall.la_code', $2, true)`, [held.role, held.la_code]);
  return result;
}
