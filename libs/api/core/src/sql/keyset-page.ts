import { DataSource } from 'typeorm';
import { Page, PageRequest, pageOf } from '../graphql';
import { inTransaction } from '../in-transaction';
import { RecordKey } from '../record-key';
import { Scope } from '../scope';
import { KeysetColumn, KeysetDirection, keysetAfter, keysetOrder } from './keyset';
import { SqlParams } from './sql-params';

/** A list read a page at a time: where its rows come from, its sort key, and how a row becomes an item. */
export interface KeysetList<Row, T> {
  /** The select list, each output named, e.g. `p.la_code, p.id::text AS id`. */
  readonly select: string;
  /** The table and its alias, e.g. `support_plan p`. */
  readonly from: string;
  readonly key: readonly KeysetColumn[];
  readonly direction: KeysetDirection;
  readonly toItem: (row: Row) => T;
  /** A row's values for the key's columns, in order: its cursor (a `timestamptz` as PostgreSQL prints it). */
  readonly keyOf: (row: Row) => readonly (string | number)[];
}

/**
 * One page of a list (after `page.after`, `page.first` items) and the whole list's count, in one transaction in the
 * caller's scope. `where` is the list's condition (visibility and filters), its parameters already in `sql`; a cursor
 * this list did not give out is refused before the transaction starts.
 */
export async function keysetPage<Row, T>(
  dataSource: DataSource,
  scope: Scope,
  list: KeysetList<Row, T>,
  where: string,
  sql: SqlParams,
  page: PageRequest,
): Promise<Page<T>> {
  const countParams = [...sql.values];
  const after = keysetAfter(list.key, page.after, sql, list.direction);
  return inTransaction(dataSource, scope, async (tx) => {
    const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM ${list.from} WHERE ${where}`, countParams)) as { n: number }[];
    const rows = (await tx.query(
      `SELECT ${list.select} FROM ${list.from} WHERE ${where} AND ${after}
        ORDER BY ${keysetOrder(list.key, list.direction)} LIMIT ${sql.add(page.first + 1)}`,
      sql.values,
    )) as Row[];
    const { items, hasNextPage, totalCount } = pageOf(rows, page.first, n, list.keyOf);
    return { items: items.map(({ cursor, node }) => ({ cursor, node: list.toItem(node) })), hasNextPage, totalCount };
  });
}

/** The alias a list's rows have in `from` (`support_plan p` → `p`). */
function aliasOf(from: string): string {
  return from.trim().split(/\s+/).at(-1) as string;
}

/**
 * A list of an LA tenant's records sorted as casework lists are, newest first: by a date column, then the tenant and
 * the id (`alias.la_code`, `alias.id`), so the order is total across tenants.
 */
export function newestFirstList<Row extends { la_code: string; id: string }, T>(
  from: string,
  dateColumn: keyof Row & string,
  select: string,
  toItem: (row: Row) => T,
): KeysetList<Row, T> {
  const alias = aliasOf(from);
  return {
    select,
    from,
    key: [
      { expr: `${alias}.${dateColumn}`, type: 'date' },
      { expr: `${alias}.la_code`, type: 'text' },
      { expr: `${alias}.id`, type: 'bigint' },
    ],
    direction: 'DESC',
    toItem,
    keyOf: (row) => [row[dateColumn] as string, row.la_code, row.id],
  };
}

const ID = /^\d{1,19}$/;

/**
 * One record of a list by its key (`alias.la_code`, `alias.id`), in one transaction in the caller's scope, if `visible`
 * (the list's visibility condition) lets it through; undefined otherwise, and for an id that cannot be one.
 */
export async function keysetItem<Row, T>(
  dataSource: DataSource,
  scope: Scope,
  list: KeysetList<Row, T>,
  key: RecordKey,
  visible: (sql: SqlParams) => string,
): Promise<T | undefined> {
  if (!ID.test(key.id)) return undefined;
  const alias = aliasOf(list.from);
  const sql = new SqlParams();
  const where = `${visible(sql)} AND ${alias}.la_code = ${sql.add(key.laCode)} AND ${alias}.id = ${sql.add(key.id)}::bigint`;
  const rows = (await inTransaction(dataSource, scope, (tx) => tx.query(`SELECT ${list.select} FROM ${list.from} WHERE ${where}`, sql.values))) as Row[];
  return rows.length === 0 ? undefined : list.toItem(rows[0]);
}
