import { eachDay } from '../../calendar/calendar-days.ts';
import type { Day } from '../ad-platform.ts';
import { fatigueFactor, isFatigued, nextExposure } from './creative-fatigue.ts';
import type { SandboxMarketState } from './market-state.ts';
import { impressionsAt } from './response-curve.ts';
import { seasonalityOn } from './seasonality.ts';

/** Delivered spend is the budget × uniform(0.93, 1.02): on average this share of it. */
export const EXPECTED_SPEND_SHARE = 0.975;

/**
 * Expected conversions of a fixed daily allocation over `from`…`to`, played through the market's
 * own dynamics without noise: weekday seasonality, delivered spend below budget on average, and
 * creative that tires with exposure — managed ideally: the moment an ad is more than 30% below its
 * fresh click-through it is rested and the best rested ad of the campaign takes its place. No
 * learning penalty (a fixed budget never changes). This is what the oracle's allocation would
 * deliver with perfect creative management, so a policy's share of it measures budget and
 * rotation decisions together; the fresh-creative figure (no fatigue at all) is an upper bound no
 * policy can reach.
 */
export function expectedWithIdealRotation(
  state: SandboxMarketState,
  allocation: Record<string, number>,
  range: { from: Day; to: Day },
): number {
  const ads = state.ads.map((ad) => ({ ...ad, exposure: 0, active: false }));
  for (const campaign of state.campaigns) {
    ads
      .filter((ad) => ad.campaign_id === campaign.id)
      .slice(0, state.active_ads_per_campaign)
      .forEach((ad) => {
        ad.active = true;
      });
  }
  let total = 0;
  for (const day of eachDay(range.from, range.to)) {
    const season = seasonalityOn(state.seasonality, day);
    for (const campaign of state.campaigns) {
      const own = ads.filter((ad) => ad.campaign_id === campaign.id);
      const active = own.filter((ad) => ad.active);
      const spend = (allocation[campaign.id] ?? 0) * EXPECTED_SPEND_SHARE;
      const impressions = active.length ? impressionsAt(campaign.truth, spend) : 0;
      const weights = active.map((ad) => ad.fresh_ctr * fatigueFactor(ad.exposure));
      const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
      const delivered = new Map<string, number>();
      active.forEach((ad, index) => {
        const share = weightSum > 0 ? (impressions * weights[index]!) / weightSum : 0;
        delivered.set(ad.id, share);
        total += share * campaign.truth.ctr * weights[index]! * campaign.truth.cvr * season;
      });
      for (const ad of own)
        ad.exposure = nextExposure(ad.exposure, delivered.get(ad.id) ?? 0, campaign.truth.reach, ad.active);
      for (const tired of own.filter((ad) => ad.active && isFatigued(ad.exposure))) {
        const best = own
          .filter((ad) => !ad.active)
          .sort(
            (a, b) => b.fresh_ctr * fatigueFactor(b.exposure) - a.fresh_ctr * fatigueFactor(a.exposure),
          )[0];
        if (
          best &&
          best.fresh_ctr * fatigueFactor(best.exposure) > tired.fresh_ctr * fatigueFactor(tired.exposure)
        ) {
          tired.active = false;
          best.active = true;
        }
      }
    }
  }
  return total;
}
