import { Random } from './random';

describe('Random', () => {
  it('gives the same numbers for the same seed and different numbers for another', () => {
    const draw = (seed: number) => {
      const r = Random.fromSeed(seed);
      return Array.from({ length: 5 }, () => r.int(0, 1_000_000));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('forks streams that do not depend on what was drawn before', () => {
    const a = Random.fromSeed(1);
    a.float();
    a.float();
    const b = Random.fromSeed(1);
    expect(a.fork('pupil:1').float()).toBe(b.fork('pupil:1').float());
    expect(b.fork('pupil:1').float()).not.toBe(b.fork('pupil:2').float());
  });

  it('keeps floats in [0, 1), whole numbers in range and weights in proportion', () => {
    const r = Random.fromSeed(3);
    let heads = 0;
    for (let i = 0; i < 20_000; i++) {
      const f = r.float();
      expect(f >= 0 && f < 1).toBe(true);
      const n = r.int(2, 4);
      expect([2, 3, 4]).toContain(n);
      if (r.weighted([['H', 3], ['T', 1]] as const) === 'H') heads++;
    }
    expect(heads / 20_000).toBeGreaterThan(0.73);
    expect(heads / 20_000).toBeLessThan(0.77);
  });

  it('draws gamma values with the mean asked for', () => {
    const r = Random.fromSeed(4);
    const values = Array.from({ length: 20_000 }, () => r.gamma(2.2, 0.02));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.042);
    expect(mean).toBeLessThan(0.046);
    expect(Math.min(...values)).toBeGreaterThan(0);
  });
});
