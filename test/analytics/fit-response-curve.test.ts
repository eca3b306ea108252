import { describe, expect, it } from 'vitest';
import { fitResponseCurve } from '../../src/analytics/fit-response-curve.ts';
import { randomFrom, streamFor } from '../../src/analytics/random.ts';
import { expectedAt, type HillCurve } from '../../src/analytics/response-curve.ts';

const truth: HillCurve = { vmax: 40, half: 600, shape: 0.8 };

/** Days of Poisson conversions from `truth` at the given spends. */
function simulatedDays(spends: readonly number[], seed: number) {
  const random = streamFor(seed, 'fit-response-curve');
  return spends.map((spend) => ({ spend, conversions: random.poisson(expectedAt(truth, spend)) }));
}

const variedSpends = Array.from({ length: 60 }, (_, day) => 100 + ((day * 37) % 60) * 30);

describe('fitResponseCurve', () => {
  it.each([1, 2, 3])('recovers a known curve from varied spend (seed %i)', (seed) => {
    const posterior = fitResponseCurve(simulatedDays(variedSpends, seed));
    for (const spend of [300, 600, 1200, 1800]) {
      expect(Math.abs(posterior.expectedAt(spend) / expectedAt(truth, spend) - 1)).toBeLessThan(0.1);
      const { low, high } = posterior.interval(spend, 0.95);
      expect(low).toBeLessThan(expectedAt(truth, spend));
      expect(high).toBeGreaterThan(expectedAt(truth, spend));
    }
    expect(posterior.rSquared).toBeGreaterThan(0.4);
    expect(posterior.rSquared).toBeLessThanOrEqual(1);
    expect(posterior.dataPoints).toBe(60);
  });

  it('keeps normalised grid weights above 1e-6', () => {
    const posterior = fitResponseCurve(simulatedDays(variedSpends, 2));
    const total = posterior.grid.reduce((sum, curve) => sum + curve.weight, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(posterior.grid.every((curve) => curve.weight > 1e-6)).toBe(true);
    expect(posterior.grid.length).toBeGreaterThan(1);
    expect(posterior.grid.length).toBeLessThanOrEqual(120);
  });

  it('says "moderately saturated at today\'s spend" when a few days at one spend say nothing about curvature', () => {
    const days = [
      { spend: 200, conversions: 9 },
      { spend: 210, conversions: 12 },
      { spend: 195, conversions: 10 },
      { spend: 205, conversions: 8 },
    ];
    const posterior = fitResponseCurve(days);
    // The level is pinned by the data: 39 conversions over 4 days, plus Jeffreys' half conversion.
    expect(posterior.expectedAt(202.5)).toBeCloseTo(39.5 / 4, 0);
    // Doubling spend buys about a third more, not double and not nothing: half sits near $200.
    const doubling = posterior.expectedAt(405) / posterior.expectedAt(202.5);
    expect(doubling).toBeGreaterThan(1.2);
    expect(doubling).toBeLessThan(1.6);
    // …and the model knows it is guessing: relative to the mean, the interval at four times today's
    // spend is much wider than at today's.
    const relativeWidth = (spend: number) => {
      const { low, high } = posterior.interval(spend);
      return (high - low) / posterior.expectedAt(spend);
    };
    expect(relativeWidth(810)).toBeGreaterThan(1.3 * relativeWidth(202.5));
  });

  it('follows a caller prior that says the campaign is far from saturation', () => {
    const days = [
      { spend: 200, conversions: 9 },
      { spend: 210, conversions: 12 },
      { spend: 195, conversions: 10 },
    ];
    const neutral = fitResponseCurve(days);
    const unsaturated = fitResponseCurve(days, { prior: { halfMedian: 2000, halfSpread: 0.5 } });
    const growth = (posterior: typeof neutral) => posterior.expectedAt(400) / posterior.expectedAt(200);
    expect(growth(unsaturated)).toBeGreaterThan(growth(neutral) + 0.2);
    expect(growth(unsaturated)).toBeGreaterThan(1.45);
  });

  it('gives a posterior marginal equal to the derivative of the posterior mean', () => {
    const posterior = fitResponseCurve(simulatedDays(variedSpends, 3));
    for (const spend of [150, 700, 2500]) {
      const step = 1e-3;
      const numeric = (posterior.expectedAt(spend + step) - posterior.expectedAt(spend - step)) / (2 * step);
      expect(posterior.marginalAt(spend)).toBeCloseTo(numeric, 8);
    }
  });

  it('samples curves whose average is the posterior mean, the same ones for the same seed', () => {
    const posterior = fitResponseCurve(simulatedDays(variedSpends.slice(0, 20), 4));
    const draws = Array.from({ length: 4000 }, (_, index) => posterior.sample(streamFor(9, 'draw', index)));
    const average = draws.reduce((sum, curve) => sum + expectedAt(curve, 800), 0) / draws.length;
    expect(Math.abs(average / posterior.expectedAt(800) - 1)).toBeLessThan(0.02);
    expect(posterior.sample(randomFrom(5))).toEqual(posterior.sample(randomFrom(5)));
    // An 80% interval holds about 80% of the sampled expectations.
    const { low, high } = posterior.interval(800);
    const inside = draws.filter((curve) => expectedAt(curve, 800) >= low && expectedAt(curve, 800) <= high);
    expect(inside.length / draws.length).toBeGreaterThan(0.77);
    expect(inside.length / draws.length).toBeLessThan(0.83);
  });

  it('narrows with more data', () => {
    const few = fitResponseCurve(simulatedDays(variedSpends.slice(0, 8), 6)).interval(800);
    const many = fitResponseCurve(simulatedDays([...variedSpends, ...variedSpends], 6)).interval(800);
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 2);
  });

  it('lets a caller down-weight recent days whose conversions are still arriving', () => {
    const settled = Array.from({ length: 10 }, () => ({ spend: 300, conversions: 12 }));
    const lagging = [
      { spend: 300, conversions: 4 },
      { spend: 300, conversions: 1 },
    ];
    const naive = fitResponseCurve([...settled, ...lagging]);
    const weighted = fitResponseCurve([...settled, ...lagging.map((day) => ({ ...day, weight: 0.05 }))]);
    expect(naive.expectedAt(300)).toBeLessThan(10.8);
    expect(weighted.expectedAt(300)).toBeGreaterThan(11.6);
    expect(weighted.expectedAt(300)).toBeLessThan(12.2);
  });

  it('still fits when nothing has converted: a small vmax with wide uncertainty', () => {
    const posterior = fitResponseCurve(
      Array.from({ length: 10 }, (_, day) => ({ spend: 50 + day, conversions: 0 })),
    );
    expect(posterior.expectedAt(55)).toBeGreaterThan(0);
    expect(posterior.expectedAt(55)).toBeLessThan(0.1);
    const { low, high } = posterior.interval(55);
    expect(low).toBeLessThan(0.001);
    expect(high).toBeGreaterThan(2 * posterior.expectedAt(55));
    expect(posterior.rSquared).toBe(0);
    const random = randomFrom(11);
    const sampled = Array.from({ length: 200 }, () => posterior.sample(random).vmax);
    expect(sampled.every((vmax) => Number.isFinite(vmax) && vmax >= 0)).toBe(true);
    expect(new Set(sampled).size).toBeGreaterThan(150);
  });

  it('ignores zero-spend days and rejects inputs it cannot fit', () => {
    const withIdleDay = fitResponseCurve([
      { spend: 0, conversions: 2 },
      { spend: 100, conversions: 5 },
    ]);
    expect(withIdleDay.dataPoints).toBe(1);
    expect(withIdleDay.interval(0)).toEqual({ low: 0, high: 0 });
    expect(() => fitResponseCurve([])).toThrow(RangeError);
    expect(() => fitResponseCurve([{ spend: 0, conversions: 3 }])).toThrow(/spend > 0/);
    expect(() => fitResponseCurve([{ spend: -5, conversions: 3 }])).toThrow(RangeError);
    expect(() => fitResponseCurve([{ spend: 5, conversions: 3 }], { prior: { halfMedian: 0 } })).toThrow(
      RangeError,
    );
    expect(() => withIdleDay.interval(100, 1)).toThrow(RangeError);
  });
});
