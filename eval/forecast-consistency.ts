/**
 * Forecast consistency: does the product's own sandbox market confirm the plan? A spawned client is
 * run for 30 simulated days against the sandbox (its own plan, budgets and ads, the runtime agents
 * moving money as they would), and each forecast figure of the month (clicks, results, cost per
 * result) is checked against the range the plan promised. The market's seed comes from the client's
 * name, so every site meets a different market, as a real client would.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simulateClient } from '../src/runtime/simulate/simulate-client.ts';
import { BrandConfig } from '../src/schemas/brand-config.ts';

/** Simulated days: a month is enough to compare with the plan's month, and keeps the evaluation quick. */
export const CONSISTENCY_DAYS = 30;

export interface ForecastCheck {
  kpi: 'clicks' | 'results' | 'cost_per_result';
  /** The simulated figure, scaled to the plan's month. */
  simulated: number | null;
  low: number;
  high: number | null;
  inside: boolean;
}

export interface ForecastConsistency {
  result: string;
  checks: ForecastCheck[];
  /** Whether every figure landed inside its range. */
  consistent: boolean;
  seed: number;
  seconds: number;
}

/** Runs the 30-day simulation of a built client and compares it with its plan's forecast. */
export async function checkForecastConsistency(
  clientsDir: string,
  slug: string,
): Promise<ForecastConsistency> {
  const started = performance.now();
  const config = BrandConfig.parse(
    JSON.parse(await readFile(join(clientsDir, slug, 'brand-config.json'), 'utf8')),
  );
  const forecast = config.budget.forecast;
  if (!forecast) throw new Error('brand-config.json has no budget forecast');
  const seed = seedFor(slug);
  let delivered = { spend: 0, clicks: 0, days: 0 };
  const simulation = await simulateClient({
    clientsDir,
    slug,
    days: CONSISTENCY_DAYS,
    seed,
    policy: 'agents',
    inspect: async (store) => {
      // Campaign rows (ad_id '') sum their ads'; the last day is read the morning after, so count the days read.
      const totals = await store.query<{ spend: string | null; clicks: string | null; days: number }>(
        `SELECT sum(spend) AS spend, sum(clicks) AS clicks, count(DISTINCT day)::int AS days
         FROM daily_performance WHERE brand_id = $1 AND ad_id = ''`,
        [slug],
      );
      const row = totals.rows[0];
      delivered = { spend: Number(row?.spend ?? 0), clicks: Number(row?.clicks ?? 0), days: row?.days ?? 0 };
    },
  });
  const clicks = delivered.days > 0 ? (delivered.clicks / delivered.days) * forecast.days : 0;
  const results = (simulation.conversions / CONSISTENCY_DAYS) * forecast.days;
  const spendPerDay = delivered.days > 0 ? delivered.spend / delivered.days : 0;
  const cost = simulation.conversions > 0 ? (spendPerDay * CONSISTENCY_DAYS) / simulation.conversions : null;
  const within = (value: number | null, low: number, high: number | null) =>
    value !== null && value >= low && (high === null || value <= high);
  const figures: ForecastCheck[] = [
    {
      kpi: 'clicks',
      simulated: round(clicks),
      low: forecast.clicks.low,
      high: forecast.clicks.high,
      inside: false,
    },
    {
      kpi: 'results',
      simulated: round(results),
      low: forecast.results.low,
      high: forecast.results.high,
      inside: false,
    },
    {
      kpi: 'cost_per_result',
      simulated: cost === null ? null : round(cost, 2),
      low: forecast.cost_per_result.low,
      high: forecast.cost_per_result.high,
      // No result at all is inside only when the plan allowed for none.
      inside: cost === null ? forecast.results.low === 0 : false,
    },
  ];
  const checks = figures.map((check) => ({
    ...check,
    inside: check.inside || within(check.simulated, check.low, check.high),
  }));
  return {
    result: forecast.result,
    checks,
    consistent: checks.every((check) => check.inside),
    seed,
    seconds: (performance.now() - started) / 1000,
  };
}

/** One line per site for the report: each figure against its range, ✗ where it landed outside. */
export function describeConsistency(consistency: ForecastConsistency): string {
  return consistency.checks
    .map((check) => {
      const name = check.kpi === 'results' ? `${consistency.result}s` : check.kpi.replaceAll('_', ' ');
      const value = check.simulated === null ? 'none' : String(check.simulated);
      return `${check.inside ? '' : '✗ '}${name} ${value} in ${check.low}–${check.high ?? '∞'}`;
    })
    .join('; ');
}

/** A seed from the client's name: the same site always meets the same market. */
function seedFor(slug: string): number {
  return createHash('sha256').update(`forecast-consistency:${slug}`).digest().readUInt32LE(0) % 2 ** 31;
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
