import { Refusal, encodeCursor } from '@rollcall/api-core';
import { keysetAfter, keysetOrder } from './keyset';
import { SqlParams } from './sql-params';

const KEY = [
  { expr: 'p.starts_on', type: 'date' as const },
  { expr: 'p.la_code', type: 'text' as const },
  { expr: 'p.id', type: 'bigint' as const },
];

describe('keyset paging', () => {
  it('orders newest first on every column of the key', () => {
    expect(keysetOrder(KEY)).toBe('p.starts_on DESC, p.la_code DESC, p.id DESC');
  });

  it('keeps every row when there is no cursor', () => {
    const sql = new SqlParams();
    expect(keysetAfter(KEY, undefined, sql)).toBe('true');
    expect(sql.values).toEqual([]);
  });

  it('keeps the rows after the cursor, passing its values as parameters', () => {
    const sql = new SqlParams();
    sql.add('already there');
    expect(keysetAfter(KEY, encodeCursor(['2025-09-08', '928', '42']), sql)).toBe('(p.starts_on, p.la_code::text, p.id) < ($2::date, $3::text, $4::bigint)');
    expect(sql.values).toEqual(['already there', '2025-09-08', '928', '42']);
  });

  it.each([
    ['another list’s cursor (wrong length)', encodeCursor(['42'])],
    ['a cursor whose id is not an id', encodeCursor(['2025-09-08', '928', 'x; DROP TABLE pupil'])],
    ['something made up', 'not-a-cursor'],
  ])('refuses %s, saying what to send', (_what, cursor) => {
    expect(() => keysetAfter(KEY, cursor, new SqlParams())).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    expect(() => keysetAfter(KEY, cursor, new SqlParams())).toThrow(Refusal);
  });
});
