import { describe, expect, it } from 'vitest';
import { forecastResults } from '../../src/analytics/forecast-results.ts';
import { addDays } from '../../src/calendar/calendar-days.ts';
import { createSandboxMarket } from '../../src/connectors/sandbox/index.ts';
import { AD_MARKET_ASSUMPTIONS, PLATFORM_BENCHMARKS } from '../../src/knowledge/platform-benchmarks.ts';
import { marketOptions, START, THREE_CAMPAIGNS } from '../connectors/sandbox/market-fixture.ts';

const DAYS = 30;

function forecastFor(campaigns: typeof THREE_CAMPAIGNS, conversionKind: 'leads' | 'sales' = 'leads') {
  return forecastResults({
    lines: campaigns.map((campaign) => ({
      id: campaign.id,
      benchmark: PLATFORM_BENCHMARKS[campaign.platform],
      spend: campaign.daily_budget * DAYS,
    })),
    conversionKind,
    assumptions: AD_MARKET_ASSUMPTIONS,
  });
}

/** A month of the sandbox market with its starting budgets, as the performance rows report it. */
async function simulatedMonth(seed: number) {
  const market = createSandboxMarket(marketOptions({ seed }));
  const last = addDays(START, DAYS - 1);
  await market.advanceThrough(last);
  const rows = await market.dailyPerformance({ from: START, to: last });
  const clicks = rows.reduce((sum, row) => sum + row.clicks, 0);
  const spend = rows.reduce((sum, row) => sum + row.spend, 0);
  const results = Object.values(market.truth().conversionsByDay).reduce((sum, count) => sum + count, 0);
  return { clicks, spend, results };
}

describe('forecastResults: what a budget buys, from the benchmarks the sandbox market draws from', () => {
  it('gives ordered ranges that grow with the spend, per line and in total', () => {
    const forecast = forecastFor(THREE_CAMPAIGNS);
    const doubled = forecastFor(
      THREE_CAMPAIGNS.map((campaign) => ({ ...campaign, daily_budget: campaign.daily_budget * 2 })),
    );
    for (const figures of [...Object.values(forecast.lines), forecast.total]) {
      expect(figures.clicks.low).toBeLessThan(figures.clicks.expected);
      expect(figures.clicks.expected).toBeLessThan(figures.clicks.high);
      expect(figures.results.low).toBeLessThanOrEqual(figures.results.expected);
      expect(figures.results.expected).toBeLessThan(figures.results.high);
    }
    expect(doubled.total.clicks.expected / forecast.total.clicks.expected).toBeCloseTo(2, 1);
    // Search is bought by the click: a month's clicks on Google are its spend over a typical CPC.
    const google = forecast.lines['google-leads']!.clicks;
    expect(google.expected).toBeGreaterThan((150 * DAYS) / PLATFORM_BENCHMARKS.google.price.range[1]);
    expect(google.expected).toBeLessThan((150 * DAYS) / PLATFORM_BENCHMARKS.google.price.range[0]);
  });

  it('forecasts fewer purchases than leads for the same budget, and the total is narrower than the sum of the lines', () => {
    const leads = forecastFor(THREE_CAMPAIGNS);
    const sales = forecastFor(THREE_CAMPAIGNS, 'sales');
    expect(sales.total.results.expected).toBeLessThan(leads.total.results.expected);
    const lines = Object.values(leads.lines);
    expect(leads.total.results.high).toBeLessThan(lines.reduce((sum, line) => sum + line.results.high, 0));
    expect(leads.total.results.low).toBeGreaterThan(lines.reduce((sum, line) => sum + line.results.low, 0));
  });

  it('holds the sandbox market’s own months: at least 45 of 50 seeds land inside every range', async () => {
    const forecast = forecastFor(THREE_CAMPAIGNS).total;
    let inside = 0;
    for (let seed = 1; seed <= 50; seed += 1) {
      const month = await simulatedMonth(seed);
      const cost = month.spend / month.results;
      if (
        month.clicks >= forecast.clicks.low &&
        month.clicks <= forecast.clicks.high &&
        month.results >= forecast.results.low &&
        month.results <= forecast.results.high &&
        cost >= forecast.cost_per_result.low &&
        cost <= (forecast.cost_per_result.high ?? Number.POSITIVE_INFINITY)
      )
        inside += 1;
    }
    expect(inside).toBeGreaterThanOrEqual(45);
  }, 60_000);
});
