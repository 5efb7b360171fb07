import { newestFirstList } from './keyset-page';

describe('newestFirstList', () => {
  it('sorts a tenant’s records newest first by the date, then tenant and id, with the row’s values as its cursor', () => {
    const list = newestFirstList<{ la_code: string; id: string; starts_on: string }, string>('support_plan p', 'starts_on', 'p.id', (r) => r.id);
    expect(list.key).toEqual([
      { expr: 'p.starts_on', type: 'date' },
      { expr: 'p.la_code', type: 'text' },
      { expr: 'p.id', type: 'bigint' },
    ]);
    expect(list.direction).toBe('DESC');
    expect(list.keyOf({ la_code: '928', id: '7', starts_on: '2025-09-08' })).toEqual(['2025-09-08', '928', '7']);
  });
});
