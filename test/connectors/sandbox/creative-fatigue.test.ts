import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/calendar/calendar-days.ts';
import type { PerformanceRow } from '../../../src/connectors/ad-platform.ts';
import { createSandboxMarket } from '../../../src/connectors/sandbox/index.ts';
import { marketOptions, START, sum } from './market-fixture.ts';

const ctr = (rows: PerformanceRow[]) =>
  sum(rows.map((row) => row.clicks)) / sum(rows.map((row) => row.impressions));

describe('creative fatigue', () => {
  it("wears an ad's click-through down over weeks of running and gives most of it back after two weeks of rest", async () => {
    // A large budget keeps the noise small; fatigue is calibrated to the starting budget, whatever it is.
    const campaigns = [
      { id: 'meta', platform: 'meta', name: 'Meta', daily_budget: 2000, utm_campaign: 'meta' },
    ] as const;
    const market = createSandboxMarket(marketOptions({ campaigns: [...campaigns] }));
    const adRows = async (ad: string, from: number, to: number) =>
      (await market.dailyPerformance({ from: addDays(START, from), to: addDays(START, to) })).filter(
        (row) => row.ad_id === ad,
      );

    const fresh = ctr(await adRows('meta-ad1', 0, 2));
    const worn = ctr(await adRows('meta-ad1', 35, 41));
    expect(worn / fresh).toBeLessThan(0.72);
    const truth = market.truth();
    expect(truth.fatiguedImpressionsByDay[START]).toBe(0);
    expect(truth.fatiguedImpressionsByDay[addDays(START, 41)]).toBeGreaterThan(0);

    await market.setAdStatus('meta-ad1', 'paused', 'rest');
    await market.setAdStatus('meta-ad4', 'active', 'cover');
    await market.advanceThrough(addDays(START, 55));
    expect(await adRows('meta-ad1', 42, 55)).toEqual([]);
    await market.setAdStatus('meta-ad1', 'active', 'back');
    await market.setAdStatus('meta-ad2', 'paused', 'rest-2');
    const rested = ctr(await adRows('meta-ad1', 56, 57));
    expect((rested - worn) / (fresh - worn)).toBeGreaterThan(0.6);
    expect(rested / fresh).toBeLessThan(1);
  });

  it('gives better ads more impressions, as platforms do', async () => {
    const market = createSandboxMarket(marketOptions());
    const rows = await market.dailyPerformance({ from: START, to: addDays(START, 6) });
    const byAd = new Map<string, PerformanceRow[]>();
    for (const row of rows) byAd.set(row.ad_id, [...(byAd.get(row.ad_id) ?? []), row]);
    const google = [...byAd].filter(([id]) => id.startsWith('google-leads'));
    const ranked = google
      .map(([id, adRows]) => ({
        id,
        ctr: ctr(adRows),
        impressions: sum(adRows.map((row) => row.impressions)),
      }))
      .sort((a, b) => a.ctr - b.ctr);
    expect(ranked[0]!.impressions).toBeLessThan(ranked[2]!.impressions);
  });
});
