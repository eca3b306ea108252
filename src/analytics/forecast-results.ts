import {
  type AD_MARKET_ASSUMPTIONS,
  type BenchmarkRange,
  centralRange,
  type PlatformBenchmark,
} from '../knowledge/platform-benchmarks.ts';
import type { ConversionKind } from '../schemas/business-model.ts';
import { streamFor } from './random.ts';

/** A forecast figure: the median outcome and the range that holds `coverage` of outcomes. */
export interface ForecastRange {
  low: number;
  expected: number;
  high: number;
}

export interface ForecastFigures {
  clicks: ForecastRange;
  /** Leads for lead businesses, purchases for online stores (see `conversionKindOf`). */
  results: ForecastRange;
  /** Spend ÷ results; `high` is null when the range's low end has no result at all. */
  cost_per_result: { low: number; expected: number | null; high: number | null };
}

export interface ForecastLine {
  id: string;
  benchmark: PlatformBenchmark;
  /** Spend planned for the period forecast (e.g. a month's budget for the platform). */
  spend: number;
}

export interface ForecastResultsOptions {
  lines: readonly ForecastLine[];
  conversionKind: ConversionKind;
  assumptions: typeof AD_MARKET_ASSUMPTIONS;
  /** Share of outcomes inside each range; default 0.98 (1st to 99th percentile). */
  coverage?: number;
  /** Outcomes drawn; default 4000. */
  samples?: number;
  /** Seed of the draws, so the same plan always gets the same figures. */
  seed?: number;
}

export interface ForecastResult {
  lines: Record<string, ForecastFigures>;
  total: ForecastFigures;
}

const DEFAULTS = { coverage: 0.98, samples: 4000, seed: 1 };

/**
 * What a budget buys on each platform, as ranges, from the same benchmark table and spread the sandbox
 * market draws its campaigns from: for each outcome, a price, CTR and CVR from the middle of the
 * platform's ranges, an audience fit, the spend pace and creative wear, then a Poisson count of
 * results. The budget is the plan's own, so the curve's saturation does not enter (the market anchors
 * each campaign's curve at its starting budget). Totals are drawn jointly, not summed from the ranges.
 *
 * @example
 * forecastResults({ lines: [{ id: 'google', benchmark: PLATFORM_BENCHMARKS.google, spend: 3000 }],
 *   conversionKind: 'leads', assumptions: AD_MARKET_ASSUMPTIONS }).total.results // { low, expected, high }
 */
export function forecastResults(options: ForecastResultsOptions): ForecastResult {
  const { coverage, samples, seed } = { ...DEFAULTS, ...options } satisfies Required<ForecastResultsOptions>;
  if (!(coverage > 0 && coverage < 1)) throw new RangeError(`coverage must be in (0, 1), got ${coverage}`);
  const { lines, conversionKind, assumptions } = options;
  const draws = new Map(
    lines.map((line) => [
      line.id,
      { spend: [] as number[], clicks: [] as number[], results: [] as number[] },
    ]),
  );
  const total = { spend: [] as number[], clicks: [] as number[], results: [] as number[] };
  const random = streamFor(seed, 'forecast');
  const logUniform = ([low, high]: BenchmarkRange) => Math.exp(random.uniform(Math.log(low), Math.log(high)));
  const typical = (range: BenchmarkRange) => logUniform(centralRange(range, assumptions.centralShare));
  for (let sample = 0; sample < samples; sample += 1) {
    let spendSum = 0;
    let clicksSum = 0;
    let resultsSum = 0;
    for (const line of lines) {
      const { benchmark } = line;
      const price = typical(benchmark.price.range);
      const ctr = typical(benchmark.ctr);
      const cvr =
        typical(benchmark.cvr[conversionKind]) *
        logUniform([1 / assumptions.audienceFit, assumptions.audienceFit]);
      const spend = line.spend * random.uniform(...assumptions.spendPace);
      const wear = random.uniform(...assumptions.creativeWear);
      // Search is bought by the click, the rest by the thousand impressions; either way a tired ad gets fewer clicks.
      const freshClicks = benchmark.price.unit === 'cpc' ? spend / price : ((spend * 1000) / price) * ctr;
      const clicks = freshClicks * wear;
      const results = line.spend > 0 ? random.poisson(clicks * cvr) : 0;
      const draw = draws.get(line.id)!;
      draw.spend.push(spend);
      draw.clicks.push(clicks);
      draw.results.push(results);
      spendSum += spend;
      clicksSum += clicks;
      resultsSum += results;
    }
    total.spend.push(spendSum);
    total.clicks.push(clicksSum);
    total.results.push(resultsSum);
  }
  const tail = (1 - coverage) / 2;
  return {
    lines: Object.fromEntries([...draws].map(([id, draw]) => [id, figures(draw, tail)])),
    total: figures(total, tail),
  };
}

function figures(
  draw: { spend: number[]; clicks: number[]; results: number[] },
  tail: number,
): ForecastFigures {
  const clicks = range(draw.clicks, tail, 0);
  const results = range(draw.results, tail, 0);
  const spend = quantile(draw.spend, 0.5);
  const per = (count: number) => (count > 0 ? round(spend / count, 2) : null);
  return {
    clicks,
    results,
    cost_per_result: { low: per(results.high) ?? 0, expected: per(results.expected), high: per(results.low) },
  };
}

function range(values: number[], tail: number, digits: number): ForecastRange {
  return {
    low: round(quantile(values, tail), digits),
    expected: round(quantile(values, 0.5), digits),
    high: round(quantile(values, 1 - tail), digits),
  };
}

/** The q-quantile by linear interpolation between order statistics. */
function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
