import { DEFAULT_DELETION_RETURN_SETTINGS, deletionReturnDue } from './deletion-return-due';

describe('deletionReturnDue', () => {
  it('is due no later than the day the name is deleted, and can go as soon as the ground is met', () => {
    expect(deletionReturnDue({ ground: 'REGISTERED_AT_ANOTHER_SCHOOL', deletionDate: '2026-03-02', groundMetOn: '2026-02-26' })).toEqual({
      allowed: true,
      detail: { from: '2026-02-26', dueBy: '2026-03-02' },
    });
  });

  it('an LA setting can allow days after deletion', () => {
    expect(deletionReturnDue({ ground: 'DIED', deletionDate: '2026-03-02' }, { ...DEFAULT_DELETION_RETURN_SETTINGS, dueDaysAfterDeletion: 5 })).toEqual({
      allowed: true,
      detail: { dueBy: '2026-03-07' },
    });
  });

  it('pupils completing the final year need no return unless the LA asks', () => {
    const leaver = { ground: 'CEASED_CSA_OR_COMPLETED_FINAL_YEAR' as const, deletionDate: '2026-07-22' };
    expect(deletionReturnDue(leaver)).toEqual({ allowed: false, reason: 'NOT_REQUIRED_UNLESS_LA_ASKS', detail: { ground: 'CEASED_CSA_OR_COMPLETED_FINAL_YEAR' } });
    expect(deletionReturnDue(leaver, { ...DEFAULT_DELETION_RETURN_SETTINGS, laAsksForFinalYearReturns: true }).allowed).toBe(true);
  });
});
