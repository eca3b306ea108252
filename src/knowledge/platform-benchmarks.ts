import type { PlatformId } from '../schemas/brand-config.ts';

/** A typical range, low to high; the market draws log-uniformly inside it. */
export type BenchmarkRange = readonly [low: number, high: number];

export interface PlatformBenchmark {
  /** How traffic is typically bought: search by the click (CPC, US $), the rest by the thousand impressions (CPM, US $). */
  price: { unit: 'cpc' | 'cpm'; range: BenchmarkRange };
  /** Clicks per impression for a fresh, average ad. */
  ctr: BenchmarkRange;
  /** Conversions per click on the client's own landing page (not in-platform lead forms). */
  cvr: { leads: BenchmarkRange; sales: BenchmarkRange };
}

/**
 * Typical US figures per platform, rounded to ranges a mid-size advertiser meets. Where they come
 * from (public benchmark reports, 2023–2025):
 * - google: WordStream/LocaliQ "Google Ads benchmarks" 2024 (search: CTR 6.4%, CPC $4.66, CVR 7.0% across
 *   industries; lead-gen industries higher, retail lower).
 * - microsoft: WordStream "Microsoft Advertising benchmarks" (CTR 2.8%, CPC $1.54, CVR 2.9%) and
 *   Microsoft's own guidance that CPCs run 30–50% below Google's.
 * - meta: WordStream "Facebook ads benchmarks" 2024 (lead campaigns CTR 2.5%, traffic 1.6%), CPM trackers
 *   (Revealbot/Madgicx: US CPM $8–$18); CVR is for an off-platform landing page, well below the 8.8% that
 *   instant forms reach.
 * - tiktok: Varos/Triple Whale and agency reports (CPM $4–$11, CTR 0.7–1.5%, landing CVR 1–3%).
 * - linkedin: LinkedIn Marketing Solutions and agency benchmarks (Sponsored Content CTR 0.44–0.65%,
 *   CPM $30–$65, CPC $5–$9); B2B audiences convert well on a page, so its leads CVR is high.
 * - pinterest: Pinterest Business and agency reports (CPM $2.5–$6.5, CTR 0.3–0.8%).
 * - youtube: Google's video benchmarks and agency reports (in-stream CPM $5–$12, CTR 0.4–1.0%).
 * Sales CVRs follow e-commerce averages (about 2–3% on search, 1–2% on social).
 */
export const PLATFORM_BENCHMARKS = {
  google: {
    price: { unit: 'cpc', range: [2.0, 5.5] },
    ctr: [0.035, 0.075],
    cvr: { leads: [0.045, 0.09], sales: [0.02, 0.045] },
  },
  microsoft: {
    price: { unit: 'cpc', range: [1.2, 3.0] },
    ctr: [0.025, 0.045],
    cvr: { leads: [0.03, 0.065], sales: [0.018, 0.038] },
  },
  meta: {
    price: { unit: 'cpm', range: [8, 18] },
    ctr: [0.009, 0.02],
    cvr: { leads: [0.015, 0.04], sales: [0.01, 0.025] },
  },
  tiktok: {
    price: { unit: 'cpm', range: [4.5, 11] },
    ctr: [0.007, 0.015],
    cvr: { leads: [0.01, 0.03], sales: [0.006, 0.018] },
  },
  linkedin: {
    price: { unit: 'cpm', range: [30, 65] },
    ctr: [0.0044, 0.0075],
    cvr: { leads: [0.06, 0.14], sales: [0.008, 0.02] },
  },
  pinterest: {
    price: { unit: 'cpm', range: [2.5, 6.5] },
    ctr: [0.003, 0.008],
    cvr: { leads: [0.01, 0.03], sales: [0.008, 0.022] },
  },
  youtube: {
    price: { unit: 'cpm', range: [5, 12] },
    ctr: [0.004, 0.01],
    cvr: { leads: [0.012, 0.035], sales: [0.006, 0.018] },
  },
} as const satisfies Record<PlatformId, PlatformBenchmark>;

/**
 * How a campaign's results spread around its platform's benchmarks: the sandbox market draws every
 * campaign's hidden truth with these, and the strategist's forecasts are worked out from the same
 * numbers, so what the plan promises is what the market can deliver.
 */
export const AD_MARKET_ASSUMPTIONS = {
  /** A campaign's price, CTR and CVR lie in the middle 70% (log scale) of its platform's ranges, which span industries. */
  centralShare: 0.7,
  /** How well the audience fits the offer: the CVR is multiplied by a log-uniform factor in [1/2.2, 2.2]. */
  audienceFit: 2.2,
  /**
   * Half-saturation spend as a multiple of the starting budget: 0.5 (heavily saturated) to 8 (nearly
   * linear). The curve is anchored so the starting budget buys impressions at the drawn price: a plan
   * forecast at its own budget does not depend on it, a budget moved away from the plan does.
   */
  saturation: [0.5, 8] as BenchmarkRange,
  /** Platforms spend 93–102% of the daily budget. */
  spendPace: [0.93, 1.02] as BenchmarkRange,
  /**
   * Share of its fresh CTR an ad keeps on average over a month: an ad left running the whole month
   * keeps 60–75% (it is 30% below fresh after one to two weeks at the starting budget and goes on
   * falling), an ad rotated out as soon as it tires keeps nearly all of it.
   */
  creativeWear: [0.6, 1] as BenchmarkRange,
} as const;

/** The middle `share` (log scale) of a range: what a typical campaign on the platform draws from. */
export function centralRange(
  [low, high]: BenchmarkRange,
  share: number = AD_MARKET_ASSUMPTIONS.centralShare,
): BenchmarkRange {
  const middle = Math.sqrt(low * high);
  return [middle * (low / middle) ** share, middle * (high / middle) ** share];
}
