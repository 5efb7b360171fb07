import fc from 'fast-check';
import { LeaveOfAbsenceDecisionInput, leaveOfAbsenceDecision } from './leave-of-absence-decision';

const base: LeaveOfAbsenceDecisionInput = {
  decision: 'GRANTED',
  code: 'C',
  reason: 'Grandparent’s funeral abroad',
  decidedOn: '2025-10-01',
  leave: { firstDate: '2025-10-13', lastDate: '2025-10-14' },
  requestedByParentPupilLivesWith: true,
  pupilDateOfBirth: '2015-05-10',
  exceptionalCircumstances: true,
};

describe('leaveOfAbsenceDecision', () => {
  it('grants C only in exceptional circumstances asked for by a parent the pupil lives with', () => {
    expect(leaveOfAbsenceDecision(base)).toEqual({ allowed: true });
    expect(leaveOfAbsenceDecision({ ...base, exceptionalCircumstances: false })).toMatchObject({ reason: 'NOT_EXCEPTIONAL_CIRCUMSTANCES' });
    expect(leaveOfAbsenceDecision({ ...base, requestedByParentPupilLivesWith: false })).toMatchObject({ reason: 'NOT_REQUESTED_BY_PARENT_PUPIL_LIVES_WITH' });
  });

  it('needs a reason to refuse, and no code on a refusal', () => {
    expect(leaveOfAbsenceDecision({ ...base, decision: 'REFUSED', code: undefined, reason: '  ' })).toMatchObject({ reason: 'REASON_REQUIRED' });
    expect(leaveOfAbsenceDecision({ ...base, decision: 'REFUSED', code: 'C', reason: 'A holiday is not exceptional' })).toMatchObject({
      reason: 'CODE_ONLY_WHEN_GRANTED',
    });
    expect(leaveOfAbsenceDecision({ ...base, decision: 'REFUSED', code: undefined, reason: 'A holiday is not exceptional' })).toEqual({ allowed: true });
  });

  it('checks C1, S and C2 on their own grounds', () => {
    expect(leaveOfAbsenceDecision({ ...base, code: 'C1' })).toMatchObject({ reason: 'NOT_REGULATED_PERFORMANCE_OR_EMPLOYMENT_ABROAD' });
    expect(leaveOfAbsenceDecision({ ...base, code: 'C1', regulatedPerformanceOrEmploymentAbroad: true })).toEqual({ allowed: true });
    expect(leaveOfAbsenceDecision({ ...base, code: 'S', decidedOn: '2025-10-13' })).toMatchObject({ reason: 'NOT_AGREED_IN_ADVANCE' });
    expect(leaveOfAbsenceDecision({ ...base, code: 'J1', exceptionalCircumstances: false })).toEqual({ allowed: true });
    expect(leaveOfAbsenceDecision({ ...base, code: 'C2', pupilDateOfBirth: '2021-06-01' })).toMatchObject({ reason: 'NOT_COMPULSORY_SCHOOL_AGE_THROUGHOUT' });
    expect(leaveOfAbsenceDecision({ ...base, code: 'X1' })).toMatchObject({ reason: 'UNKNOWN_LEAVE_CODE' });
    expect(leaveOfAbsenceDecision({ ...base, code: undefined })).toMatchObject({ reason: 'CODE_REQUIRED' });
  });

  it('never grants C or C2 without exceptional circumstances, whoever asks', () => {
    fc.assert(
      fc.property(fc.constantFrom('C', 'C2'), fc.boolean(), (code, livesWith) => {
        expect(leaveOfAbsenceDecision({ ...base, code, exceptionalCircumstances: false, requestedByParentPupilLivesWith: livesWith }).allowed).toBe(false);
      }),
    );
  });
});
