import fc from 'fast-check';
import { addDays } from '../core';
import { policyInForce } from './policy-in-force';
import { SEFTON_DEFAULT_POLICY } from './sefton-default-policy';

const v1 = SEFTON_DEFAULT_POLICY;
const v2 = { ...SEFTON_DEFAULT_POLICY, version: 2, effectiveFrom: '2025-09-01' };
const v3 = { ...SEFTON_DEFAULT_POLICY, version: 3, effectiveFrom: '2025-09-01' };

describe('policyInForce', () => {
  it('uses version 1 until the day before version 2 takes effect, then version 2', () => {
    expect(policyInForce([v2, v1], '2025-08-31')).toBe(v1);
    expect(policyInForce([v2, v1], '2025-09-01')).toBe(v2);
  });

  it('has no policy before the first version takes effect', () => {
    expect(policyInForce([v1, v2], '2024-08-31')).toBeUndefined();
  });

  it('picks the higher version when two take effect on the same day', () => {
    expect(policyInForce([v3, v2, v1], '2026-01-05')).toBe(v3);
    expect(policyInForce([v2, v3, v1], '2026-01-05')).toBe(v3);
  });

  it('never picks a version that starts after the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800, max: 800 }), (offset) => {
        const date = addDays('2025-01-01', offset);
        const found = policyInForce([v1, v2, v3], date);
        return found === undefined ? date < v1.effectiveFrom : found.effectiveFrom <= date;
      }),
    );
  });
});
