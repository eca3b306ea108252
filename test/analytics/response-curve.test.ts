import { describe, expect, it } from 'vitest';
import { expectedAt, type HillCurve, marginalAt } from '../../src/analytics/response-curve.ts';

const curve: HillCurve = { vmax: 40, half: 500, shape: 0.8 };

describe('Hill response curve', () => {
  it('gives half of vmax at the half-saturation spend and approaches vmax', () => {
    expect(expectedAt(curve, 0)).toBe(0);
    expect(expectedAt(curve, 500)).toBeCloseTo(20, 12);
    expect(expectedAt({ vmax: 40, half: 500, shape: 1 }, 1500)).toBeCloseTo(30, 12);
    expect(expectedAt(curve, 1e9)).toBeCloseTo(40, 3);
  });

  it('has a marginal equal to the numerical derivative of the curve', () => {
    for (const spend of [10, 120, 500, 2400]) {
      const step = spend * 1e-6;
      const numeric = (expectedAt(curve, spend + step) - expectedAt(curve, spend - step)) / (2 * step);
      expect(marginalAt(curve, spend)).toBeCloseTo(numeric, 8);
    }
    expect(marginalAt({ vmax: 40, half: 500, shape: 1 }, 500)).toBeCloseTo(0.02, 12);
  });

  it('keeps the marginal finite and largest at zero spend for concave shapes', () => {
    for (const shape of [0.6, 0.8, 1]) {
      const atZero = marginalAt({ ...curve, shape }, 0);
      expect(Number.isFinite(atZero)).toBe(true);
      expect(atZero).toBeGreaterThan(marginalAt({ ...curve, shape }, 50));
    }
    // Held at its value at a thousandth of `half` (0.5): vmax · k·r / (s·(1 + r)²) with r = 1000^k.
    const ratio = 1000 ** 0.6;
    expect(marginalAt({ ...curve, shape: 0.6 }, 0)).toBeCloseTo(
      (40 * 0.6 * ratio) / (0.5 * (1 + ratio) ** 2),
      12,
    );
    expect(marginalAt({ ...curve, shape: 0.6 }, 0)).toBeCloseTo(0.7372, 4);
  });

  it('has diminishing returns', () => {
    const marginals = [100, 200, 400, 800, 1600].map((spend) => marginalAt(curve, spend));
    for (let index = 1; index < marginals.length; index += 1) {
      expect(marginals[index]!).toBeLessThan(marginals[index - 1]!);
    }
  });

  it('rejects negative or non-finite spend', () => {
    expect(() => expectedAt(curve, -1)).toThrow(RangeError);
    expect(() => marginalAt(curve, Number.NaN)).toThrow(RangeError);
  });
});
