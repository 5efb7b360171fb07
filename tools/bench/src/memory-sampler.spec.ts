import { MemorySampler, isFlat, profileOf } from './memory-sampler';

const MB = 1024 * 1024;

describe('the ingest memory profile', () => {
  it('gives resident memory at the start, its peak and the end, and the most kept after each half of the imports', () => {
    const profile = profileOf([100, 180, 150, 120].map((m) => m * MB), [30, 34, 31, 33, 32].map((m) => m * MB), true);
    expect(profile).toEqual({ startRssMb: 100, peakRssMb: 180, endRssMb: 120, liveFirstHalfMb: 34, liveSecondHalfMb: 33, collected: true, samples: 4 });
    expect(isFlat(profile)).toBe(true);
  });

  it('calls memory kept that keeps rising not flat', () => {
    const rising = profileOf([100 * MB], [30, 60, 90, 120].map((m) => m * MB), true);
    expect(rising).toMatchObject({ liveFirstHalfMb: 60, liveSecondHalfMb: 120 });
    expect(isFlat(rising)).toBe(false);
  });

  it('samples this process while work runs', async () => {
    const sampler = new MemorySampler().begin(5);
    await new Promise((resolve) => setTimeout(resolve, 30));
    sampler.settle();
    sampler.settle();
    const profile = sampler.end();
    expect(profile.samples).toBeGreaterThanOrEqual(2);
    expect(profile.peakRssMb).toBeGreaterThanOrEqual(profile.startRssMb);
    expect(profile.liveFirstHalfMb).toBeGreaterThan(0);
  });
});
