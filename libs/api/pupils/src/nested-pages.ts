import { KeysetColumn, Page, PageRequest, RecordKey, SqlParams, keysetAfter, keysetOrder, pageOf } from '@rollcall/api-core';
import { EntityManager } from 'typeorm';

/** How to page the rows that belong to a parent record (a pupil's characteristics, enrolments, parents). */
export interface NestedPageSpec<Row, T> {
  /** `table alias`, e.g. `pupil_characteristic c`. */
  readonly from: string;
  /** The child row's columns naming its parent, e.g. `c.la_code` and `c.pupil_id`. */
  readonly parentLa: string;
  readonly parentId: string;
  /** The select list (each output named). */
  readonly columns: string | ((sql: SqlParams) => string);
  /** Extra conditions on the child rows (visibility, filters), given the statement's parameters. */
  readonly where: (sql: SqlParams) => string;
  /** Condition on the parent key `k` (`k.la_code`, `k.id`): parents the caller may not see get an empty page. */
  readonly parentVisible: (sql: SqlParams) => string;
  readonly key: readonly KeysetColumn[];
  readonly toRecord: (row: Row) => T;
  readonly keyOf: (record: T) => readonly (string | number)[];
}

/**
 * One page of child rows for each parent key, in one statement however many parents (a DataLoader's batch): a
 * lateral count and a lateral keyset page per parent, so each parent's page and total are its own.
 */
export async function nestedPages<Row extends object, T>(
  tx: EntityManager,
  spec: NestedPageSpec<Row, T>,
  keys: readonly RecordKey[],
  page: PageRequest,
): Promise<Page<T>[]> {
  if (keys.length === 0) return [];
  const sql = new SqlParams();
  const laCodes = sql.add(keys.map((k) => k.laCode));
  const ids = sql.add(keys.map((k) => k.id));
  const where = spec.where(sql);
  const columns = typeof spec.columns === 'string' ? spec.columns : spec.columns(sql);
  const visible = spec.parentVisible(sql);
  const after = keysetAfter(spec.key, page.after, sql, 'ASC');
  const link = `${spec.parentLa} = k.la_code AND ${spec.parentId} = k.id`;
  const rows = (await tx.query(
    `SELECT k.ord AS k_ord, t.k_total, r.*
       FROM unnest(${laCodes}::text[], ${ids}::bigint[]) WITH ORDINALITY AS k(la_code, id, ord)
      CROSS JOIN LATERAL (SELECT count(*)::int AS k_total FROM ${spec.from} WHERE ${link} AND ${where}) t
       LEFT JOIN LATERAL (SELECT true AS k_present, ${columns} FROM ${spec.from}
                           WHERE ${link} AND ${where} AND ${after}
                           ORDER BY ${keysetOrder(spec.key, 'ASC')} LIMIT ${sql.add(page.first + 1)}) r ON true
      WHERE ${visible}
      ORDER BY k.ord`,
    sql.values,
  )) as (Row & { k_ord: string; k_total: number; k_present: boolean | null })[];
  const byOrdinal = new Map<number, { total: number; records: T[] }>();
  for (const row of rows) {
    const ordinal = Number(row.k_ord);
    const held = byOrdinal.get(ordinal) ?? { total: row.k_total, records: [] };
    if (row.k_present) held.records.push(spec.toRecord(row));
    byOrdinal.set(ordinal, held);
  }
  return keys.map((_, i) => {
    const held = byOrdinal.get(i + 1) ?? { total: 0, records: [] };
    return pageOf(held.records, page.first, held.total, spec.keyOf);
  });
}
