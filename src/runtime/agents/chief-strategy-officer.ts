import type { Policy } from '../../schemas/policy.ts';
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
  summary: string;
}

export function decideBudgets(
  situation: BudgetSituation,
  policy: Policy,
  fitted: Map<string, FittedCampaign>,
  objective: 'conversions' | 'revenue',
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
  const paused = movable.filter((campaign) => shouldPause(campaign, policy, applied));
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
    const overTarget = isOverTarget(campaign, policy, objective);
    if (overTarget) {
      applied.push({
        campaign_id: campaign.campaign_id,
        rule: 'no_increase_over_target',
        detail: overTarget,
      });
      return bound(campaign, floor, campaign.daily_budget);
    }
    const proven = isProven(campaign, policy, objective);
    if (proven) applied.push({ campaign_id: campaign.campaign_id, rule: 'rules.scale_when', detail: proven });
    return bound(campaign, floor, campaign.daily_budget * (proven ? GROWTH_WHEN_PROVEN : GROWTH_OTHERWISE));
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
  let target = destination;
  if (paused.length === 0 && expectedOf(destination) < expectedBefore * (1 + MIN_EXPECTED_GAIN))
    target = { ...current };
  else target = stepToward(current, destination, new Set(paused.map((campaign) => campaign.campaign_id)));

  const capacity = policy.capacity.max_leads_per_week;
  const capacityAlert =
    capacity !== null && situation.leads_7d > capacity
      ? `${situation.leads_7d} leads in the last 7 days, above the ${capacity} a week the business said it can handle: budgets not raised in total; confirm capacity with the client`
      : null;
  const expectedAfter = expectedOf(target);
  const moved = Object.keys(target).filter((id) => Math.abs((target[id] ?? 0) - (current[id] ?? 0)) >= 0.01);
  const unit = objective === 'revenue' ? 'revenue' : 'conversions';
  const summary =
    moved.length === 0
      ? `Held budgets: the curves see no re-allocation worth more than ${MIN_EXPECTED_GAIN * 100}% (${expectedBefore.toFixed(1)} ${unit} a day expected).`
      : `Moved ${moved.length} campaign budget${moved.length === 1 ? '' : 's'} toward equal marginal return: expected ${unit} a day ${expectedBefore.toFixed(1)} → ${expectedAfter.toFixed(1)}.`;
  return {
    budgets: target,
    destination,
    rules: applied,
    expected_before: expectedBefore,
    expected_after: expectedAfter,
    capacity_alert: capacityAlert,
    summary,
  };
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

function shouldPause(campaign: CampaignSnapshot, policy: Policy, applied: RuleApplication[]): boolean {
  const rule = policy.rules.pause_when;
  const { cost_per_lead: targetCost, roas: targetRoas } = policy.targets;
  let reason: string | null = null;
  if (campaign.conversions_14d === 0 && campaign.spend_14d >= rule.zero_conversion_spend)
    reason = `$${campaign.spend_14d.toFixed(2)} spent in 14 days with no conversion (limit $${rule.zero_conversion_spend})`;
  else if (campaign.conversions_14d >= rule.min_conversions) {
    if (
      targetCost !== null &&
      rule.cost_per_result_over_target !== null &&
      campaign.cost_per_result_14d !== null &&
      campaign.cost_per_result_14d > targetCost * rule.cost_per_result_over_target
    )
      reason = `cost per result $${campaign.cost_per_result_14d.toFixed(2)} over 14 days is above ${rule.cost_per_result_over_target}× the $${targetCost} target`;
    else if (
      targetRoas !== null &&
      rule.roas_under_target !== null &&
      campaign.roas_14d !== null &&
      campaign.roas_14d < targetRoas * rule.roas_under_target
    )
      reason = `ROAS ${campaign.roas_14d.toFixed(2)} over 14 days is below ${rule.roas_under_target}× the ${targetRoas} target`;
  }
  if (reason) applied.push({ campaign_id: campaign.campaign_id, rule: 'rules.pause_when', detail: reason });
  return reason !== null;
}

function isOverTarget(
  campaign: CampaignSnapshot,
  policy: Policy,
  objective: 'conversions' | 'revenue',
): string | null {
  if (campaign.conversions_14d < policy.rules.pause_when.min_conversions) return null;
  const { cost_per_lead: targetCost, roas: targetRoas } = policy.targets;
  if (
    objective === 'conversions' &&
    targetCost !== null &&
    campaign.cost_per_result_14d !== null &&
    campaign.cost_per_result_14d > targetCost
  )
    return `cost per result $${campaign.cost_per_result_14d.toFixed(2)} is above the $${targetCost} target: may shrink, not grow`;
  if (
    objective === 'revenue' &&
    targetRoas !== null &&
    campaign.roas_14d !== null &&
    campaign.roas_14d < targetRoas
  )
    return `ROAS ${campaign.roas_14d.toFixed(2)} is below the ${targetRoas} target: may shrink, not grow`;
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
