import fc from 'fast-check';
import { addDays, addYears } from '../core';
import { mayDestroyRegisterEntry, retentionUntil } from './retention-until';

describe('retentionUntil', () => {
  it('an entry made on 12 January 2026 is kept until at least 12 January 2032', () => {
    expect(retentionUntil('2026-01-12')).toBe('2032-01-12');
  });

  it('an entry made on 29 February 2028 is kept until 1 March 2034, so a full 6 years pass', () => {
    expect(retentionUntil('2028-02-29')).toBe('2034-03-01');
  });

  it('is never less than 6 years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), (n) => {
        const entry = addDays('2000-01-01', n);
        return retentionUntil(entry) >= addYears(entry, 6);
      }),
    );
  });
});

describe('mayDestroyRegisterEntry', () => {
  it('refuses on the last day of the retention period and allows the day after', () => {
    expect(mayDestroyRegisterEntry('2026-01-12', '2032-01-12')).toEqual({
      allowed: false,
      reason: 'RETENTION_PERIOD_NOT_ENDED',
      detail: { retainUntil: '2032-01-12' },
    });
    expect(mayDestroyRegisterEntry('2026-01-12', '2032-01-13')).toEqual({ allowed: true, detail: { retainUntil: '2032-01-12' } });
  });
});
