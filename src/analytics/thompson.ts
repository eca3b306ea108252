/**
 * Thompson sampling for creative rotation: each ad's click-through and conversion rates are Beta
 * posteriors, one plausible value of each is drawn, and the ad with the most conversions per
 * impression in that draw is shown next. Proven ads win most draws; uncertain ones win sometimes.
 */
import type { Random } from './random.ts';

export interface BetaPrior {
  alpha: number;
  beta: number;
}

/** Beta priors on click-through rate (clicks per impression) and conversion rate (conversions per click). */
export interface AdPrior {
  ctr: BetaPrior;
  cvr: BetaPrior;
}

export interface AdCounts {
  impressions: number;
  clicks: number;
  conversions: number;
}

export interface AdCandidate extends AdCounts {
  id: string;
}

export interface ThompsonChoice {
  /** The ad to show next. */
  id: string;
  /** Each candidate's drawn conversions per impression (CTR × CVR). */
  draws: Record<string, number>;
}

/** How much campaign evidence an unseen ad starts with: the campaign's rates over this many clicks. */
const PRIOR_CLICKS = 20;
/** Jeffreys' half-count each side smooths a campaign rate of exactly 0 or 1 (or one with no data). */
const JEFFREYS = 0.5;

/**
 * Picks the next ad by Thompson sampling: for each candidate, CTR ~ Beta(α + clicks,
 * β + impressions − clicks) and CVR ~ Beta(α + conversions, β + clicks − conversions); the highest
 * CTR × CVR wins. Counts are clamped so clicks ≤ impressions and conversions ≤ clicks (view-through
 * conversions would otherwise make the Beta invalid). Without a `prior`, the candidates' pooled
 * totals serve as the campaign (see `priorFrom`).
 *
 * @example
 * const random = streamFor(seed, 'rotation', date, campaignId);
 * const { id } = chooseByThompson(ads, random, priorFrom(campaignTotals));
 */
export function chooseByThompson(
  candidates: readonly AdCandidate[],
  random: Random,
  prior: AdPrior = priorFrom(pooled(candidates)),
): ThompsonChoice {
  if (candidates.length === 0) throw new RangeError('chooseByThompson needs at least one candidate');
  const draws: [string, number][] = [];
  const seen = new Set<string>();
  let bestId = candidates[0]!.id;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) throw new RangeError(`ad id ${candidate.id} appears more than once`);
    seen.add(candidate.id);
    const { impressions, clicks, conversions } = consistentCounts(candidate);
    const ctr = random.beta(prior.ctr.alpha + clicks, prior.ctr.beta + impressions - clicks);
    const cvr = random.beta(prior.cvr.alpha + conversions, prior.cvr.beta + clicks - conversions);
    const score = ctr * cvr;
    draws.push([candidate.id, score]);
    if (score > bestScore) {
      bestScore = score;
      bestId = candidate.id;
    }
  }
  return { id: bestId, draws: Object.fromEntries(draws) };
}

/**
 * A weak prior centred on a campaign's average CTR and CVR: as if the ad had already had 20 clicks
 * at the campaign's rates, or the campaign's whole history when that is less evidence. An unseen ad
 * is then judged against its campaign, not against "any rate is equally likely", and a few days of
 * its own data outweigh the prior. Rates are Jeffreys-smoothed ((x + ½) / (n + 1)), so a campaign
 * with no clicks or no conversions yet still gives a proper prior.
 *
 * @example priorFrom({ impressions: 50_000, clicks: 1_000, conversions: 50 })
 * // ctr ≈ Beta(20, 980): mean 2%; cvr ≈ Beta(1.01, 18.99): mean 5%
 */
export function priorFrom(campaignTotals: AdCounts): AdPrior {
  const { impressions, clicks, conversions } = consistentCounts(campaignTotals);
  const ctr = (clicks + JEFFREYS) / (impressions + 2 * JEFFREYS);
  const cvr = (conversions + JEFFREYS) / (clicks + 2 * JEFFREYS);
  const priorImpressions = Math.min(PRIOR_CLICKS / ctr, impressions + 2 * JEFFREYS);
  const priorClicks = Math.min(PRIOR_CLICKS, clicks + 2 * JEFFREYS);
  return {
    ctr: { alpha: ctr * priorImpressions, beta: (1 - ctr) * priorImpressions },
    cvr: { alpha: cvr * priorClicks, beta: (1 - cvr) * priorClicks },
  };
}

function pooled(candidates: readonly AdCounts[]): AdCounts {
  return candidates.reduce<AdCounts>(
    (total, candidate) => {
      const counts = consistentCounts(candidate);
      return {
        impressions: total.impressions + counts.impressions,
        clicks: total.clicks + counts.clicks,
        conversions: total.conversions + counts.conversions,
      };
    },
    { impressions: 0, clicks: 0, conversions: 0 },
  );
}

function consistentCounts(counts: AdCounts): AdCounts {
  const { impressions, clicks, conversions } = counts;
  if (![impressions, clicks, conversions].every((value) => Number.isFinite(value) && value >= 0)) {
    throw new RangeError(
      `impressions, clicks and conversions must be finite counts ≥ 0, got ${JSON.stringify(counts)}`,
    );
  }
  const consistentClicks = Math.min(clicks, impressions);
  return { impressions, clicks: consistentClicks, conversions: Math.min(conversions, consistentClicks) };
}
