import { Refusal, decodeCursor, encodeCursor } from '@rollcall/api-core';
import { SqlParams } from './sql-params';

/**
 * Keyset paging newest first on (a timestamp, an id). The cursor carries the timestamp as PostgreSQL prints it, so no
 * microseconds are lost on the way through JavaScript's millisecond dates.
 */
export interface NewestFirst {
  /** The timestamp column, e.g. `k.created_at`. */
  readonly at: string;
  /** The id column and its type. */
  readonly id: string;
  readonly idType: 'uuid' | 'bigint';
}

const ID_SHAPES = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  bigint: /^\d{1,19}$/,
};
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export function newestFirstOrder(key: NewestFirst): string {
  return `${key.at} DESC, ${key.id} DESC`;
}

/** The select-list entry giving each row's position (`position_at`) for its cursor. */
export function positionColumn(key: NewestFirst): string {
  return `${key.at}::text AS position_at`;
}

export function newestFirstCursor(positionAt: string, id: string): string {
  return encodeCursor([positionAt, id]);
}

/** Rows older than the cursor (`true` without one); a cursor this list did not give out is refused. */
export function olderThan(key: NewestFirst, after: string | null | undefined, sql: SqlParams): string {
  const position = decodeCursor(after, 2);
  if (!position) return 'true';
  const [at, id] = position;
  if (typeof at !== 'string' || !PG_TIMESTAMP.test(at) || typeof id !== 'string' || !ID_SHAPES[key.idType].test(id)) {
    throw new Refusal('INVALID_CURSOR', 'The cursor is not one this list gave out: use pageInfo.endCursor from the page before.', { field: 'after' });
  }
  return `(${key.at}, ${key.id}) < (${sql.add(at)}::timestamptz, ${sql.add(id)}::${key.idType})`;
}
