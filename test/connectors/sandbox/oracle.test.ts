import { describe, expect, it } from 'vitest';
import { streamFor } from '../../../src/analytics/random.ts';
import { addDays } from '../../../src/calendar/calendar-days.ts';
import { createSandboxMarket, type SandboxMarket } from '../../../src/connectors/sandbox/index.ts';
import { marketOptions, START, sum, THREE_CAMPAIGNS } from './market-fixture.ts';

const SIX_CAMPAIGNS = [
  ...THREE_CAMPAIGNS,
  {
    id: 'google-brand',
    platform: 'google',
    name: 'Google brand',
    daily_budget: 40,
    utm_campaign: 'google-brand',
  },
  {
    id: 'meta-retarget',
    platform: 'meta',
    name: 'Meta retargeting',
    daily_budget: 60,
    utm_campaign: 'meta-retarget',
  },
  {
    id: 'linkedin-b2b',
    platform: 'linkedin',
    name: 'LinkedIn',
    daily_budget: 60,
    utm_campaign: 'linkedin-b2b',
  },
] as const;

/** A market whose starting split is 13% below the oracle's (seed 42's happens to be within 1%). */
const SEED = 16;

const expectedDaily = (market: SandboxMarket, allocation: Record<string, number>) =>
  sum(Object.entries(allocation).map(([id, spend]) => market.expectedConversions(id, spend)));

/** Hands out the budget in small steps, each to the campaign that gains most (minimums first). */
function greedy(
  market: SandboxMarket,
  campaigns: readonly { id: string; platform: string }[],
  total: number,
  min: number,
) {
  const steps = 6000;
  const step = total / steps;
  const spend = Object.fromEntries(campaigns.map((campaign) => [campaign.id, 0]));
  const give = (candidates: readonly { id: string }[]) => {
    let best = candidates[0]!;
    let bestGain = -1;
    for (const campaign of candidates) {
      const gain =
        market.expectedConversions(campaign.id, spend[campaign.id]! + step) -
        market.expectedConversions(campaign.id, spend[campaign.id]!);
      if (gain > bestGain) [best, bestGain] = [campaign, gain];
    }
    spend[best.id]! += step;
  };
  let given = 0;
  for (const platform of new Set(campaigns.map((campaign) => campaign.platform))) {
    const group = campaigns.filter((campaign) => campaign.platform === platform);
    for (let part = 0; part < Math.round(min / step); part += 1, given += 1) give(group);
  }
  for (; given < steps; given += 1) give(campaigns);
  return spend;
}

describe('the response curves', () => {
  it('give diminishing returns: every extra dollar buys fewer conversions than the one before', () => {
    const market = createSandboxMarket(marketOptions({ seed: SEED }));
    for (const campaign of THREE_CAMPAIGNS) {
      let previousTotal = 0;
      let previousPerDollar = Number.POSITIVE_INFINITY;
      for (let spend = 5; spend <= 5000; spend *= 2) {
        const total = market.expectedConversions(campaign.id, spend);
        expect(total).toBeGreaterThan(previousTotal);
        expect(total / spend).toBeLessThan(previousPerDollar);
        [previousTotal, previousPerDollar] = [total, total / spend];
      }
    }
  });

  it('weights a dated expectation by its weekday, averaging the undated one over a week', () => {
    const market = createSandboxMarket(marketOptions({ seed: SEED }));
    const week = [0, 1, 2, 3, 4, 5, 6].map((offset) =>
      market.expectedConversions('meta-leads', 100, addDays(START, offset)),
    );
    expect(new Set(week.map((value) => value.toFixed(6))).size).toBe(7);
    expect(sum(week) / 7).toBeCloseTo(market.expectedConversions('meta-leads', 100), 9);
  });
});

