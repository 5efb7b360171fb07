/** A record's key within the LA tenants: `la_code` and id (ids are unique only within an LA's tenant). */
export interface RecordKey {
  readonly laCode: string;
  readonly id: string;
}

/** `928:123`: how loaders key a record. */
export function recordKey(laCode: string, id: string): string {
  return `${laCode}:${id}`;
}

/** The same, for a key: a DataLoader's `cacheKeyFn`. */
export function recordKeyOf(key: RecordKey): string {
  return recordKey(key.laCode, key.id);
}

/** Keys split into parallel arrays for `unnest($1::text[], $2::bigint[])`. */
export function keyArrays(keys: readonly RecordKey[]): [string[], string[]] {
  return [keys.map((k) => k.laCode), keys.map((k) => k.id)];
}

/** Rows grouped under the keys they belong to, in key order (what a DataLoader batch returns). */
export function groupBy<R, T>(keys: readonly RecordKey[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(map(row));
    else groups.set(key, [map(row)]);
  }
  return keys.map((k) => groups.get(recordKey(k.laCode, k.id)) ?? []);
}
