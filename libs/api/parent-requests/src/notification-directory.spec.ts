import { systemActor } from '@rollcall/api-core';
import { recipientsOf } from './notification-directory.service';

const actor = systemActor('test');

describe('recipientsOf', () => {
  it.each([
    [{ actor, role: 'SCHOOL_STAFF' as const, laCode: '928', urns: [100001, 100002] }, ['school:100001', 'school:100002']],
    [{ actor, role: 'LA_OFFICER' as const, laCode: '928' }, ['la:928']],
    [{ actor, role: 'LA_ADMIN' as const, laCode: '928' }, ['la:928']],
    [{ actor, role: 'VIRTUAL_SCHOOL' as const, laCode: '928' }, ['virtual-school:928']],
    [{ actor, role: 'PARENT' as const, laCode: '928', parentIds: ['7'] }, ['parent:7']],
    [{ actor, role: 'PARENT' as const, parentIds: ['7'] }, []],
  ])('%j reads notifications for %j', (scope, addresses) => {
    expect(recipientsOf(scope)).toEqual(addresses);
  });
});
