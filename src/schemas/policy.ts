import { z } from 'zod';
import { PlatformId } from './brand-config.ts';

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens');
/** A share of a total, 0..1. */
const Share = z.number().min(0).max(1);
const Money = z.number().min(0);

/**
 * `automation/policy.json`: the guardrails and decision thresholds the runtime enforces in code
 * after any proposal, whoever made it (DESIGN §5). Written by the prompt engineer from the brand
 * config; the runtime agents' prompts quote the same numbers.
 */
export const Policy = z
  .object({
    schema_version: z.literal(1),
    brand_id: Slug,
    /** IANA zone the schedule and the daily cut-off run in. */
    timezone: z.string().min(1),
    currency: z.string().length(3),
    /** `auto`: approved-by-rule decisions execute; `approve`: every decision waits for a person. */
    autonomy: z.enum(['auto', 'approve']),
    budget: z.object({
      monthly_total: z.number().int().positive(),
      daily_total: z.number().positive(),
      /** Platforms with a budget line; each keeps at least `per_platform_daily_min` a day. */
      active_platforms: z.array(PlatformId).min(1),
      per_platform_daily_min: Money,
      /** Largest move per optimisation cycle, as a share of the daily total. */
      max_shift_per_cycle: Share,
      /** Share of the budget kept for tests the optimiser may not take away. */
      exploration_share: Share,
      /** Days after launch (or a large change) in which a campaign is not touched. */
      learning_phase_days: z.number().int().min(0),
      pacing: z.object({
        /** Alert when month-to-date spend runs this share above the linear plan. */
        alert_over: Share,
      }),
    }),
    targets: z.object({
      primary_kpi: z.enum(['cost_per_lead', 'roas', 'cost_per_booking', 'cost_per_acquisition']),
      cost_per_lead: z.number().positive().nullable(),
      roas: z.number().positive().nullable(),
      monthly_leads: z.number().int().min(0).nullable(),
      monthly_revenue: z.number().min(0).nullable(),
    }),
    /** How many leads (or bookings) the business can handle; an assumption until the client confirms. */
    capacity: z.object({
      max_leads_per_day: z.number().int().positive().nullable(),
      max_leads_per_week: z.number().int().positive().nullable(),
      assumption: z.literal(true),
      basis: z.string().min(1),
    }),
    rules: z.object({
      pause_when: z.object({
        /** Cost per result above this multiple of the target… */
        cost_per_result_over_target: z.number().gt(1).nullable(),
        /** …or ROAS below this multiple of the target… */
        roas_under_target: z.number().gt(0).lt(1).nullable(),
        /** …once the campaign has at least this many conversions. */
        min_conversions: z.number().int().min(1),
        /** Or this much spend with zero conversions. */
        zero_conversion_spend: z.number().positive(),
      }),
      scale_when: z.object({
        cost_per_result_at_most_target: z.number().gt(0).lt(1).nullable(),
        roas_at_least_target: z.number().gt(1).nullable(),
        min_conversions: z.number().int().min(1),
      }),
    }),
    creative_fatigue: z.object({
      /** Relative CTR drop from the ad's own baseline that marks fatigue. */
      ctr_drop: Share,
      window_days_min: z.number().int().min(1),
      window_days_max: z.number().int().min(1),
      min_data_points: z.number().int().min(2),
    }),
    /** Lead score 0–100: at or above `hot_min` is hot, then warm, then cold; below `cold_min` is nurture. */
    lead_tiers: z.object({
      hot_min: z.number().int().min(0).max(100),
      warm_min: z.number().int().min(0).max(100),
      cold_min: z.number().int().min(0).max(100),
      alert_on: z.literal('hot'),
    }),
    external_calls: z.object({
      retry_backoff_seconds: z.array(z.number().positive()).min(1),
      dead_letter_after_retries: z.literal(true),
      workflow_timeout_minutes: z.number().int().positive(),
    }),
    /** Why each derived or non-default value is what it is; looser-than-default values must be explained here. */
    notes: z.array(z.string().min(1)),
  })
  .superRefine((policy, ctx) => {
    const issue = (path: Array<string | number>, message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const { budget, lead_tiers: tiers, creative_fatigue: fatigue, rules, targets, capacity } = policy;

    if (!(tiers.hot_min > tiers.warm_min && tiers.warm_min > tiers.cold_min)) {
      issue(
        ['lead_tiers'],
        `tiers must be ordered hot > warm > cold, got ${tiers.hot_min} / ${tiers.warm_min} / ${tiers.cold_min}`,
      );
    }
    if (budget.max_shift_per_cycle <= 0 || budget.max_shift_per_cycle > 0.5) {
      issue(['budget', 'max_shift_per_cycle'], 'must be above 0 and at most 0.5 of the daily total');
    }
    if (budget.exploration_share >= 0.5) {
      issue(
        ['budget', 'exploration_share'],
        'must be below 0.5: exploration cannot outweigh the core budget',
      );
    }
    if (budget.pacing.alert_over <= 0) issue(['budget', 'pacing', 'alert_over'], 'must be above 0');
    if (new Set(budget.active_platforms).size !== budget.active_platforms.length) {
      issue(['budget', 'active_platforms'], 'a platform is listed twice');
    }
    const floors = budget.per_platform_daily_min * budget.active_platforms.length;
    if (floors > budget.daily_total + 1e-9) {
      issue(
        ['budget', 'per_platform_daily_min'],
        `${budget.active_platforms.length} platforms × ${budget.per_platform_daily_min} a day = ${floors}, ` +
          `more than the daily total ${budget.daily_total}: drop a platform or raise the budget`,
      );
    }
    if (Math.abs(budget.daily_total * 30.4 - budget.monthly_total) > budget.monthly_total * 0.05) {
      issue(
        ['budget', 'daily_total'],
        `daily ${budget.daily_total} does not fit the monthly ${budget.monthly_total}`,
      );
    }
    if (fatigue.window_days_min > fatigue.window_days_max) {
      issue(['creative_fatigue'], 'window_days_min is above window_days_max');
    }
    if (fatigue.min_data_points > fatigue.window_days_max) {
      issue(['creative_fatigue', 'min_data_points'], 'needs more daily points than the longest window holds');
    }
    if (fatigue.ctr_drop <= 0 || fatigue.ctr_drop >= 1) {
      issue(['creative_fatigue', 'ctr_drop'], 'must be strictly between 0 and 1');
    }
    if (rules.scale_when.min_conversions < rules.pause_when.min_conversions) {
      issue(
        ['rules', 'scale_when', 'min_conversions'],
        'scaling must need at least as much evidence as pausing',
      );
    }
    const costRule = rules.pause_when.cost_per_result_over_target !== null;
    const costTarget = targets.cost_per_lead !== null;
    if (
      costRule !== costTarget ||
      (rules.scale_when.cost_per_result_at_most_target !== null) !== costTarget
    ) {
      issue(['rules'], 'cost-per-result rules exist exactly when there is a cost-per-lead target');
    }
    const roasTarget = targets.roas !== null;
    if (
      (rules.pause_when.roas_under_target !== null) !== roasTarget ||
      (rules.scale_when.roas_at_least_target !== null) !== roasTarget
    ) {
      issue(['rules'], 'ROAS rules exist exactly when there is a ROAS target');
    }
    if (!costTarget && !roasTarget) issue(['targets'], 'needs a cost-per-lead or a ROAS target');
    const { max_leads_per_day: day, max_leads_per_week: week } = capacity;
    if ((day === null) !== (week === null)) {
      issue(['capacity'], 'give both daily and weekly capacity, or neither');
    } else if (day !== null && week !== null && (week < day || week > day * 7)) {
      issue(
        ['capacity', 'max_leads_per_week'],
        'weekly capacity must lie between one and seven days of capacity',
      );
    }
    const backoff = policy.external_calls.retry_backoff_seconds;
    if (backoff.some((seconds, index) => index > 0 && seconds < backoff[index - 1]!)) {
      issue(['external_calls', 'retry_backoff_seconds'], 'backoff must not shrink between retries');
    }
  });
export type Policy = z.infer<typeof Policy>;
