import { encodeCursor } from '../graphql';
import { Refusal } from '../refusal';
import { KeysetColumn, keysetAfter, keysetOrder } from './keyset';
import { SqlParams } from './sql-params';

const KEY: readonly KeysetColumn[] = [
  { expr: 'p.surname', type: 'text' },
  { expr: 'p.id', type: 'bigint' },
  { expr: 'p.rank', type: 'int' },
];
const NEWEST: readonly KeysetColumn[] = [
  { expr: 'p.starts_on', type: 'date' },
  { expr: 'p.la_code', type: 'text' },
  { expr: 'p.id', type: 'bigint' },
];
const RECORDED: readonly KeysetColumn[] = [
  { expr: 'k.created_at', type: 'timestamptz' },
  { expr: 'k.id', type: 'uuid' },
];
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (e) {
    if (e instanceof Refusal) return e.code;
    throw e;
  }
  return undefined;
}

describe('keyset paging', () => {
  it('orders every column the same way, so a row comparison continues the order', () => {
    expect(keysetOrder(KEY, 'ASC')).toBe('p.surname ASC, p.id ASC, p.rank ASC');
    expect(keysetOrder(NEWEST, 'DESC')).toBe('p.starts_on DESC, p.la_code DESC, p.id DESC');
  });

  it('keeps every row without a cursor', () => {
    const sql = new SqlParams();
    expect(keysetAfter(KEY, undefined, sql, 'ASC')).toBe('true');
    expect(keysetAfter(KEY, null, sql, 'DESC')).toBe('true');
    expect(sql.values).toEqual([]);
  });

  it('continues after the cursor, with its values as typed parameters (text compared as text)', () => {
    const sql = new SqlParams();
    sql.add('already there');
    expect(keysetAfter(KEY, encodeCursor(['Adams', '12', 3]), sql, 'ASC')).toBe('(p.surname::text, p.id, p.rank) > ($2::text, $3::bigint, $4::int)');
    expect(sql.values).toEqual(['already there', 'Adams', '12', 3]);
    expect(keysetAfter(NEWEST, encodeCursor(['2025-09-08', '928', '42']), new SqlParams(), 'DESC')).toBe(
      '(p.starts_on, p.la_code::text, p.id) < ($1::date, $2::text, $3::bigint)',
    );
  });

  it('continues newest first on a timestamp as PostgreSQL prints it, keeping microseconds', () => {
    const sql = new SqlParams();
    expect(keysetAfter(RECORDED, encodeCursor(['2025-03-03 09:15:00.123456+00', UUID]), sql, 'DESC')).toBe('(k.created_at, k.id) < ($1::timestamptz, $2::uuid)');
    expect(sql.values).toEqual(['2025-03-03 09:15:00.123456+00', UUID]);
  });

  it.each([
    ['the wrong number of values', KEY, encodeCursor(['Adams', '12'])],
    ['an id that is not a number', KEY, encodeCursor(['Adams', '12; DROP TABLE pupil', 3])],
    ['a number where text belongs', KEY, encodeCursor([7, '12', 3])],
    ['a fraction where a whole number belongs', KEY, encodeCursor(['Adams', '12', 3.5])],
    ['something that is not a cursor at all', KEY, 'not a cursor'],
    ['a date that is not a date', NEWEST, encodeCursor(['next week', '928', '42'])],
    ['a time PostgreSQL did not print', RECORDED, encodeCursor(['yesterday', UUID])],
    ['an id of the wrong kind', RECORDED, encodeCursor(['2025-03-03 09:15:00+00', '12'])],
  ])('refuses a cursor with %s', (_, key, cursor) => {
    expect(codeOf(() => keysetAfter(key, cursor, new SqlParams(), 'ASC'))).toBe('INVALID_CURSOR');
  });
});
