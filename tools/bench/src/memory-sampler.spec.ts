import { MemorySampler, isFlat, profileOf } from './memory-sampler';

const MB = 1024 * 1024;

describe('the ingest memory profile', () => {
  it('takes the peak of each half of the work', () => {
    const profile = profileOf([0, 100, 200, 300, 400].map((at, i) => ({ at, rss: [100, 180, 150, 170, 120][i] * MB })));
    expect(profile).toEqual({ startRssMb: 100, firstHalfPeakRssMb: 180, secondHalfPeakRssMb: 170, peakRssMb: 180, endRssMb: 120, samples: 5 });
    expect(isFlat(profile)).toBe(true);
  });

  it('calls memory that keeps rising not flat', () => {
    const rising = profileOf([0, 100, 200, 300].map((at) => ({ at, rss: (100 + at) * MB })));
    expect(rising).toMatchObject({ firstHalfPeakRssMb: 200, secondHalfPeakRssMb: 400 });
    expect(isFlat(rising)).toBe(false);
  });

  it('samples this process while work runs', async () => {
    const sampler = new MemorySampler().begin(5);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const profile = sampler.end();
    expect(profile.samples).toBeGreaterThanOrEqual(2);
    expect(profile.peakRssMb).toBeGreaterThanOrEqual(profile.startRssMb);
  });
});
