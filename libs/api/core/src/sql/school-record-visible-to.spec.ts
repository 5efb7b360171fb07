import { systemActor } from '../actor';
import { systemScope } from '../scope';
import { schoolRecordVisibleTo } from './school-record-visible-to';
import { SqlParams } from './sql-params';

const actor = systemActor('test');
const row = { laCode: 'r.la_code', urn: 'r.urn' };

describe('schoolRecordVisibleTo', () => {
  it('gives school staff their own schools’ records and an LA its tenant’s', () => {
    const staff = new SqlParams();
    expect(schoolRecordVisibleTo({ actor, role: 'SCHOOL_STAFF', laCode: '928', urns: [100001] }, row, staff)).toBe('r.la_code = $1 AND r.urn = ANY($2::int[])');
    expect(staff.values).toEqual(['928', [100001]]);
    expect(schoolRecordVisibleTo({ actor, role: 'LA_OFFICER', laCode: '928' }, row, new SqlParams())).toBe('r.la_code = $1');
  });

  it('shows Rollcall itself everything, and the Virtual School, parents and a scope without an LA nothing', () => {
    expect(schoolRecordVisibleTo(systemScope(actor), row, new SqlParams())).toBe('true');
    expect(schoolRecordVisibleTo({ actor, role: 'VIRTUAL_SCHOOL', laCode: '928' }, row, new SqlParams())).toBe('false');
    expect(schoolRecordVisibleTo({ actor, role: 'PARENT', laCode: '928', parentIds: ['1'] }, row, new SqlParams())).toBe('false');
    expect(schoolRecordVisibleTo({ actor, role: 'LA_ADMIN' }, row, new SqlParams())).toBe('false');
  });
});
