import { Refusal, encodeCursor } from '@rollcall/api-core';
import { KeysetColumn, keysetAfter, keysetOrder } from './keyset';
import { SqlParams } from './sql-params';

const KEY: readonly KeysetColumn[] = [
  { expr: 'p.surname', type: 'text' },
  { expr: 'p.id', type: 'bigint' },
  { expr: 'p.rank', type: 'int' },
];

describe('keyset paging', () => {
  it('orders every column the same way, so a row comparison continues the order', () => {
    expect(keysetOrder(KEY, 'ASC')).toBe('p.surname ASC, p.id ASC, p.rank ASC');
    expect(keysetOrder(KEY, 'DESC')).toBe('p.surname DESC, p.id DESC, p.rank DESC');
  });

  it('keeps every row without a cursor', () => {
    const sql = new SqlParams();
    expect(keysetAfter(KEY, undefined, sql, 'ASC')).toBe('true');
    expect(sql.values).toEqual([]);
  });

  it('continues after the cursor, with its values as typed parameters', () => {
    const sql = new SqlParams();
    sql.add('already there');
    expect(keysetAfter(KEY, encodeCursor(['Adams', '12', 3]), sql, 'ASC')).toBe('(p.surname, p.id, p.rank) > ($2::text, $3::bigint, $4::int)');
    expect(keysetAfter(KEY, encodeCursor(['Adams', '12', 3]), new SqlParams(), 'DESC')).toBe('(p.surname, p.id, p.rank) < ($1::text, $2::bigint, $3::int)');
    expect(sql.values).toEqual(['already there', 'Adams', '12', 3]);
  });

  it.each([
    ['the wrong number of values', encodeCursor(['Adams', '12'])],
    ['an id that is not a number', encodeCursor(['Adams', '12; DROP TABLE pupil', 3])],
    ['a number where text belongs', encodeCursor([7, '12', 3])],
    ['a fraction where a whole number belongs', encodeCursor(['Adams', '12', 3.5])],
    ['something that is not a cursor at all', 'not a cursor'],
  ])('refuses a cursor with %s', (_, cursor) => {
    expect(() => keysetAfter(KEY, cursor, new SqlParams(), 'ASC')).toThrow(Refusal);
    try {
      keysetAfter(KEY, cursor, new SqlParams(), 'ASC');
    } catch (e) {
      expect((e as Refusal).code).toBe('INVALID_CURSOR');
    }
  });
});
