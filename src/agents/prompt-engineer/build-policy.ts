import type { Policy } from '../../schemas/policy.ts';
import { formatMoney } from './format-figures.ts';
import { leadCapacity } from './lead-capacity.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';

/** DESIGN §5 defaults; a client's policy starts here and only its derived numbers differ. */
export const POLICY_DEFAULTS = {
  per_platform_daily_min: 50,
  max_shift_per_cycle: 0.3,
  exploration_share: 0.15,
  learning_phase_days: 7,
  pacing_alert_over: 0.1,
  pause_cost_multiple: 2,
  pause_roas_multiple: 0.5,
  pause_min_conversions: 5,
  zero_conversion_cost_multiple: 3,
  scale_cost_multiple: 0.8,
  scale_roas_multiple: 1.25,
  scale_min_conversions: 10,
  creative_fatigue: { ctr_drop: 0.3, window_days_min: 7, window_days_max: 14, min_data_points: 7 },
  lead_tiers: { hot_min: 90, warm_min: 70, cold_min: 50, alert_on: 'hot' },
  external_calls: {
    retry_backoff_seconds: [1, 2, 4],
    dead_letter_after_retries: true,
    workflow_timeout_minutes: 30,
  },
} as const;

/**
 * The client's policy: DESIGN §5 guardrails, the targets of the brand config, a capacity
 * assumption from the industry, and pause/scale thresholds derived from the targets. Pure and
 * deterministic; the model path must return exactly this.
 */
export function buildPolicy(input: PromptEngineerInput): Policy {
  const { config } = input;
  const d = POLICY_DEFAULTS;
  const { targets } = config.campaign_goals;
  const notes: string[] = [];

  const capacity = leadCapacity(config.industry.key, config.business_model, input.research.location_count);
  notes.push(`Capacity is an assumption: ${capacity.basis}.`);

  const costTarget = targets.cost_per_lead;
  const perPurchase = targets.roas !== null ? estimatedCostPerPurchase(input, targets.roas) : null;
  let zeroSpend: number;
  if (costTarget !== null) {
    zeroSpend = d.zero_conversion_cost_multiple * costTarget;
    notes.push(
      `Pause with zero conversions after ${formatMoney(zeroSpend)} spend: ${d.zero_conversion_cost_multiple} × the ${formatMoney(costTarget)} cost-per-lead target.`,
    );
  } else if (perPurchase !== null) {
    zeroSpend = Math.round(d.zero_conversion_cost_multiple * perPurchase.cost);
    notes.push(
      `Pause with zero conversions after ${formatMoney(zeroSpend)} spend: ${d.zero_conversion_cost_multiple} × an estimated ` +
        `${formatMoney(perPurchase.cost)} cost per purchase (median offering price ${formatMoney(perPurchase.price)} ÷ target ROAS ${targets.roas}).`,
    );
  } else {
    zeroSpend = d.zero_conversion_cost_multiple * d.per_platform_daily_min;
    notes.push(
      `Pause with zero conversions after ${formatMoney(zeroSpend)} spend: no prices are known, so ${d.zero_conversion_cost_multiple} days ` +
        'at the platform floor stand in for a cost-per-purchase target (an assumption).',
    );
  }
  notes.push(
    `Pausing needs at least ${d.pause_min_conversions} conversions and scaling ${d.scale_min_conversions}: ` +
      'fewer cannot tell a bad campaign from an unlucky week.',
  );
  notes.push(
    'Autonomy is auto: decisions that pass every guardrail execute; set "approve" to have a person confirm each one.',
  );

  return {
    schema_version: 1,
    brand_id: config.brand_id,
    timezone: config.timezone,
    currency: config.budget.currency,
    autonomy: 'auto',
    budget: {
      monthly_total: config.budget.monthly_total,
      daily_total: config.budget.daily_total,
      active_platforms: config.budget.allocation
        .filter((line) => line.monthly > 0)
        .map((line) => line.platform),
      per_platform_daily_min: d.per_platform_daily_min,
      max_shift_per_cycle: d.max_shift_per_cycle,
      exploration_share: d.exploration_share,
      learning_phase_days: d.learning_phase_days,
      pacing: { alert_over: d.pacing_alert_over },
    },
    targets: {
      primary_kpi: config.campaign_goals.primary_kpi,
      cost_per_lead: targets.cost_per_lead,
      roas: targets.roas,
      monthly_leads: targets.monthly_leads,
      monthly_revenue: targets.monthly_revenue,
    },
    capacity: {
      max_leads_per_day: capacity.max_leads_per_day,
      max_leads_per_week: capacity.max_leads_per_week,
      assumption: true,
      basis: capacity.basis,
    },
    rules: {
      pause_when: {
        cost_per_result_over_target: costTarget !== null ? d.pause_cost_multiple : null,
        roas_under_target: targets.roas !== null ? d.pause_roas_multiple : null,
        min_conversions: d.pause_min_conversions,
        zero_conversion_spend: zeroSpend,
      },
      scale_when: {
        cost_per_result_at_most_target: costTarget !== null ? d.scale_cost_multiple : null,
        roas_at_least_target: targets.roas !== null ? d.scale_roas_multiple : null,
        min_conversions: d.scale_min_conversions,
      },
    },
    creative_fatigue: { ...d.creative_fatigue },
    lead_tiers: { ...d.lead_tiers },
    external_calls: {
      ...d.external_calls,
      retry_backoff_seconds: [...d.external_calls.retry_backoff_seconds],
    },
    notes,
  };
}

// The median listed price stands in for the order value; prices are strings like "from $299".
function estimatedCostPerPurchase(
  input: PromptEngineerInput,
  roas: number,
): { price: number; cost: number } | null {
  const prices = input.config.offerings
    .map((offering) => offering.price?.replace(/,/g, '').match(/\d+(?:\.\d+)?/)?.[0])
    .filter((price): price is string => price !== undefined)
    .map(Number)
    .filter((price) => price > 0)
    .sort((a, b) => a - b);
  if (prices.length === 0) return null;
  const middle = Math.floor(prices.length / 2);
  const price = prices.length % 2 === 1 ? prices[middle]! : (prices[middle - 1]! + prices[middle]!) / 2;
  return { price, cost: Math.round((price / roas) * 100) / 100 };
}
