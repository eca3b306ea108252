/**
 * Fits a Hill response curve to daily (spend, conversions) points by Bayesian averaging over a grid
 * of curve shapes. Built for what campaigns actually give: a few noisy days at nearly the same spend.
 * With such data the likelihood hardly tells one curvature from another, so the prior on `half`
 * decides, and it says "moderately saturated at today's spend" (half ≈ the median spend).
 */
import type { Random } from './random.ts';
import { type HillCurve, hillFraction, hillFractionSlope } from './response-curve.ts';

export interface SpendConversionsPoint {
  /** Daily spend, ≥ 0. Days with zero spend say nothing about curvature and are skipped. */
  spend: number;
  /** Conversions that day, ≥ 0 (fractional values from attribution are fine). */
  conversions: number;
  /**
   * How much this day counts, 1 by default. Use less than 1 for recent days whose conversions are
   * still arriving (conversion lag), 0 to ignore a day.
   */
  weight?: number;
}

export interface FitResponseCurveOptions {
  /**
   * Log-normal prior on `half`: centred on `halfMedian` (default: the median observed spend) with
   * log-scale spread `halfSpread` (default ln 3: a factor of three either way is one sd).
   */
  prior?: { halfMedian: number; halfSpread?: number };
}

/** One grid point of the posterior: a curve and its posterior probability. */
export interface WeightedCurve extends HillCurve {
  weight: number;
}

export interface CredibleInterval {
  low: number;
  high: number;
}

export interface CurvePosterior {
  /** Grid points with weight above 1e-6, weights summing to 1; `vmax` is its posterior mean there. */
  readonly grid: readonly WeightedCurve[];
  /** Share of the variance in daily conversions the posterior-mean curve explains, in [0, 1]. */
  readonly rSquared: number;
  /** Number of points that informed the fit (spend > 0 and weight > 0). */
  readonly dataPoints: number;
  /** Posterior mean of expected daily conversions at a daily spend. */
  expectedAt(spend: number): number;
  /** Posterior mean of the marginal (conversions per extra dollar) at a daily spend. */
  marginalAt(spend: number): number;
  /** One plausible curve drawn from the posterior, for Thompson sampling over budgets. */
  sample(random: Random): HillCurve;
  /** Central credible interval of expected daily conversions at a spend (level 0.8 by default). */
  interval(spend: number, level?: number): CredibleInterval;
}

/**
 * Daily conversions vary more than Poisson (weekday effects, auctions, tracking): the
 * log-likelihood is divided by this factor (a quasi-Poisson tempering), which widens the posterior
 * as if there were half as many conversions.
 */
const OVERDISPERSION = 2;
/** Jeffreys' prior on a Poisson rate adds half a conversion; it keeps zero-conversion fits proper. */
const PRIOR_CONVERSIONS = 0.5;
const SHAPES = [0.6, 0.8, 1.0] as const;
const HALF_GRID_SIZE = 40;
const HALF_GRID_LOW = 0.05;
const HALF_GRID_HIGH = 20;
const DEFAULT_HALF_SPREAD = Math.log(3);
const KEEP_WEIGHT_ABOVE = 1e-6;

interface GridCurve extends WeightedCurve {
  /** Gamma posterior of vmax at this grid point (shape, rate). */
  vmaxShape: number;
  vmaxRate: number;
}

/**
 * Fits a posterior over Hill curves to daily spend and conversions.
 *
 * Method: `half` on a geometric grid of 40 points from 0.05× to 20× the median spend, times
 * `shape` ∈ {0.6, 0.8, 1.0}. At each grid point vmax has a closed form (the Poisson maximum
 * likelihood Σw·conv / Σw·g(spend)); the point's weight is the tempered Poisson log-likelihood at
 * that vmax plus the log-normal prior on `half`, normalised. Given the grid point, vmax has a Gamma
 * posterior (shape (Σw·conv + ½) / 2, rate Σw·g / 2), used by `sample` and `interval`.
 *
 * @example
 * const posterior = fitResponseCurve(days.map((day) => ({ spend: day.spend, conversions: day.leads })));
 * posterior.marginalAt(300); // conversions per extra dollar at $300/day
 * posterior.interval(450);   // { low, high }: what $450/day would plausibly bring
 */
