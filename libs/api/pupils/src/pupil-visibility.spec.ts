import { Scope, SqlParams, systemActor, systemScope } from '@rollcall/api-core';
import { pupilVisibleTo } from './pupil-visibility';

const actor = systemActor('test');
const row = { laCode: 't.la_code', pupilId: 't.pupil_id' };

describe('pupilVisibleTo', () => {
  it('lets Rollcall itself see everything and a scope without an LA nothing', () => {
    expect(pupilVisibleTo(systemScope(actor), row, new SqlParams(), '2025-10-01')).toBe('true');
    expect(pupilVisibleTo({ actor, role: 'LA_OFFICER' }, row, new SqlParams(), '2025-10-01')).toBe('false');
  });

  it("limits school staff to their schools' own records where the row has a school, else to pupils on their roll", () => {
    const staff: Scope = { actor, role: 'SCHOOL_STAFF', laCode: '928', urns: [100001, 100002] };
    const sql = new SqlParams();
    expect(pupilVisibleTo(staff, { ...row, urn: 't.urn' }, sql, '2025-10-01')).toBe('(t.urn = ANY($1::int[]))');
    expect(sql.values).toEqual([[100001, 100002]]);
    expect(pupilVisibleTo(staff, row, new SqlParams(), '2025-10-01')).toContain('FROM enrolment ve');
  });

  it('gives an LA its tenant and its residents elsewhere, the Virtual School children with a social worker today, a parent their children', () => {
    const la = new SqlParams();
    expect(pupilVisibleTo({ actor, role: 'LA_ADMIN', laCode: '928' }, row, la, '2025-10-01')).toContain('vp.home_la_code = $1::bpchar');
    const vs = new SqlParams();
    expect(pupilVisibleTo({ actor, role: 'VIRTUAL_SCHOOL', laCode: '928' }, row, vs, '2025-10-01')).toContain("vc.characteristic = 'LOOKED_AFTER' AND vc.responsible_la_code = $1::bpchar");
    expect(vs.values).toContain('2025-10-01');
    const parent = new SqlParams();
    expect(pupilVisibleTo({ actor, role: 'PARENT', laCode: '928', parentIds: ['7'] }, row, parent, '2025-10-01')).toContain('vpp.parental_responsibility');
    expect(parent.values).toEqual(['928', ['7']]);
  });
});
