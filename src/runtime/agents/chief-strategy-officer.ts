import type { Random } from '../../analytics/random.ts';
import { expectedAt } from '../../analytics/response-curve.ts';
import type { Policy } from '../../schemas/policy.ts';
import { sameCents } from '../../text/format-money.ts';
import type { BudgetSituation, CampaignSnapshot } from './budget-situation.ts';
import {
  type AllocationBounds,
  allocateAtEqualMarginalReturn,
  expectedValue,
  type FittedCampaign,
} from './data-scientist.ts';

/**
 * The Chief Strategy Officer (DESIGN §5): applies the client's rules from `policy.json` to the
 * Data Scientist's curves and decides the day's budgets. Pausing, how far a campaign may grow,
 * the learning phase and capacity are rules here; the guardrails then check whatever it decides.
 */

/**
 * Largest change to one campaign's budget in one day. Ad platforms restart a campaign's learning
 * after a large budget edit (Meta's "significant edit" is about 20%), which costs results for days;
 * moving a little under that, every day, reaches the same place without the reset.
 */
export const MAX_DAILY_STEP = 0.19;
/** A move is made only when the curves' posterior says it improves the day this often. */
const MIN_CONFIDENCE = 0.8;
const POSTERIOR_DRAWS = 200;
/** How far beyond the spend it has seen a campaign's curve is trusted. */
const TRUST_MARGIN = 0.25;
/** Below this expected gain a re-allocation is noise, not news: hold. */
const MIN_EXPECTED_GAIN = 0.005;
const GROWTH_WHEN_PROVEN = 3;
const GROWTH_OTHERWISE = 1.5;

export interface RuleApplication {
  campaign_id: string;
  rule:
    | 'rules.pause_when'
    | 'rules.scale_when'
    | 'no_increase_over_target'
    | 'budget.learning_phase_days'
    | 'no_data';
  detail: string;
}

export interface StrategyDecision {
  /** Target daily budget per campaign; 0 pauses. */
  budgets: Record<string, number>;
  /** The full re-allocation the curves call for, before the day's step toward it. */
  destination: Record<string, number>;
  rules: RuleApplication[];
  expected_before: number;
  expected_after: number;
  capacity_alert: string | null;
  /** Posterior probability that the day's move improves the expected result. */
  confidence: number;
  summary: string;
}

