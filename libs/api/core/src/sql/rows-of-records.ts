import { DataSource } from 'typeorm';
import { inTransaction } from '../in-transaction';
import { RecordKey, groupBy, keyArrays, recordKey } from '../record-key';
import { Scope } from '../scope';

/** Rows that belong to another record (a plan's actions, an intervention's events), as a DataLoader loads them. */
export interface RecordRows<Row, T> {
  /** The select list, each output named. */
  readonly select: string;
  /** The table and its alias, and any joins, e.g. `support_plan_action a`. */
  readonly from: string;
  /** The columns naming the record a row belongs to, e.g. `a.la_code` and `a.plan_id`. */
  readonly belongsTo: { readonly laCode: string; readonly id: string };
  /** The order of each record's rows, e.g. `a.id`. */
  readonly orderBy: string;
  readonly toItem: (row: Row) => T;
}

/**
 * The rows belonging to each of a batch of records, in key order, in one statement in one transaction in the caller's
 * scope: a DataLoader's batch function.
 */
export async function rowsOfRecords<Row, T>(dataSource: DataSource, scope: Scope, list: RecordRows<Row, T>, keys: readonly RecordKey[]): Promise<T[][]> {
  const rows = (await inTransaction(dataSource, scope, (tx) =>
    tx.query(
      `SELECT k.la_code AS k_la_code, k.id::text AS k_id, ${list.select}
         FROM ${list.from}
         JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON ${list.belongsTo.laCode} = k.la_code AND ${list.belongsTo.id} = k.id
        ORDER BY ${list.orderBy}`,
      keyArrays(keys),
    ),
  )) as (Row & { k_la_code: string; k_id: string })[];
  return groupBy(keys, rows, (r) => recordKey(r.k_la_code, r.k_id), list.toItem);
}
