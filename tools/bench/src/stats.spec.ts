import { linearFit, percentiles } from './stats';

describe('benchmark statistics', () => {
  it('takes the median and 95th percentile by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiles(samples)).toEqual({ median: 50, p95: 95, min: 1, max: 100 });
    expect(percentiles([7])).toEqual({ median: 7, p95: 7, min: 7, max: 7 });
  });

  it('fits a straight line exactly when the points are on one', () => {
    const fit = linearFit([1, 2, 3, 4].map((x) => ({ x, y: 2 * x + 1 })));
    expect(fit.slope).toBeCloseTo(2);
    expect(fit.intercept).toBeCloseTo(1);
    expect(fit.r2).toBeCloseTo(1);
  });

  it('refuses to summarise nothing', () => {
    expect(() => percentiles([])).toThrow('No samples');
  });
});