export function fitResponseCurve(
  points: readonly SpendConversionsPoint[],
  options: FitResponseCurveOptions = {},
): CurvePosterior {
  const used = usablePoints(points);
  const medianSpend = median(used.map((point) => point.spend));
  const halfMedian = options.prior?.halfMedian ?? medianSpend;
  const halfSpread = options.prior?.halfSpread ?? DEFAULT_HALF_SPREAD;
  if (!(halfMedian > 0) || !Number.isFinite(halfMedian)) {
    throw new RangeError(`prior.halfMedian must be a positive number, got ${halfMedian}`);
  }
  if (!(halfSpread > 0) || !Number.isFinite(halfSpread)) {
    throw new RangeError(`prior.halfSpread must be a positive number, got ${halfSpread}`);
  }

  const totalConversions = used.reduce((sum, point) => sum + point.weight * point.conversions, 0);
  const candidates: { curve: Omit<GridCurve, 'weight'>; logWeight: number }[] = [];
  for (const half of geometricGrid(
    medianSpend * HALF_GRID_LOW,
    medianSpend * HALF_GRID_HIGH,
    HALF_GRID_SIZE,
  )) {
    const logPrior = -((Math.log(half) - Math.log(halfMedian)) ** 2) / (2 * halfSpread ** 2);
    for (const shape of SHAPES) {
      const fractions = used.map((point) => hillFraction(point.spend, half, shape));
      const exposure = used.reduce((sum, point, index) => sum + point.weight * fractions[index]!, 0);
      const vmaxLikeliest = totalConversions / exposure;
      let logLikelihood = 0;
      used.forEach((point, index) => {
        const mean = vmaxLikeliest * fractions[index]!;
        if (point.conversions > 0) logLikelihood += point.weight * point.conversions * Math.log(mean);
        logLikelihood -= point.weight * mean;
      });
      const vmaxShape = (totalConversions + PRIOR_CONVERSIONS) / OVERDISPERSION;
      const vmaxRate = exposure / OVERDISPERSION;
      candidates.push({
        curve: { vmax: vmaxShape / vmaxRate, half, shape, vmaxShape, vmaxRate },
        logWeight: logPrior + logLikelihood / OVERDISPERSION,
      });
    }
  }

  const grid = normalise(candidates);
  const expected = (spend: number) =>
    grid.reduce(
      (sum, curve) => sum + curve.weight * curve.vmax * hillFraction(spend, curve.half, curve.shape),
      0,
    );

  return {
    grid: grid.map(({ vmax, half, shape, weight }) => ({ vmax, half, shape, weight })),
    rSquared: rSquaredOf(used, expected),
    dataPoints: used.length,
    expectedAt: expected,
    marginalAt: (spend) =>
      grid.reduce(
        (sum, curve) => sum + curve.weight * curve.vmax * hillFractionSlope(spend, curve.half, curve.shape),
        0,
      ),
    sample: (random) => {
      const curve = grid[random.pick(grid.map((point) => point.weight))]!;
      return { vmax: random.gamma(curve.vmaxShape) / curve.vmaxRate, half: curve.half, shape: curve.shape };
    },
    interval: (spend, level = 0.8) => credibleInterval(grid, spend, level),
  };
}

function usablePoints(points: readonly SpendConversionsPoint[]): Required<SpendConversionsPoint>[] {
  if (points.length === 0)
    throw new RangeError('fitResponseCurve needs at least one (spend, conversions) point');
  for (const point of points) {
    const weight = point.weight ?? 1;
    if (![point.spend, point.conversions, weight].every((value) => Number.isFinite(value) && value >= 0)) {
      throw new RangeError(
        `spend, conversions and weight must be finite numbers ≥ 0, got ${JSON.stringify(point)}`,
      );
    }
  }
  const used = points
    .map((point) => ({ spend: point.spend, conversions: point.conversions, weight: point.weight ?? 1 }))
    .filter((point) => point.spend > 0 && point.weight > 0);
  if (used.length === 0) {
    throw new RangeError('fitResponseCurve needs at least one point with spend > 0 (and weight > 0)');
  }
  return used;
}

