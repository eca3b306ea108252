import { addDays } from '../../calendar/calendar-days.ts';
import { upsertPerformance } from '../performance/performance-rows.ts';
import type { Workflow } from './workflow.ts';

/** Days re-read each morning: conversions keep arriving under their click day for about a week. */
export const PERFORMANCE_LOOKBACK_DAYS = 7;

/**
 * 02:00: pulls yesterday's and the previous week's results per ad from the ad platforms (late
 * conversions revise earlier days), stores them, and brings campaign budgets and ad statuses in
 * the store in line with the platform's.
 */
export const dailyPerformance: Workflow = {
  name: 'daily-performance',
  at: '02:00',
  description: "pull the last 7 days' results per ad and sync campaign budgets and ad statuses",
  async run(context, day) {
    const to = addDays(day, -1);
    const from = addDays(day, -PERFORMANCE_LOOKBACK_DAYS);
    const rows = await context.ads.dailyPerformance({ from, to });
    const campaigns = await context.ads.listCampaigns();
    const ads = await context.ads.listAds();
    const { brandId } = context;
    const stored = await context.store.transaction(async (tx) => {
      const count = await upsertPerformance(tx, brandId, context.ads.name, rows);
      for (const campaign of campaigns) {
        await tx.query(
          'UPDATE campaigns SET daily_budget = $3, status = $4 WHERE brand_id = $1 AND id = $2',
          [brandId, campaign.id, campaign.daily_budget, campaign.status],
        );
      }
      for (const ad of ads) {
        await tx.query('UPDATE ads SET status = $3 WHERE brand_id = $1 AND id = $2', [
          brandId,
          ad.id,
          ad.status,
        ]);
      }
      return count;
    });
    return {
      from,
      to,
      rows: stored,
      campaigns: campaigns.length,
      ads: ads.length,
      spend_yesterday:
        Math.round(rows.filter((row) => row.date === to).reduce((sum, row) => sum + row.spend, 0) * 100) /
        100,
    };
  },
};
