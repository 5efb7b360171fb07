import { Refusal } from '../refusal';
import { decodeCursor } from '../graphql';
import { SqlParams } from './sql-params';

/** The PostgreSQL types a sort key's column may have; the cursor's value is checked against it and cast back to it. */
export type KeysetType = 'text' | 'date' | 'int' | 'bigint' | 'uuid' | 'timestamptz';

/** One column of a list's sort key. */
export interface KeysetColumn {
  /** The SQL expression, e.g. `p.surname`. */
  readonly expr: string;
  /**
   * Its type. A `timestamptz` travels in the cursor as PostgreSQL prints it (select `expr::text`), so no microseconds
   * are lost on the way through JavaScript's millisecond dates.
   */
  readonly type: KeysetType;
}

/** Every column of a key sorts the same way, so a row comparison can continue the order. */
export type KeysetDirection = 'ASC' | 'DESC';

const SHAPES: Readonly<Record<Exclude<KeysetType, 'int' | 'text'>, RegExp>> = {
  bigint: /^\d{1,19}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  timestamptz: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
};

function fits(type: KeysetType, value: string | number): boolean {
  if (type === 'int') return Number.isInteger(value);
  if (typeof value !== 'string') return false;
  return type === 'text' || SHAPES[type].test(value);
}

/** `ORDER BY` for the key. */
export function keysetOrder(columns: readonly KeysetColumn[], direction: KeysetDirection): string {
  return columns.map((c) => `${c.expr} ${direction}`).join(', ');
}

/**
 * The condition keeping the rows after the cursor (`true` without one), its values passed as typed parameters; a cursor
 * this list did not give out (another list's, or one whose values are not of the key's types) is refused.
 */
export function keysetAfter(columns: readonly KeysetColumn[], after: string | null | undefined, sql: SqlParams, direction: KeysetDirection): string {
  const key = decodeCursor(after, columns.length);
  if (!key) return 'true';
  if (!columns.every((c, i) => fits(c.type, key[i]))) {
    throw new Refusal('INVALID_CURSOR', 'The cursor is not one this list gave out: use pageInfo.endCursor from the page before.', { field: 'after' });
  }
  const left = columns.map((c) => (c.type === 'text' ? `${c.expr}::text` : c.expr)).join(', ');
  const right = columns.map((c, i) => `${sql.add(key[i])}::${c.type}`).join(', ');
  return `(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`;
}
