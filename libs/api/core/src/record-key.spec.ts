import { groupBy, keyArrays, recordKey } from './record-key';

describe('record keys', () => {
  const keys = [
    { laCode: '928', id: '1' },
    { laCode: '929', id: '1' },
    { laCode: '928', id: '2' },
  ];

  it('keeps ids apart across tenants, and splits keys into unnest arrays', () => {
    expect(recordKey('928', '1')).not.toBe(recordKey('929', '1'));
    expect(keyArrays(keys)).toEqual([
      ['928', '929', '928'],
      ['1', '1', '2'],
    ]);
  });

  it('groups rows under their keys in key order, with an empty list for a key without rows', () => {
    const rows = [
      { la: '928', parent: '2', v: 'b' },
      { la: '928', parent: '1', v: 'a' },
      { la: '928', parent: '2', v: 'c' },
    ];
    expect(groupBy(keys, rows, (r) => recordKey(r.la, r.parent), (r) => r.v)).toEqual([['a'], [], ['b', 'c']]);
  });
});
