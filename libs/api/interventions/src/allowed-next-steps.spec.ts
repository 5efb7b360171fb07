import { INTERVENTION_KINDS } from './intervention-record';
import { actionsOfKind, allowedNextSteps } from './allowed-next-steps';

describe('allowedNextSteps', () => {
  it('lists what the rules accept from each state', () => {
    expect(allowedNextSteps({ kind: 'PENALTY_NOTICE', state: 'ISSUED' })).toEqual(['RECORD_PAYMENT', 'RECORD_NON_PAYMENT', 'WITHDRAW']);
    expect(allowedNextSteps({ kind: 'EDUCATION_SUPERVISION_ORDER', state: 'CONSIDERING' })).toEqual(['DECIDE_NOT_TO_APPLY', 'APPLY']);
    expect(allowedNextSteps({ kind: 'SCHOOL_ATTENDANCE_ORDER', state: 'IN_FORCE' })).toEqual(['AMEND', 'REVOKE', 'REFER_FOR_PROSECUTION', 'RECORD_CEASED']);
    expect(allowedNextSteps({ kind: 'NOTICE_TO_IMPROVE', state: 'IN_PROGRESS' })).toEqual(['RECORD_OUTCOME']);
  });

  it('leaves out issuing a penalty notice, which has its own method', () => {
    expect(allowedNextSteps({ kind: 'PENALTY_NOTICE', state: 'DRAFT' })).toEqual([]);
    expect(actionsOfKind('PENALTY_NOTICE')).not.toContain('ISSUE');
  });

  it('offers nothing once an intervention has ended', () => {
    expect(allowedNextSteps({ kind: 'PROSECUTION', state: 'ACQUITTED' })).toEqual([]);
    expect(allowedNextSteps({ kind: 'ATTENDANCE_CONTRACT', state: 'COMPLETED' })).toEqual([]);
  });

  it('knows at least one action for every kind', () => {
    for (const kind of INTERVENTION_KINDS) expect(actionsOfKind(kind).length).toBeGreaterThan(0);
  });
});
