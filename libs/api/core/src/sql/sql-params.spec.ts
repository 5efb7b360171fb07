import { SqlParams } from './sql-params';

describe('SqlParams', () => {
  it('numbers each value in the order it is added, keeping the values for the driver', () => {
    const sql = new SqlParams();
    expect(sql.add('928')).toBe('$1');
    expect(sql.add([100001, 100002])).toBe('$2');
    expect(sql.values).toEqual(['928', [100001, 100002]]);
  });
});
