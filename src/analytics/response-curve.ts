/**
 * A Hill response curve: expected daily conversions as a function of daily spend, with diminishing
 * returns. `half` is the spend at which the curve reaches half of `vmax`; `shape` below 1 gives a
 * concave curve from the first dollar, above 1 an S-curve.
 */
export interface HillCurve {
  /** Conversions per day the campaign approaches as spend grows without limit. */
  vmax: number;
  /** Daily spend at which expected conversions are half of `vmax`. */
  half: number;
  /** Steepness; the fitted curves use 0.6–1.0 (concave everywhere). */
  shape: number;
}

/**
 * The derivative of s^k / (s^k + h^k) is infinite at s = 0 when k < 1. Below this fraction of `half`
 * the marginal is held at its value here, which keeps the optimiser's arithmetic finite while still
 * saying "the first dollars are the most productive" (about 10–25 × vmax / half for k = 0.6–0.8).
 */
const MARGINAL_FLOOR_FRACTION = 1e-3;

/**
 * The fraction of `vmax` reached at `spend`, in [0, 1).
 *
 * @example hillFraction(100, 100, 1) // 0.5
 */
export function hillFraction(spend: number, half: number, shape: number): number {
  assertSpend(spend);
  if (spend === 0) return 0;
  // 1 / (1 + (h/s)^k) is the same quantity without overflowing s^k for large spends.
  return 1 / (1 + (half / spend) ** shape);
}

/**
 * Derivative of `hillFraction` with respect to spend; finite at 0 (see `MARGINAL_FLOOR_FRACTION`).
 */
export function hillFractionSlope(spend: number, half: number, shape: number): number {
  assertSpend(spend);
  const at = Math.max(spend, half * MARGINAL_FLOOR_FRACTION);
  const ratio = (half / at) ** shape;
  // d/ds [1 / (1 + (h/s)^k)] = k (h/s)^k / (s (1 + (h/s)^k)^2)
  return (shape * ratio) / (at * (1 + ratio) ** 2);
}

/**
 * Expected daily conversions at a daily spend.
 *
 * @example expectedAt({ vmax: 40, half: 500, shape: 1 }, 500) // 20
 */
export function expectedAt(curve: HillCurve, spend: number): number {
  return curve.vmax * hillFraction(spend, curve.half, curve.shape);
}

/**
 * Extra conversions per extra dollar of daily spend (the curve's derivative). Finite at zero spend:
 * below a thousandth of `half` it is held at its value there.
 *
 * @example marginalAt({ vmax: 40, half: 500, shape: 1 }, 500) // 0.02: one more conversion per $50
 */
export function marginalAt(curve: HillCurve, spend: number): number {
  return curve.vmax * hillFractionSlope(spend, curve.half, curve.shape);
}

function assertSpend(spend: number): void {
  if (!(spend >= 0) || !Number.isFinite(spend)) {
    throw new RangeError(`spend must be a finite number ≥ 0, got ${spend}`);
  }
}
