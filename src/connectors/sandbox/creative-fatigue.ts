/**
 * Creative fatigue: the people an ad reaches have seen it more and more, so its click-through falls
 * with its recent exposure, and recovers while it rests. Exposure counts impressions in units of the
 * campaign's reach and fades every day, much faster at rest:
 *
 *   exposure ← exposure · decay + impressions / reach
 *   CTR      = fresh CTR · (1 − maxDrop · exposure / (exposure + halfExposure))
 *
 * Calibration: an exposure of 1 costs 30% of the CTR. Each campaign's reach is drawn so that one of three
 * ads at the starting budget gets there in 9–16 days (see `reachFor`; ads with a better CTR get more
 * impressions and tire sooner); running on, it keeps falling toward a 50–60% loss. Fourteen days of rest take
 * 90% of the exposure away (0.85^14), which gives back 70–80% of what was lost.
 */
export const CREATIVE_FATIGUE = {
  maxDrop: 0.75,
  halfExposure: 1.5,
  runningDecay: 0.97,
  restingDecay: 0.85,
  /** An ad more than 30% below its fresh CTR counts as fatigued (the guardrail of DESIGN §5). */
  fatiguedBelow: 0.7,
} as const;

/** Share of its fresh CTR an ad keeps at this exposure. */
export function fatigueFactor(exposure: number): number {
  return 1 - (CREATIVE_FATIGUE.maxDrop * exposure) / (exposure + CREATIVE_FATIGUE.halfExposure);
}

export function isFatigued(exposure: number): boolean {
  return fatigueFactor(exposure) < CREATIVE_FATIGUE.fatiguedBelow;
}

/** Exposure after one more day: delivering ads add today's impressions, resting ones recover faster. */
export function nextExposure(
  exposure: number,
  impressions: number,
  reach: number,
  delivering: boolean,
): number {
  return delivering
    ? exposure * CREATIVE_FATIGUE.runningDecay + impressions / reach
    : exposure * CREATIVE_FATIGUE.restingDecay;
}

/** The reach at which an ad with `dailyImpressions` reaches an exposure of 1 (a 30% loss) after `days` days. */
export function reachFor(dailyImpressions: number, days: number): number {
  const { runningDecay } = CREATIVE_FATIGUE;
  return (dailyImpressions * (1 - runningDecay ** days)) / (1 - runningDecay);
}
