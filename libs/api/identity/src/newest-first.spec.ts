import { Refusal, encodeCursor } from '@rollcall/api-core';
import { NewestFirst, newestFirstCursor, newestFirstOrder, olderThan, positionColumn } from './newest-first';
import { SqlParams } from './sql-params';

const KEY: NewestFirst = { at: 'k.created_at', id: 'k.id', idType: 'uuid' };
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (e) {
    if (e instanceof Refusal) return e.code;
    throw e;
  }
  return undefined;
}

describe('newest-first paging', () => {
  it('orders by time then id, both descending, and reads each row’s position as PostgreSQL prints it', () => {
    expect(newestFirstOrder(KEY)).toBe('k.created_at DESC, k.id DESC');
    expect(positionColumn(KEY)).toBe('k.created_at::text AS position_at');
  });

  it('continues with rows older than the cursor, keeping microseconds', () => {
    const sql = new SqlParams();
    const cursor = newestFirstCursor('2025-03-03 09:15:00.123456+00', ID);
    expect(olderThan(KEY, cursor, sql)).toBe('(k.created_at, k.id) < ($1::timestamptz, $2::uuid)');
    expect(sql.values).toEqual(['2025-03-03 09:15:00.123456+00', ID]);
    expect(olderThan(KEY, undefined, new SqlParams())).toBe('true');
  });

  it.each([
    ['a time PostgreSQL did not print', encodeCursor(['yesterday', ID])],
    ['an id of the wrong kind', encodeCursor(['2025-03-03 09:15:00+00', '12'])],
    ['too few values', encodeCursor(['2025-03-03 09:15:00+00'])],
    ['no cursor at all', 'hello'],
  ])('refuses %s', (_, cursor) => {
    expect(codeOf(() => olderThan(KEY, cursor, new SqlParams()))).toBe('INVALID_CURSOR');
  });
});
