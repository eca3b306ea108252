import { streamFor } from '../../analytics/random.ts';
import {
  AD_MARKET_ASSUMPTIONS,
  type BenchmarkRange,
  centralRange,
  PLATFORM_BENCHMARKS,
} from '../../knowledge/platform-benchmarks.ts';
import type { PlatformId } from '../../schemas/brand-config.ts';
import { reachFor } from './creative-fatigue.ts';
import type { ResponseCurve } from './response-curve.ts';

/** What the market knows about a campaign and the optimiser has to find out. */
export interface CampaignTruth extends ResponseCurve {
  /** Effective CPM at the reference budget (the starting one). */
  cpm: number;
  /** Audience size in impressions per day: an ad's exposure grows by its impressions / reach. */
  reach: number;
  /** Median order value of a sale (null for lead campaigns). */
  order_value: number | null;
}

/** The budget the truth is anchored at when a campaign starts with none. */
const FALLBACK_REFERENCE_BUDGET = 50;
/** Fatigue speed is calibrated for this many ads sharing the starting budget (fewer ads tire faster). */
const CALIBRATION_ADS = 3;
/** Spread of fresh ads' CTR around their campaign's (log scale). */
const CREATIVE_SPREAD = 0.25;
const { audienceFit: AUDIENCE_FIT, saturation: SATURATION } = AD_MARKET_ASSUMPTIONS;

/**
 * Draws a campaign's hidden truth from the seed and its id alone (so it never depends on other
 * campaigns or on call order): platform-typical price, CTR and CVR, an audience fit folded into the
 * CVR, and a Hill curve with k in [0.7, 1.0] whose half-saturation spend is 0.5–8 × the starting
 * budget, scaled so the effective CPM at the starting budget is the drawn CPM. Calibrated on typical
 * plans (e.g. google/meta/tiktok at 150/100/50 with a $50 platform minimum): the starting split is a
 * median 5% and a 90th percentile 15% below the oracle (7% and 17% with six campaigns), with cost per
 * conversion between two campaigns typically within 2–3×.
 */
export function drawCampaignTruth(
  seed: number,
  campaign: { id: string; platform: PlatformId; daily_budget: number },
  conversionKind: 'leads' | 'sales',
): CampaignTruth {
  const random = streamFor(seed, 'truth', campaign.id);
  const benchmark = PLATFORM_BENCHMARKS[campaign.platform];
  const logUniform = ([low, high]: BenchmarkRange) => Math.exp(random.uniform(Math.log(low), Math.log(high)));
  const typical = (range: BenchmarkRange) => logUniform(centralRange(range));
  const price = typical(benchmark.price.range);
  const ctr = typical(benchmark.ctr);
  const cvr = typical(benchmark.cvr[conversionKind]) * logUniform([1 / AUDIENCE_FIT, AUDIENCE_FIT]);
  const cpm = benchmark.price.unit === 'cpc' ? price * ctr * 1000 : price;
  const shape = random.uniform(0.7, 1.0);
  const budget = campaign.daily_budget > 0 ? campaign.daily_budget : FALLBACK_REFERENCE_BUDGET;
  const halfSaturation = budget * logUniform(SATURATION);
  const impressionsAtBudget = (budget * 1000) / cpm;
  const maxImpressions = impressionsAtBudget * (1 + (halfSaturation / budget) ** shape);
  // A local business reaches a small audience, so frequency climbs fast: an ad at the starting
  // budget loses 30% of its click-through in one to two weeks (what the policy's 7–14 day rule is for).
  const daysToFatigue = random.uniform(9, 16);
  const orderValue = random.logNormal(1, 0.15);
  return {
    cpm,
    ctr,
    cvr,
    max_impressions: maxImpressions,
    half_saturation: halfSaturation,
    shape,
    reach: reachFor(impressionsAtBudget / CALIBRATION_ADS, daysToFatigue),
    order_value:
      conversionKind === 'sales' ? Math.round(clientOrderValue(seed) * orderValue * 100) / 100 : null,
  };
}

/** A fresh ad's CTR multiplier: log-normal with mean 1, so the average ad is the campaign's CTR. */
export function drawFreshCtr(seed: number, adId: string): number {
  return streamFor(seed, 'creative', adId).logNormal(Math.exp(-(CREATIVE_SPREAD ** 2) / 2), CREATIVE_SPREAD);
}

/** The client's typical order: $40–$200 median, shared by its campaigns. */
function clientOrderValue(seed: number): number {
  return Math.exp(streamFor(seed, 'client', 'order-value').uniform(Math.log(40), Math.log(200)));
}