describe('the oracle', () => {
  it('beats the starting split and random splits under the same constraints, and matches a fine greedy search', () => {
    const market = createSandboxMarket(marketOptions({ seed: SEED }));
    const oracle = market.oracle({
      dailyTotal: 300,
      perPlatformMin: 50,
      from: START,
      to: addDays(START, 89),
    });
    expect(sum(Object.values(oracle.allocation))).toBeCloseTo(300, 6);
    expect(oracle.freshCreativeDaily).toBeCloseTo(expectedDaily(market, oracle.allocation), 9);

    const starting = expectedDaily(market, { 'google-leads': 150, 'meta-leads': 100, 'tiktok-leads': 50 });
    expect(oracle.freshCreativeDaily).toBeGreaterThan(starting * 1.1);
    for (let draw = 0; draw < 200; draw += 1) {
      const random = streamFor(7, 'split', draw);
      const weights = THREE_CAMPAIGNS.map(() => random.gamma(1));
      const free = 150 / sum(weights);
      const split = Object.fromEntries(
        THREE_CAMPAIGNS.map((campaign, index) => [campaign.id, 50 + weights[index]! * free]),
      );
      expect(oracle.freshCreativeDaily).toBeGreaterThanOrEqual(expectedDaily(market, split));
    }
    const searched = expectedDaily(market, greedy(market, THREE_CAMPAIGNS, 300, 50));
    expect(oracle.freshCreativeDaily).toBeGreaterThanOrEqual(searched * (1 - 1e-9));
    expect(oracle.freshCreativeDaily).toBeLessThan(searched * 1.001);
  });

  it('keeps every platform at its minimum, summing several campaigns of a platform', () => {
    const market = createSandboxMarket(marketOptions({ seed: SEED, campaigns: [...SIX_CAMPAIGNS] }));
    for (const perPlatformMin of [0, 50, 90]) {
      const oracle = market.oracle({ dailyTotal: 400, perPlatformMin, from: START, to: START });
      expect(sum(Object.values(oracle.allocation))).toBeCloseTo(400, 6);
      for (const platform of ['google', 'meta', 'tiktok', 'linkedin']) {
        const spend = sum(
          SIX_CAMPAIGNS.filter((c) => c.platform === platform).map((c) => oracle.allocation[c.id]!),
        );
        expect(spend).toBeGreaterThanOrEqual(perPlatformMin - 1e-6);
      }
      const searched = expectedDaily(market, greedy(market, SIX_CAMPAIGNS, 400, perPlatformMin));
      expect(oracle.freshCreativeDaily).toBeGreaterThanOrEqual(searched * (1 - 1e-9));
      expect(oracle.freshCreativeDaily).toBeLessThan(searched * 1.001);
    }
    const starved = market.oracle({ dailyTotal: 200, perPlatformMin: 80, from: START, to: START });
    const linkedin = starved.allocation['linkedin-b2b']!;
    expect(linkedin).toBeCloseTo(50, 6);
  });

  it('counts expected conversions over the days asked, weekday by weekday', () => {
    const market = createSandboxMarket(marketOptions({ seed: SEED }));
    const thirteenWeeks = market.oracle({
      dailyTotal: 300,
      perPlatformMin: 50,
      from: START,
      to: addDays(START, 90),
    });
    expect(thirteenWeeks.freshCreativeConversions).toBeCloseTo(thirteenWeeks.freshCreativeDaily * 91, 6);
    expect(thirteenWeeks.expectedConversions).toBeCloseTo(thirteenWeeks.expectedDaily * 91, 6);
    const weekend = market.oracle({
      dailyTotal: 300,
      perPlatformMin: 50,
      from: addDays(START, 5),
      to: addDays(START, 6),
    });
    expect(weekend.freshCreativeConversions).toBeLessThan(weekend.freshCreativeDaily * 2);
  });

  it('expects what the market delivers with ideal rotation: below fresh creative, above never rotating', async () => {
    const run = async (allocation: Record<string, number> | null) => {
      const market = createSandboxMarket(marketOptions({ seed: SEED }));
      if (allocation)
        for (const [id, budget] of Object.entries(allocation))
          await market.setCampaignBudget(id, Math.round(budget * 100) / 100, `oracle-${id}`);
      await market.advanceThrough(addDays(START, 59));
      return sum(Object.values(market.truth().conversionsByDay));
    };
    const oracle = createSandboxMarket(marketOptions({ seed: SEED })).oracle({
      dailyTotal: 300,
      perPlatformMin: 50,
      from: START,
      to: addDays(START, 59),
    });
    const neverRotated = await run(oracle.allocation);
    expect(neverRotated).toBeGreaterThan(await run(null));
    // Ideal rotation recovers most of what tired creative costs, never all of it.
    expect(oracle.expectedConversions).toBeGreaterThan(neverRotated * 1.05);
    expect(oracle.expectedConversions).toBeLessThan(oracle.freshCreativeConversions * 0.97);
  });
});
