import { streamFor } from '../../analytics/random.ts';
import { addDays } from '../../calendar/calendar-days.ts';
import { AD_MARKET_ASSUMPTIONS } from '../../knowledge/platform-benchmarks.ts';
import type { Day } from '../ad-platform.ts';
import { drawLag, MAX_LAG_DAYS } from './conversion-lag.ts';
import { fatigueFactor, isFatigued, nextExposure } from './creative-fatigue.ts';
import { entersLearning, LEARNING_PHASE } from './learning-phase.ts';
import type { AdState, CampaignState, SandboxMarketState, StoredRow } from './market-state.ts';
import { impressionsAt } from './response-curve.ts';
import { seasonalityOn } from './seasonality.ts';

/** One conversion generated today: the `index`-th converting click of an ad, reported `lag` days later. */
export interface SimulatedConversion {
  campaign_id: string;
  ad_id: string;
  index: number;
  lag: number;
  revenue: number;
}

/** What one day did to the market, computed without changing it (committed only once its visitors are sent). */
export interface DayOutcome {
  day: Day;
  rows: StoredRow[];
  conversions: SimulatedConversion[];
  exposures: Record<string, number>;
  campaigns: Record<string, Pick<CampaignState, 'delivered_budget' | 'learning_until'>>;
  totals: { impressions: number; fatiguedImpressions: number; conversions: number; revenue: number };
}

/** Day-level noise on delivered impressions (log scale). */
const IMPRESSION_NOISE = 0.07;
/** Spread of a single order's value around its campaign's median (log scale). */
const ORDER_VALUE_SPREAD = 0.5;

/**
 * Simulates `day` with the budgets and statuses in effect: spend ≈ budget (uniform 93–102%), impressions
 * from the campaign's response curve with a little noise, shared by active ads in proportion to their
 * current CTR, then Poisson clicks and conversions (CVR × weekday seasonality × learning efficiency).
 * Randomness comes from a stream per (day, campaign), so one campaign's choices never shift another's.
 */
export function simulateDay(state: SandboxMarketState, day: Day): DayOutcome {
  const outcome: DayOutcome = {
    day,
    rows: [],
    conversions: [],
    exposures: {},
    campaigns: {},
    totals: { impressions: 0, fatiguedImpressions: 0, conversions: 0, revenue: 0 },
  };
  const adsOf = new Map<string, AdState[]>();
  for (const ad of state.ads) adsOf.set(ad.campaign_id, [...(adsOf.get(ad.campaign_id) ?? []), ad]);
  const season = seasonalityOn(state.seasonality, day);

  for (const campaign of state.campaigns) {
    const ads = adsOf.get(campaign.id) ?? [];
    const active = ads.filter((ad) => ad.status === 'active');
    const delivers = campaign.status === 'active' && campaign.daily_budget > 0 && active.length > 0;
    const delivered = delivers
      ? deliver(state, campaign, active, day, season, outcome)
      : new Map<string, number>();
    for (const ad of ads) {
      const impressions = delivered.get(ad.id);
      outcome.exposures[ad.id] = nextExposure(
        ad.exposure,
        impressions ?? 0,
        campaign.truth.reach,
        impressions !== undefined,
      );
    }
  }
  return outcome;
}

/** One delivering campaign's day; returns the impressions of each of its active ads. */
function deliver(
  state: SandboxMarketState,
  campaign: CampaignState,
  active: AdState[],
  day: Day,
  season: number,
  outcome: DayOutcome,
): Map<string, number> {
  const { truth } = campaign;
  const learningUntil = entersLearning(campaign.delivered_budget, campaign.daily_budget)
    ? addDays(day, LEARNING_PHASE.days - 1)
    : campaign.learning_until;
  outcome.campaigns[campaign.id] = { delivered_budget: campaign.daily_budget, learning_until: learningUntil };
  const efficiency = learningUntil !== null && day <= learningUntil ? LEARNING_PHASE.efficiency : 1;

  const random = streamFor(state.seed, 'day', day, campaign.id);
  const spend = cents(campaign.daily_budget * random.uniform(...AD_MARKET_ASSUMPTIONS.spendPace));
  const noise = random.logNormal(Math.exp(-(IMPRESSION_NOISE ** 2) / 2), IMPRESSION_NOISE);
  const impressions = Math.round(impressionsAt(truth, spend) * noise);
  const ctrFactors = active.map((ad) => ad.fresh_ctr * fatigueFactor(ad.exposure));
  const shares = splitByWeight(impressions, ctrFactors);

  const delivered = new Map<string, number>();
  let spendLeft = spend;
  let impressionsLeft = impressions;
  active.forEach((ad, position) => {
    const adImpressions = shares[position]!;
    delivered.set(ad.id, adImpressions);
    if (adImpressions === 0) return;
    impressionsLeft -= adImpressions;
    const adSpend = impressionsLeft === 0 ? cents(spendLeft) : cents((spend * adImpressions) / impressions);
    spendLeft -= adSpend;
    const clicks = Math.min(adImpressions, random.poisson(adImpressions * truth.ctr * ctrFactors[position]!));
    const converted = Math.min(clicks, random.poisson(clicks * truth.cvr * season * efficiency));
    const conversions = new Array<number>(MAX_LAG_DAYS + 1).fill(0);
    const revenue = new Array<number>(MAX_LAG_DAYS + 1).fill(0);
    for (let index = 0; index < converted; index += 1) {
      const lag = drawLag(random);
      const value =
        truth.order_value === null ? 0 : cents(random.logNormal(truth.order_value, ORDER_VALUE_SPREAD));
      conversions[lag]! += 1;
      revenue[lag] = cents(revenue[lag]! + value);
      outcome.conversions.push({ campaign_id: campaign.id, ad_id: ad.id, index, lag, revenue: value });
      outcome.totals.revenue = cents(outcome.totals.revenue + value);
    }
    outcome.rows.push({
      date: day,
      campaign_id: campaign.id,
      ad_id: ad.id,
      impressions: adImpressions,
      clicks,
      spend: adSpend,
      conversions,
      revenue,
    });
    outcome.totals.impressions += adImpressions;
    outcome.totals.conversions += converted;
    if (isFatigued(ad.exposure)) outcome.totals.fatiguedImpressions += adImpressions;
  });
  return delivered;
}

/** Splits `total` into whole parts proportional to `weights` (largest remainders, ties to the first). */
function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (sum > 0 ? (total * weight) / sum : 0));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
