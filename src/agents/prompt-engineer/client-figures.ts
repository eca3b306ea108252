import type { PlatformId } from '../../schemas/brand-config.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import type { Policy } from '../../schemas/policy.ts';
import { formatMoney, formatShare } from './format-figures.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';

const PLATFORM_LABELS: Record<PlatformId, string> = {
  google: 'Google Ads',
  meta: 'Meta (Facebook and Instagram)',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  microsoft: 'Microsoft Ads',
  pinterest: 'Pinterest',
};

const BUSINESS_MODELS: Record<BusinessModel, string> = {
  'brick-and-mortar-primary': 'a local business customers visit or call',
  'service-online': 'a service sold online through enquiries',
  'ecommerce-primary': 'an online store',
  hybrid: 'a business that serves locally and sells online',
};

const KPI_LABELS: Record<Policy['targets']['primary_kpi'], string> = {
  cost_per_lead: 'cost per lead',
  cost_per_booking: 'cost per booking',
  roas: 'return on ad spend (ROAS)',
  cost_per_acquisition: 'cost per acquisition',
};

/**
 * The client's numbers, computed once and formatted the same way in every prompt, so the prose
 * and the validator agree on what "mentions the budget" means.
 */
export interface ClientFigures {
  brand: string;
  monthly: string;
  daily: string;
  businessModel: string;
  kpi: string;
  /** "cost per lead" or "cost per booking": what a conversion is called for cost rules. */
  result: string;
  platforms: Array<{ id: PlatformId; label: string; share: string; daily: string; objective: string }>;
  maxShift: string;
  maxShiftAmount: string;
  floor: string;
  exploration: string;
  explorationMonthly: string;
  learningDays: string;
  pacingAlert: string;
  pacingAlertAmount: string;
  targets: string[];
  pause: string[];
  scale: string[];
  capacity: string;
}

export function clientFigures(input: PromptEngineerInput, policy: Policy): ClientFigures {
  const { config } = input;
  const { budget, targets, rules } = policy;
  const result = config.campaign_goals.primary_kpi === 'cost_per_booking' ? 'booking' : 'lead';
  const targetLines: string[] = [];
  if (targets.cost_per_lead !== null)
    targetLines.push(`cost per ${result} at or below ${formatMoney(targets.cost_per_lead)}`);
  if (targets.monthly_leads !== null) targetLines.push(`${targets.monthly_leads} ${result}s a month`);
  if (targets.roas !== null) targetLines.push(`ROAS of at least ${targets.roas}×`);
  if (targets.monthly_revenue !== null)
    targetLines.push(`${formatMoney(targets.monthly_revenue)} attributed revenue a month`);

  const pause: string[] = [];
  const scale: string[] = [];
  const { pause_when: p, scale_when: s } = rules;
  if (p.cost_per_result_over_target !== null && targets.cost_per_lead !== null) {
    pause.push(
      `cost per ${result} above ${p.cost_per_result_over_target}× target (${formatMoney(targets.cost_per_lead * p.cost_per_result_over_target)}) after at least ${p.min_conversions} conversions`,
    );
  }
  if (p.roas_under_target !== null && targets.roas !== null) {
    pause.push(
      `ROAS below ${p.roas_under_target}× target (${round2(targets.roas * p.roas_under_target)}×) after at least ${p.min_conversions} conversions`,
    );
  }
  pause.push(`${formatMoney(p.zero_conversion_spend)} spent with zero conversions`);
  if (s.cost_per_result_at_most_target !== null && targets.cost_per_lead !== null) {
    scale.push(
      `cost per ${result} at or below ${s.cost_per_result_at_most_target}× target (${formatMoney(round2(targets.cost_per_lead * s.cost_per_result_at_most_target))}) with at least ${s.min_conversions} conversions`,
    );
  }
  if (s.roas_at_least_target !== null && targets.roas !== null) {
    scale.push(
      `ROAS at or above ${s.roas_at_least_target}× target (${round2(targets.roas * s.roas_at_least_target)}×) with at least ${s.min_conversions} conversions`,
    );
  }

  const { max_leads_per_day: day, max_leads_per_week: week } = policy.capacity;
  const capacity =
    day !== null && week !== null
      ? `at most ${day} ${result}s a day and ${week} a week (an assumption: ${policy.capacity.basis})`
      : `no intake limit (an assumption: ${policy.capacity.basis})`;

  return {
    brand: config.brand_name,
    monthly: formatMoney(budget.monthly_total),
    daily: formatMoney(budget.daily_total),
    businessModel: BUSINESS_MODELS[config.business_model],
    kpi: KPI_LABELS[targets.primary_kpi],
    result,
    platforms: config.budget.allocation
      .filter((line) => budget.active_platforms.includes(line.platform))
      .map((line) => ({
        id: line.platform,
        label: PLATFORM_LABELS[line.platform],
        share: formatShare(line.share),
        daily: formatMoney(line.daily),
        objective: config.platforms.find((platform) => platform.id === line.platform)?.objective ?? 'leads',
      })),
    maxShift: formatShare(budget.max_shift_per_cycle),
    maxShiftAmount: formatMoney(round2(budget.daily_total * budget.max_shift_per_cycle)),
    floor: formatMoney(budget.per_platform_daily_min),
    exploration: formatShare(budget.exploration_share),
    explorationMonthly: formatMoney(Math.round(budget.monthly_total * budget.exploration_share)),
    learningDays: `${budget.learning_phase_days} days`,
    pacingAlert: formatShare(budget.pacing.alert_over),
    pacingAlertAmount: formatMoney(Math.round(budget.monthly_total * (1 + budget.pacing.alert_over))),
    targets: targetLines,
    pause,
    scale,
    capacity,
  };
}

export function platformLabel(id: PlatformId): string {
  return PLATFORM_LABELS[id];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
