import { SEFTON_DEFAULT_POLICY } from '@rollcall/rules';
import { timeNightlyScan } from './nightly-scan-timing';
import { syntheticLa } from './synthetic-la';

describe('timing the nightly scan', () => {
  it('times a quarter, a half and all of the pupils, and reads the fitted line at 40,000', () => {
    const la = syntheticLa({ pupils: 40, schools: 2, academicYear: 2025 });
    const timing = timeNightlyScan(la, SEFTON_DEFAULT_POLICY, { repeats: 1, warmUpPupils: 5, batch: 7 });
    expect(timing.points.map((p) => p.pupils)).toEqual([10, 20, 40]);
    expect(timing.points.every((p) => p.seconds > 0 && p.cpuSeconds >= 0)).toBe(true);
    expect(timing.repeats).toBe(1);
    expect(Number.isFinite(timing.secondsPer40k)).toBe(true);
    expect(timing.r2).toBeLessThanOrEqual(1);
  });
});
