import { createHash } from 'node:crypto';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A seeded random stream with the few distributions the simulator and the bandits need. Streams
 * are derived from a seed and a path of names (`streamFor(42, 'day', '2026-03-01', 'google-leads')`),
 * so a value never depends on how many draws happened elsewhere: the same seed and the same
 * decisions give the same market.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  uniform(min: number, max: number): number;
  normal(mean?: number, sd?: number): number;
  /** Gamma(shape, scale = 1) by Marsaglia and Tsang. */
  gamma(shape: number): number;
  beta(alpha: number, beta: number): number;
  poisson(mean: number): number;
  /** Log-normal with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number;
  /** Index drawn with probability proportional to its weight. */
  pick(weights: readonly number[]): number;
}

/** A stream for `seed` and a path of names; the same arguments always give the same stream. */
export function streamFor(seed: number, ...path: (string | number)[]): Random {
  const digest = createHash('sha256')
    .update(JSON.stringify([seed, ...path]))
    .digest();
  return randomFrom(digest.readInt32LE(0) ^ digest.readInt32LE(4));
}

export function randomFrom(seed: number): Random {
  const rng = xoroshiro128plus(seed | 0);
  const next = () => uniformFloat64(rng);
  let spareNormal: number | null = null;
  const standardNormal = (): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - next();
    const v = next();
    const radius = Math.sqrt(-2 * Math.log(u));
    spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };
  const gamma = (shape: number): number => {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be positive, got ${shape}`);
    if (shape < 1) return gamma(shape + 1) * (1 - next()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = standardNormal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - next();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
    gamma,
    beta: (alpha, beta) => {
      const x = gamma(alpha);
      return x / (x + gamma(beta));
    },
    poisson: (mean) => {
      if (!(mean >= 0)) throw new RangeError(`poisson mean must be ≥ 0, got ${mean}`);
      if (mean === 0) return 0;
      if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal()));
      // Knuth: multiply uniforms until the product falls under e^-mean.
      const limit = Math.exp(-mean);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * standardNormal()),
    pick: (weights) => {
      const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
      if (!(total > 0)) throw new RangeError('pick needs at least one positive weight');
      let target = next() * total;
      for (let index = 0; index < weights.length; index += 1) {
        target -= Math.max(0, weights[index]!);
        if (target < 0) return index;
      }
      return weights.length - 1;
    },
  };
}
