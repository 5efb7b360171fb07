import { Refusal, decodeCursor } from '@rollcall/api-core';
import { SqlParams } from './sql-params';

/** One column of a list's sort key (every list here sorts newest first, so all columns descend). */
export interface KeysetColumn {
  /** The SQL expression, e.g. `p.starts_on`. */
  readonly expr: string;
  /** The PostgreSQL type the cursor's value is cast to, e.g. `date`, `text`, `bigint`. */
  readonly type: 'date' | 'text' | 'bigint' | 'int';
}

/** `ORDER BY` for the key, newest first. */
export function keysetOrder(columns: readonly KeysetColumn[]): string {
  return columns.map((c) => `${c.expr} DESC`).join(', ');
}

/** The condition that keeps rows after the cursor (`true` without one); a cursor from another list is refused. */
export function keysetAfter(columns: readonly KeysetColumn[], after: string | undefined | null, sql: SqlParams): string {
  const key = decodeCursor(after, columns.length);
  if (!key) return 'true';
  const bigint = /^\d{1,19}$/;
  columns.forEach((c, i) => {
    const value = key[i];
    const fits = c.type === 'bigint' ? typeof value === 'string' && bigint.test(value) : c.type === 'int' ? Number.isInteger(value) : typeof value === 'string';
    if (!fits) throw new Refusal('INVALID_CURSOR', 'The cursor is not one this list gave out: use pageInfo.endCursor from the page before.', { field: 'after' });
  });
  const left = columns.map((c) => (c.type === 'text' ? `${c.expr}::text` : c.expr)).join(', ');
  const right = columns.map((c, i) => `${sql.add(key[i])}::${c.type}`).join(', ');
  return `(${left}) < (${right})`;
}