export function decideBudgets(
  situation: BudgetSituation,
  policy: Policy,
  fitted: Map<string, FittedCampaign>,
  objective: 'conversions' | 'revenue',
  random: Random,
): StrategyDecision {
  const { budget } = policy;
  const applied: RuleApplication[] = [];
  const current = Object.fromEntries(
    situation.campaigns.map((campaign) => [
      campaign.campaign_id,
      campaign.status === 'active' ? campaign.daily_budget : 0,
    ]),
  );
  const active = situation.campaigns.filter(
    (campaign) => campaign.status === 'active' && campaign.daily_budget > 0,
  );
  const frozen = active.filter((campaign) => campaign.days_live < budget.learning_phase_days);
  for (const campaign of frozen)
    applied.push({
      campaign_id: campaign.campaign_id,
      rule: 'budget.learning_phase_days',
      detail: `day ${campaign.days_live + 1} of ${budget.learning_phase_days}: not touched while the platform learns`,
    });
  const movable = active.filter((campaign) => !frozen.includes(campaign));
  // The pause rule, except that a platform's last campaign is cut to the platform minimum instead:
  // the policy keeps every active platform at its minimum, and dropping one is a strategy change.
  const failing = new Map(
    movable.flatMap((campaign) => {
      const reason = pauseReason(campaign, policy);
      return reason ? [[campaign.campaign_id, reason] as const] : [];
    }),
  );
  const paused = movable.filter(
    (campaign) =>
      failing.has(campaign.campaign_id) &&
      active.some(
        (other) =>
          other.platform === campaign.platform &&
          other.campaign_id !== campaign.campaign_id &&
          !failing.has(other.campaign_id),
      ),
  );
  const cutToMinimum = new Set(
    movable
      .filter((campaign) => failing.has(campaign.campaign_id) && !paused.includes(campaign))
      .map((campaign) => campaign.campaign_id),
  );
  for (const [campaignId, reason] of failing)
    applied.push({
      campaign_id: campaignId,
      rule: 'rules.pause_when',
      detail: cutToMinimum.has(campaignId)
        ? `${reason}; cut to the $${budget.per_platform_daily_min} platform minimum instead of paused: it is its platform's only campaign, and dropping a platform is a strategy change`
        : `${reason}: paused`,
    });
  const candidates = movable.filter((campaign) => !paused.includes(campaign));

  const frozenTotal = frozen.reduce((sum, campaign) => sum + campaign.daily_budget, 0);
  const total = Math.max(0, budget.daily_total - frozenTotal);
  const floor = (budget.exploration_share * budget.daily_total) / Math.max(1, active.length - paused.length);
  const bounds: AllocationBounds[] = candidates.map((campaign) => {
    const curve = fitted.get(campaign.campaign_id);
    if (!curve) {
      applied.push({ campaign_id: campaign.campaign_id, rule: 'no_data', detail: 'no delivery yet: held' });
      return bound(campaign, campaign.daily_budget, campaign.daily_budget);
    }
    if (cutToMinimum.has(campaign.campaign_id))
      return bound(campaign, floor, Math.max(floor, budget.per_platform_daily_min));
    const proven = isProven(campaign, policy, objective);
    if (proven) applied.push({ campaign_id: campaign.campaign_id, rule: 'rules.scale_when', detail: proven });
    const growth = campaign.daily_budget * (proven ? GROWTH_WHEN_PROVEN : GROWTH_OTHERWISE);
    // Trust region: a curve is evidence only near the spend it was observed at, so the destination
    // stays within a quarter beyond the range seen; the range widens as budgets move.
    const seen = situation.history
      .filter((row) => row.campaign_id === campaign.campaign_id && row.spend > 0)
      .map((row) => row.spend);
    const high = Math.max(campaign.daily_budget, ...seen) * (1 + TRUST_MARGIN);
    const low = Math.min(campaign.daily_budget, ...seen) * (1 - TRUST_MARGIN);
    return bound(campaign, Math.max(floor, low), Math.min(growth, high));
  });

  const destination: Record<string, number> = { ...current };
  for (const campaign of paused) destination[campaign.campaign_id] = 0;
  const feasible =
    bounds.reduce((sum, b) => sum + b.min, 0) <= total && bounds.reduce((sum, b) => sum + b.max, 0) >= total;
  if (bounds.length > 0 && feasible) {
    Object.assign(
      destination,
      allocateAtEqualMarginalReturn(fitted, bounds, total, budget.per_platform_daily_min),
    );
  }
  const expectedOf = (budgets: Record<string, number>) =>
    Object.entries(budgets).reduce((sum, [id, spend]) => sum + expectedValue(fitted.get(id), spend), 0);
  const expectedBefore = expectedOf(current);
  let target = stepToward(current, destination, new Set(paused.map((campaign) => campaign.campaign_id)));
  const ruleDriven = paused.length > 0 || cutToMinimum.size > 0;
  const confidence = probabilityOfImprovement(fitted, current, target, random);
  if (
    !ruleDriven &&
    (expectedOf(destination) < expectedBefore * (1 + MIN_EXPECTED_GAIN) || confidence < MIN_CONFIDENCE)
  )
    target = { ...current };

  const capacity = policy.capacity.max_leads_per_week;
  const capacityAlert =
    capacity !== null && situation.leads_7d > capacity
      ? `${situation.leads_7d} leads in the last 7 days, above the ${capacity} a week the business said it can handle: budgets not raised in total; confirm capacity with the client`
      : null;
  const expectedAfter = expectedOf(target);
  const moved = Object.keys(target).filter((id) => !sameCents(target[id] ?? 0, current[id] ?? 0));
  const unit = objective === 'revenue' ? 'revenue' : 'conversions';
  const summary =
    moved.length === 0
      ? `Held budgets: no re-allocation is both worth more than ${MIN_EXPECTED_GAIN * 100}% and better in at least ${MIN_CONFIDENCE * 100}% of the curves' posterior draws (${expectedBefore.toFixed(1)} ${unit} a day expected).`
      : `Moved ${moved.length} campaign budget${moved.length === 1 ? '' : 's'} toward equal marginal return: expected ${unit} a day ${expectedBefore.toFixed(1)} → ${expectedAfter.toFixed(1)}, better in ${Math.round(confidence * 100)}% of posterior draws.`;
  return {
    budgets: target,
    destination,
    rules: applied,
    expected_before: expectedBefore,
    expected_after: expectedAfter,
    capacity_alert: capacityAlert,
    confidence,
    summary,
  };
}

/**
 * Share of curves drawn from the posteriors (Thompson sampling over the response curves) under
 * which `target` beats `current`: the budget moves only when the evidence, not the prior, says so.
 */
function probabilityOfImprovement(
  fitted: Map<string, FittedCampaign>,
  current: Record<string, number>,
  target: Record<string, number>,
  random: Random,
): number {
  const changed = Object.keys(target).filter((id) => !sameCents(target[id] ?? 0, current[id] ?? 0));
  if (changed.length === 0) return 1;
  let better = 0;
  for (let draw = 0; draw < POSTERIOR_DRAWS; draw += 1) {
    let gain = 0;
    for (const id of changed) {
      const campaign = fitted.get(id);
      if (!campaign) continue;
      const curve = campaign.posterior.sample(random);
      gain +=
        (expectedAt(curve, target[id] ?? 0) - expectedAt(curve, current[id] ?? 0)) *
        campaign.value_per_conversion;
    }
    if (gain > 0) better += 1;
  }
  return better / POSTERIOR_DRAWS;
}

