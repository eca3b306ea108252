import { conversionsAt, marginalConversionsAt, type ResponseCurve } from './response-curve.ts';

export interface OracleCampaign {
  id: string;
  platform: string;
  curve: ResponseCurve;
}

export interface OracleConstraints {
  /** Spend per day, shared by all campaigns. */
  dailyTotal: number;
  /** Least spend per day on every platform that has a campaign (lowered to an equal share when the total cannot cover it). */
  perPlatformMin: number;
}

export interface OracleAllocation {
  allocation: Record<string, number>;
  expectedDaily: number;
}

/**
 * The fixed daily split that maximises expected conversions, Σ f(x) with Σ x = dailyTotal and each
 * platform's campaigns summing to at least perPlatformMin. Every f is concave (Hill with k ≤ 1), so
 * at the optimum the campaigns share one marginal value λ, except on platforms held up to their
 * minimum, whose campaigns share a lower one of their own. Both are found by bisection, to float precision. This is the
 * market's own reference, deliberately independent of the optimisers it scores.
 */
export function bestAllocation(
  campaigns: readonly OracleCampaign[],
  constraints: OracleConstraints,
): OracleAllocation {
  const total = Number.isFinite(constraints.dailyTotal) ? Math.max(0, constraints.dailyTotal) : 0;
  const allocation: Record<string, number> = Object.fromEntries(
    campaigns.map((campaign) => [campaign.id, 0]),
  );
  if (!campaigns.length || total === 0) return { allocation, expectedDaily: 0 };

  const platforms = new Map<string, OracleCampaign[]>();
  for (const campaign of campaigns)
    platforms.set(campaign.platform, [...(platforms.get(campaign.platform) ?? []), campaign]);
  const floor = Number.isFinite(constraints.perPlatformMin) ? Math.max(0, constraints.perPlatformMin) : 0;
  const minimum = Math.min(floor, total / platforms.size);

  const spendAt = (campaign: OracleCampaign, lambda: number) =>
    spendForMarginal(campaign.curve, lambda, total);
  const platformSpendAt = (group: readonly OracleCampaign[], lambda: number) =>
    group.reduce((sum, campaign) => sum + spendAt(campaign, lambda), 0);
  // The marginal value of a platform spending exactly its minimum: for any common λ above it, the minimum binds.
  const heldAbove = new Map(
    [...platforms].map(([platform, group]) => [
      platform,
      minimum > 0
        ? solveDecreasing((lambda) => platformSpendAt(group, lambda), minimum)
        : Number.POSITIVE_INFINITY,
    ]),
  );
  const lambda = solveDecreasing(
    (value) =>
      [...platforms].reduce(
        (sum, [platform, group]) =>
          sum + (value <= heldAbove.get(platform)! ? platformSpendAt(group, value) : minimum),
        0,
      ),
    total,
  );

  let held = 0;
  for (const [platform, group] of platforms) {
    const platformLambda = Math.min(lambda, heldAbove.get(platform)!);
    const isHeld = platformLambda < lambda;
    for (const campaign of group) {
      allocation[campaign.id] = spendAt(campaign, platformLambda);
      if (isHeld) held += allocation[campaign.id]!;
    }
  }
  // Bisection leaves a rounding residue; the campaigns at the common λ absorb it in proportion.
  const free = campaigns.filter((campaign) => heldAbove.get(campaign.platform)! >= lambda);
  const freeSpend = free.reduce((sum, campaign) => sum + allocation[campaign.id]!, 0);
  if (freeSpend > 0)
    for (const campaign of free)
      allocation[campaign.id] = (allocation[campaign.id]! * (total - held)) / freeSpend;

  const expectedDaily = campaigns.reduce(
    (sum, campaign) => sum + conversionsAt(campaign.curve, allocation[campaign.id]!),
    0,
  );
  return { allocation, expectedDaily };
}

/** The spend in [0, cap] at which the campaign's marginal conversions per dollar fall to `lambda`. */
function spendForMarginal(curve: ResponseCurve, lambda: number, cap: number): number {
  if (marginalConversionsAt(curve, cap) >= lambda) return cap;
  if (marginalConversionsAt(curve, 0) <= lambda) return 0;
  let low = 0;
  let high = cap;
  for (let step = 0; step < 100 && high - low > cap * 1e-15; step += 1) {
    const middle = (low + high) / 2;
    if (marginalConversionsAt(curve, middle) > lambda) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The λ > 0 at which a non-increasing `spend(λ)` equals `target` (bisection on log λ). */
function solveDecreasing(spend: (lambda: number) => number, target: number): number {
  let low = Math.log(1e-12);
  let high = Math.log(1e12);
  for (let step = 0; step < 200 && high - low > 1e-13; step += 1) {
    const middle = (low + high) / 2;
    if (spend(Math.exp(middle)) > target) low = middle;
    else high = middle;
  }
  return Math.exp((low + high) / 2);
}
