import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../../src/calendar/calendar-days.ts';
import { TransientPlatformError } from '../../../src/connectors/ad-platform.ts';
import {
  createSandboxMarket,
  restoreSandboxMarket,
  type SandboxMarket,
} from '../../../src/connectors/sandbox/index.ts';
import { marketOptions, recordingSink, START, sum } from './market-fixture.ts';

/** The same mutations and reads, in the same order, against any market. */
async function runScript(market: SandboxMarket, from: number, days: number) {
  const seen: unknown[] = [];
  for (let offset = from; offset < from + days; offset += 1) {
    const day = addDays(START, offset);
    if (offset % 5 === 0) await market.setCampaignBudget('meta-leads', 100 + offset * 3, `budget-${offset}`);
    if (offset === from + 3) await market.setAdStatus('google-leads-ad1', 'paused', `pause-${offset}`);
    if (offset === from + 4) await market.setAdStatus('google-leads-ad4', 'active', `start-${offset}`);
    await market.advanceThrough(day);
    seen.push(await market.dailyPerformance({ from: addDays(day, -3), to: day }));
  }
  return seen;
}

describe('the sandbox market', () => {
  it('is deterministic: the same seed and calls give the same rows, another seed other rows', async () => {
    const first = createSandboxMarket(marketOptions());
    const second = createSandboxMarket(marketOptions());
    const other = createSandboxMarket(marketOptions({ seed: 43 }));
    const [a, b, c] = await Promise.all([
      runScript(first, 0, 20),
      runScript(second, 0, 20),
      runScript(other, 0, 20),
    ]);
    expect(b).toEqual(a);
    expect(second.truth()).toEqual(first.truth());
    expect(c).not.toEqual(a);
    expect(other.truth().conversionsByDay).not.toEqual(first.truth().conversionsByDay);
  });

  it('reports one row per delivering ad per day, with spend close to the budget', async () => {
    const market = createSandboxMarket(marketOptions());
    const rows = await market.dailyPerformance({ from: START, to: addDays(START, 6) });
    expect(market.lastSimulatedDay()).toBe(addDays(START, 6));
    expect(rows).toHaveLength(7 * 3 * 3);
    for (const day of eachDay(START, addDays(START, 6))) {
      const google = rows.filter((row) => row.date === day && row.campaign_id === 'google-leads');
      expect(sum(google.map((row) => row.spend))).toBeGreaterThanOrEqual(150 * 0.93 - 0.01);
      expect(sum(google.map((row) => row.spend))).toBeLessThanOrEqual(150 * 1.02 + 0.01);
    }
    for (const row of rows) {
      expect(row.impressions).toBeGreaterThan(0);
      expect(row.clicks).toBeLessThanOrEqual(row.impressions);
      expect(row.conversions).toBeLessThanOrEqual(row.clicks);
      expect(row.revenue).toBe(0);
    }
    const ads = await market.listAds();
    expect(ads.filter((ad) => ad.status === 'active')).toHaveLength(9);
    expect(ads.every((ad) => ad.status_since === START)).toBe(true);
    const campaigns = await market.listCampaigns();
    expect(campaigns.map((campaign) => [campaign.id, campaign.daily_budget, campaign.started_on])).toEqual([
      ['google-leads', 150, START],
      ['meta-leads', 100, START],
      ['tiktok-leads', 50, START],
    ]);
  });

  it('reports sales with revenue', async () => {
    const market = createSandboxMarket(marketOptions({ conversionKind: 'sales' }));
    await market.advanceThrough(addDays(START, 20));
    const rows = await market.dailyPerformance({ from: START, to: addDays(START, 13) });
    const conversions = sum(rows.map((row) => row.conversions));
    const revenue = sum(rows.map((row) => row.revenue));
    expect(conversions).toBeGreaterThan(0);
    expect(revenue / conversions).toBeGreaterThan(15);
    expect(revenue / conversions).toBeLessThan(600);
    expect(sum(Object.values(market.truth().revenueByDay))).toBeGreaterThanOrEqual(revenue);
  });

  it('reports conversions late: a day already read gains conversions as later days are simulated', async () => {
    const market = createSandboxMarket(marketOptions());
    const days = { from: addDays(START, 7), to: addDays(START, 9) };
    const early = sum((await market.dailyPerformance(days)).map((row) => row.conversions));
    await market.advanceThrough(addDays(START, 20));
    const late = sum((await market.dailyPerformance(days)).map((row) => row.conversions));
    expect(late).toBeGreaterThan(early);
    const truth = market.truth().conversionsByDay;
    expect(late).toBe(sum(eachDay(days.from, days.to).map((day) => truth[day]!)));
  });

  it('puts a campaign in learning after a budget change of more than 20%: it converts less per click for 5 days', async () => {
    const campaigns = [
      { id: 'meta', platform: 'meta', name: 'Meta', daily_budget: 4000, utm_campaign: 'meta' },
    ] as const;
    const conversionRate = async (change: number) => {
      const market = createSandboxMarket(marketOptions({ campaigns: [...campaigns] }));
      await market.advanceThrough(addDays(START, 9));
      await market.setCampaignBudget('meta', 4000 * change, 'change');
      await market.advanceThrough(addDays(START, 26));
      const rate = async (from: number, to: number) => {
        const rows = await market.dailyPerformance({ from: addDays(START, from), to: addDays(START, to) });
        return sum(rows.map((row) => row.conversions)) / sum(rows.map((row) => row.clicks));
      };
      return { learning: await rate(10, 14), after: await rate(15, 19) };
    };
    const big = await conversionRate(1.3);
    const small = await conversionRate(1.15);
    expect(big.learning / small.learning).toBeLessThan(0.9);
    expect(big.learning / small.learning).toBeGreaterThan(0.7);
    expect(big.after / small.after).toBeGreaterThan(0.92);
  });

  it('applies a change once per idempotency key, and rejects bad input with plain errors', async () => {
    const market = createSandboxMarket(marketOptions());
    await market.setCampaignBudget('meta-leads', 180, 'key-1');
    await market.setCampaignBudget('meta-leads', 999, 'key-1');
    await market.setCampaignStatus('tiktok-leads', 'paused', 'key-2');
    await market.setCampaignStatus('tiktok-leads', 'active', 'key-2');
    const campaigns = await market.listCampaigns();
    expect(campaigns.find((campaign) => campaign.id === 'meta-leads')?.daily_budget).toBe(180);
    expect(campaigns.find((campaign) => campaign.id === 'tiktok-leads')?.status).toBe('paused');

    const restored = restoreSandboxMarket(market.toState(), marketOptions());
    await restored.setCampaignBudget('meta-leads', 999, 'key-1');
    expect(
      (await restored.listCampaigns()).find((campaign) => campaign.id === 'meta-leads')?.daily_budget,
    ).toBe(180);

    const plain = async (call: Promise<unknown>, text: string) => {
      const error = await call.then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(TransientPlatformError);
      expect((error as Error).message).toContain(text);
    };
    await plain(market.setCampaignBudget('nope', 10, 'key-3'), '"nope"');
    await plain(market.setAdStatus('no-such-ad', 'paused', 'key-4'), '"no-such-ad"');
    await plain(market.setCampaignBudget('meta-leads', -5, 'key-5'), 'meta-leads');
    await plain(market.setCampaignBudget('meta-leads', Number.NaN, 'key-6'), 'meta-leads');
    // A rejected call does not use up its key.
    await market.setCampaignBudget('meta-leads', 120, 'key-5');
    expect(
      (await market.listCampaigns()).find((campaign) => campaign.id === 'meta-leads')?.daily_budget,
    ).toBe(120);
  });

  it('applies budget changes from the next simulated day on', async () => {
    const market = createSandboxMarket(marketOptions());
    await market.advanceThrough(addDays(START, 2));
    await market.setCampaignBudget('google-leads', 0, 'off');
    await market.setAdStatus('meta-leads-ad2', 'paused', 'rest');
    const rows = await market.dailyPerformance({ from: addDays(START, 2), to: addDays(START, 3) });
    const google = (day: string) =>
      rows.filter((row) => row.campaign_id === 'google-leads' && row.date === day);
    expect(google(addDays(START, 2))).toHaveLength(3);
    expect(google(addDays(START, 3))).toHaveLength(0);
    expect(rows.some((row) => row.ad_id === 'meta-leads-ad2' && row.date === addDays(START, 3))).toBe(false);
    const ad = (await market.listAds()).find((candidate) => candidate.id === 'meta-leads-ad2');
    expect(ad).toMatchObject({ status: 'paused', status_since: addDays(START, 3) });
  });

  it('fails calls with TransientPlatformError on outage days, the same calls alike for the same seed', async () => {
    let now = new Date(`${START}T15:00:00Z`);
    const market = createSandboxMarket(marketOptions({ failure: undefined, now: () => now }));
    const twin = createSandboxMarket(marketOptions({ failure: undefined, now: () => now }));
    const outcomes: string[] = [];
    for (const day of eachDay(START, addDays(START, 179))) {
      now = new Date(`${day}T15:00:00Z`);
      let failed = 0;
      for (let call = 0; call < 4; call += 1) {
        const [mine, theirs] = await Promise.allSettled([market.listCampaigns(), twin.listCampaigns()]);
        expect(mine.status).toBe(theirs.status);
        if (mine.status === 'rejected') {
          expect(mine.reason).toBeInstanceOf(TransientPlatformError);
          expect(String(mine.reason.message)).toMatch(/^sandbox: 503/);
          failed += 1;
        }
      }
      outcomes.push(failed === 4 ? 'outage' : failed > 0 ? 'some' : 'none');
    }
    const outages = outcomes.filter((outcome) => outcome === 'outage').length;
    expect(outages).toBeGreaterThanOrEqual(1);
    expect(outages).toBeLessThanOrEqual(12);
    expect(outcomes.filter((outcome) => outcome === 'none').length).toBeGreaterThan(140);
  });

  it('fails every call when every day is an outage, but never the simulation and scoring methods', async () => {
    const market = createSandboxMarket(marketOptions({ failure: { callFailureRate: 0, outageDayRate: 1 } }));
    const calls = [
      market.listCampaigns(),
      market.listAds(),
      market.dailyPerformance({ from: START, to: START }),
      market.setCampaignBudget('meta-leads', 10, 'a'),
      market.setCampaignStatus('meta-leads', 'paused', 'b'),
      market.setAdStatus('meta-leads-ad1', 'paused', 'c'),
    ];
    for (const result of await Promise.allSettled(calls)) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(TransientPlatformError);
    }
    await market.advanceThrough(addDays(START, 3));
    expect(market.lastSimulatedDay()).toBe(addDays(START, 3));
    expect(Object.keys(market.truth().conversionsByDay)).toHaveLength(4);
    expect(
      market.oracle({ dailyTotal: 300, perPlatformMin: 50, from: START, to: START }).expectedDaily,
    ).toBeGreaterThan(0);
    expect(market.expectedConversions('meta-leads', 100)).toBeGreaterThan(0);
    expect(market.campaignSettings().budgets['meta-leads']).toBe(100);
  });

  it('continues from its state exactly as a market that kept running', async () => {
    let now = new Date(`${START}T15:00:00Z`);
    const sink = recordingSink();
    const options = marketOptions({
      failure: { callFailureRate: 0.2, outageDayRate: 0.05 },
      now: () => now,
      visitors: sink,
    });
    const original = createSandboxMarket(options);
    const tolerant = async (script: () => Promise<unknown>) => {
      try {
        return await script();
      } catch (error) {
        if (error instanceof TransientPlatformError) return 'transient';
        throw error;
      }
    };
    const script = async (market: SandboxMarket, from: number) => {
      const seen: unknown[] = [];
      for (let offset = from; offset < from + 12; offset += 1) {
        now = new Date(`${addDays(START, offset + 1)}T08:00:00Z`);
        await market.advanceThrough(addDays(START, offset));
        seen.push(
          await tolerant(() =>
            market.dailyPerformance({ from: addDays(START, offset - 2), to: addDays(START, offset) }),
          ),
        );
        if (offset % 4 === 0)
          seen.push(
            await tolerant(() => market.setCampaignBudget('google-leads', 150 + offset * 4, `b-${offset}`)),
          );
        if (offset % 6 === 0)
          seen.push(
            await tolerant(() =>
              market.setAdStatus('meta-leads-ad1', offset % 12 ? 'paused' : 'active', `s-${offset}`),
            ),
          );
      }
      return seen;
    };
    await script(original, 0);
    const snapshot = JSON.parse(JSON.stringify(original.toState()));
    const restoredSink = recordingSink();
    const restored = restoreSandboxMarket(snapshot, {
      now: () => now,
      siteUrl: options.siteUrl,
      visitors: restoredSink,
    });
    expect(restored.toState()).toEqual(original.toState());
    sink.visits.length = 0;

    const savedNow = now;
    const kept = await script(original, 12);
    now = savedNow;
    const resumed = await script(restored, 12);
    expect(resumed).toEqual(kept);
    expect(kept.filter((seen) => seen === 'transient').length).toBeGreaterThan(0);
    expect(restoredSink.visits).toEqual(sink.visits);
    expect(restored.truth()).toEqual(original.truth());
    expect(restored.toState()).toEqual(original.toState());
  });

  it('refuses options it cannot simulate, naming what is wrong', () => {
    expect(() => createSandboxMarket(marketOptions({ timezone: 'Mars/Olympus' }))).toThrow(/Mars\/Olympus/);
    expect(() => createSandboxMarket(marketOptions({ startDate: '2026-02-30' }))).toThrow(/2026-02-30/);
    expect(() => createSandboxMarket(marketOptions({ siteUrl: 'example.com' }))).toThrow(/siteUrl/);
    const snapchat = {
      id: 'snap',
      platform: 'snapchat',
      name: 'Snap',
      daily_budget: 50,
      utm_campaign: 'snap',
    };
    expect(() => createSandboxMarket(marketOptions({ campaigns: [snapchat as never] }))).toThrow(
      /"snapchat"/,
    );
    expect(() =>
      createSandboxMarket({ ...marketOptions(), ads: [{ id: 'orphan', campaign_id: 'gone' }] }),
    ).toThrow(/"gone"/);
  });

  it('refuses a state that is not one', () => {
    expect(() => restoreSandboxMarket({ version: 2 } as never, marketOptions())).toThrow(
      /not a market state/,
    );
  });
});