function bound(campaign: CampaignSnapshot, min: number, max: number): AllocationBounds {
  return { campaign_id: campaign.campaign_id, platform: campaign.platform, min: Math.min(min, max), max };
}

/**
 * Moves from `current` toward `destination` by one uniform step, so no campaign changes by more
 * than MAX_DAILY_STEP of its budget; a uniform step keeps the total and every floor both ends meet.
 * Pauses happen at once (a pause is a rule's decision, not a re-allocation).
 */
function stepToward(
  current: Record<string, number>,
  destination: Record<string, number>,
  pauses: Set<string>,
): Record<string, number> {
  let step = 1;
  for (const [id, to] of Object.entries(destination)) {
    if (pauses.has(id)) continue;
    const from = current[id] ?? 0;
    const change = Math.abs(to - from);
    if (from > 0 && change > 0) step = Math.min(step, (MAX_DAILY_STEP * from) / change);
  }
  const result: Record<string, number> = {};
  for (const id of new Set([...Object.keys(current), ...Object.keys(destination)])) {
    const from = current[id] ?? 0;
    const to = destination[id] ?? from;
    result[id] = pauses.has(id) ? 0 : Math.round((from + step * (to - from)) * 100) / 100;
  }
  // Rounding must not change the total the destination had.
  const drift =
    Object.values(destination).reduce((sum, value) => sum + value, 0) * step +
    Object.values(current).reduce((sum, value) => sum + value, 0) * (1 - step) -
    Object.values(result).reduce((sum, value) => sum + value, 0);
  const largest = Object.keys(result).sort((a, b) => (result[b] ?? 0) - (result[a] ?? 0))[0];
  if (largest && Math.abs(drift) >= 0.005)
    result[largest] = Math.round(((result[largest] ?? 0) + drift) * 100) / 100;
  return result;
}

/** Why the policy's pause rule applies to a campaign, or null. */
function pauseReason(campaign: CampaignSnapshot, policy: Policy): string | null {
  const rule = policy.rules.pause_when;
  const { cost_per_lead: targetCost, roas: targetRoas } = policy.targets;
  if (campaign.conversions_14d === 0 && campaign.spend_14d >= rule.zero_conversion_spend)
    return `$${campaign.spend_14d.toFixed(2)} spent in 14 days with no conversion (limit $${rule.zero_conversion_spend})`;
  if (campaign.conversions_14d < rule.min_conversions) return null;
  if (
    targetCost !== null &&
    rule.cost_per_result_over_target !== null &&
    campaign.cost_per_result_14d !== null &&
    campaign.cost_per_result_14d > targetCost * rule.cost_per_result_over_target
  )
    return `cost per result $${campaign.cost_per_result_14d.toFixed(2)} over 14 days is above ${rule.cost_per_result_over_target}× the $${targetCost} target`;
  if (
    targetRoas !== null &&
    rule.roas_under_target !== null &&
    campaign.roas_14d !== null &&
    campaign.roas_14d < targetRoas * rule.roas_under_target
  )
    return `ROAS ${campaign.roas_14d.toFixed(2)} over 14 days is below ${rule.roas_under_target}× the ${targetRoas} target`;
  return null;
}

function isProven(
  campaign: CampaignSnapshot,
  policy: Policy,
  objective: 'conversions' | 'revenue',
): string | null {
  const rule = policy.rules.scale_when;
  if (campaign.conversions_14d < rule.min_conversions) return null;
  const { cost_per_lead: targetCost, roas: targetRoas } = policy.targets;
  if (
    objective === 'conversions' &&
    targetCost !== null &&
    rule.cost_per_result_at_most_target !== null &&
    campaign.cost_per_result_14d !== null &&
    campaign.cost_per_result_14d <= targetCost * rule.cost_per_result_at_most_target
  )
    return `cost per result $${campaign.cost_per_result_14d.toFixed(2)} is within ${rule.cost_per_result_at_most_target}× the $${targetCost} target on ${campaign.conversions_14d} conversions: may grow up to ${GROWTH_WHEN_PROVEN}×`;
  if (
    targetRoas !== null &&
    rule.roas_at_least_target !== null &&
    campaign.roas_14d !== null &&
    campaign.roas_14d >= targetRoas * rule.roas_at_least_target
  )
    return `ROAS ${campaign.roas_14d.toFixed(2)} is at least ${rule.roas_at_least_target}× the ${targetRoas} target: may grow up to ${GROWTH_WHEN_PROVEN}×`;
  return null;
}
