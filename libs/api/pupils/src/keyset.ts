import { Refusal, decodeCursor } from '@rollcall/api-core';
import { SqlParams } from './sql-params';

/** One column of a list's sort key. */
export interface KeysetColumn {
  /** The SQL expression, e.g. `p.surname`. */
  readonly expr: string;
  /** The PostgreSQL type the cursor's value is cast back to. */
  readonly type: 'text' | 'date' | 'int' | 'bigint' | 'uuid' | 'timestamptz';
}

export type KeysetDirection = 'ASC' | 'DESC';

const BIGINT = /^\d{1,19}$/;

function badCursor(): Refusal {
  return new Refusal('INVALID_CURSOR', 'The cursor is not one this list gave out: use pageInfo.endCursor from the page before.', { field: 'after' });
}

/** `ORDER BY` for the key (every column the same way, so a row comparison can continue it). */
export function keysetOrder(columns: readonly KeysetColumn[], direction: KeysetDirection): string {
  return columns.map((c) => `${c.expr} ${direction}`).join(', ');
}

/** The condition keeping rows after the cursor (`true` without one); a cursor from another list is refused. */
export function keysetAfter(columns: readonly KeysetColumn[], after: string | null | undefined, sql: SqlParams, direction: KeysetDirection): string {
  const key = decodeCursor(after, columns.length);
  if (!key) return 'true';
  columns.forEach((c, i) => {
    const value = key[i];
    const fits = c.type === 'int' ? Number.isInteger(value) : typeof value === 'string' && (c.type !== 'bigint' || BIGINT.test(value));
    if (!fits) throw badCursor();
  });
  const left = columns.map((c) => c.expr).join(', ');
  const right = columns.map((c, i) => `${sql.add(key[i])}::${c.type}`).join(', ');
  return `(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`;
}