function geometricGrid(low: number, high: number, size: number): number[] {
  const ratio = (high / low) ** (1 / (size - 1));
  return Array.from({ length: size }, (_, index) => low * ratio ** index);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function normalise(candidates: { curve: Omit<GridCurve, 'weight'>; logWeight: number }[]): GridCurve[] {
  const highest = Math.max(...candidates.map((candidate) => candidate.logWeight));
  const relative = candidates.map((candidate) => Math.exp(candidate.logWeight - highest));
  const total = relative.reduce((sum, weight) => sum + weight, 0);
  const kept = candidates
    .map((candidate, index) => ({ ...candidate.curve, weight: relative[index]! / total }))
    .filter((curve) => curve.weight > KEEP_WEIGHT_ABOVE);
  const keptTotal = kept.reduce((sum, curve) => sum + curve.weight, 0);
  return kept.map((curve) => ({ ...curve, weight: curve.weight / keptTotal }));
}

function rSquaredOf(
  points: readonly Required<SpendConversionsPoint>[],
  expected: (spend: number) => number,
): number {
  const totalWeight = points.reduce((sum, point) => sum + point.weight, 0);
  const mean = points.reduce((sum, point) => sum + point.weight * point.conversions, 0) / totalWeight;
  let totalSquares = 0;
  let residualSquares = 0;
  for (const point of points) {
    totalSquares += point.weight * (point.conversions - mean) ** 2;
    residualSquares += point.weight * (point.conversions - expected(point.spend)) ** 2;
  }
  // Identical conversions every day leave no variance to explain.
  if (totalSquares === 0) return 0;
  return Math.min(1, Math.max(0, 1 - residualSquares / totalSquares));
}

/**
 * Expected conversions at a spend are vmax × g(spend) with vmax Gamma-distributed at each grid
 * point, so the posterior is a mixture of scaled Gammas; its quantiles are found by bisection on the
 * mixture's distribution function.
 */
function credibleInterval(grid: readonly GridCurve[], spend: number, level: number): CredibleInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, got ${level}`);
  const fractions = grid.map((curve) => hillFraction(spend, curve.half, curve.shape));
  if (fractions.every((fraction) => fraction === 0)) return { low: 0, high: 0 };
  const probabilityAtMost = (conversions: number) =>
    grid.reduce((sum, curve, index) => {
      const fraction = fractions[index]!;
      if (fraction === 0) return sum + curve.weight;
      return (
        sum + curve.weight * regularizedGammaP(curve.vmaxShape, (curve.vmaxRate * conversions) / fraction)
      );
    }, 0);
  const quantile = (probability: number) => {
    let high = Math.max(
      1e-9,
      grid.reduce((sum, curve, index) => sum + curve.weight * curve.vmax * fractions[index]!, 0),
    );
    while (probabilityAtMost(high) < probability) high *= 2;
    let low = 0;
    for (let step = 0; step < 200 && high - low > 1e-12 * high; step += 1) {
      const middle = (low + high) / 2;
      if (probabilityAtMost(middle) < probability) low = middle;
      else high = middle;
    }
    return (low + high) / 2;
  };
  return { low: quantile((1 - level) / 2), high: quantile((1 + level) / 2) };
}

/** P(a, x): the regularised lower incomplete gamma function (Numerical Recipes, 3rd ed., §6.2). */
function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefactor = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n += 1) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.min(1, sum * Math.exp(logPrefactor));
  }
  // Continued fraction for Q(a, x) = 1 − P(a, x), by the modified Lentz method.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < 1000; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefactor) * fraction);
}

const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) by the Lanczos approximation (g = 7), accurate to ~15 digits for x > 0. */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS[0]!;
  for (let index = 1; index < LANCZOS.length; index += 1) series += LANCZOS[index]! / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}
