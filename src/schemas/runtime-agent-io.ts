import { z } from 'zod';
import { PlatformId } from './brand-config.ts';
import { ToneTag } from './creative-taxonomy.ts';
import { Policy } from './policy.ts';

/**
 * The JSON each runtime agent receives and returns (DESIGN §5). The runtime computes the inputs
 * from the store, validates the answers with these schemas, and applies the policy's guardrails
 * after any proposal; the prompt engineer embeds them, as JSON Schema, in each agent's prompt.
 */

const Id = z.string().min(1);
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
const Money = z.number().min(0);
const Count = z.number().int().min(0);

/** One campaign's results for one day, in the client's time zone. */
export const CampaignDayRow = z.object({
  date: Day,
  campaign_id: Id,
  platform: PlatformId,
  spend: Money,
  impressions: Count,
  clicks: Count,
  conversions: z.number().min(0),
  revenue: Money,
});

const BudgetAction = z.enum(['increase_budget', 'decrease_budget', 'pause', 'resume', 'hold']);

// ---------------------------------------------------------------- Data Scientist

export const DataScientistInput = z.object({
  brand_id: Slug,
  as_of: Day,
  currency: z.string().length(3),
  daily_total: Money,
  campaigns: z
    .array(
      z.object({
        campaign_id: Id,
        platform: PlatformId,
        started_on: Day,
        daily_budget: Money,
      }),
    )
    .min(1),
  rows: z.array(CampaignDayRow).min(1),
});
export type DataScientistInput = z.infer<typeof DataScientistInput>;

export const DataScientistOutput = z.object({
  brand_id: Slug,
  as_of: Day,
  /** conversions(spend) per campaign with diminishing returns. */
  curves: z.array(
    z.object({
      campaign_id: Id,
      form: z.enum(['exponential-saturation', 'hill', 'log']),
      parameters: z.record(z.string(), z.number()),
      r_squared: z.number().min(0).max(1),
      data_points: Count,
      /** Cost of one more conversion at the current daily budget. */
      marginal_cost_per_conversion: Money.nullable(),
    }),
  ),
  proposal: z.object({
    allocation: z
      .array(
        z.object({
          campaign_id: Id,
          platform: PlatformId,
          current_daily: Money,
          proposed_daily: Money,
          expected_daily_conversions: z.number().min(0),
        }),
      )
      .min(1),
    expected_daily_conversions: z.number().min(0),
    method: z.string().min(1),
  }),
  anomalies: z.array(
    z.object({
      campaign_id: Id,
      date: Day,
      metric: z.enum(['spend', 'ctr', 'cpc', 'conversions', 'cost_per_result', 'roas']),
      value: z.number(),
      expected: z.number(),
      z_score: z.number(),
    }),
  ),
});
export type DataScientistOutput = z.infer<typeof DataScientistOutput>;

// ---------------------------------------------------------------- Chief Strategy Officer

export const ChiefStrategyOfficerInput = z.object({
  brand_id: Slug,
  as_of: Day,
  proposal: DataScientistOutput.shape.proposal,
  policy: Policy,
  state: z.object({
    month_to_date_spend: Money,
    days_elapsed: z.number().int().min(0),
    days_in_month: z.number().int().min(28).max(31),
    leads_today: Count,
    campaigns: z.array(
      z.object({
        campaign_id: Id,
        platform: PlatformId,
        status: z.enum(['active', 'paused', 'learning']),
        days_live: Count,
        daily_budget: Money,
        /** Over the last 14 days. */
        spend_14d: Money,
        conversions_14d: z.number().min(0),
        cost_per_result_14d: Money.nullable(),
        roas_14d: z.number().min(0).nullable(),
      }),
    ),
  }),
});
export type ChiefStrategyOfficerInput = z.infer<typeof ChiefStrategyOfficerInput>;

export const ChiefStrategyOfficerOutput = z.object({
  brand_id: Slug,
  as_of: Day,
  decisions: z.array(
    z.object({
      id: Id,
      campaign_id: Id,
      action: BudgetAction,
      from_daily: Money.nullable(),
      to_daily: Money.nullable(),
      /** The policy rule that justifies the decision. */
      rule: z.enum([
        'rules.scale_when',
        'rules.pause_when',
        'proposal.allocation',
        'budget.learning_phase_days',
        'budget.pacing',
        'budget.exploration_share',
        'capacity',
      ]),
      reason: z.string().min(1),
      expected_effect: z.object({
        metric: z.enum(['conversions', 'cost_per_result', 'roas', 'spend']),
        change: z.number(),
        horizon_days: z.number().int().positive(),
      }),
    }),
  ),
  summary: z.string().min(1),
});
export type ChiefStrategyOfficerOutput = z.infer<typeof ChiefStrategyOfficerOutput>;

// ---------------------------------------------------------------- Media Buyer

export const MediaBuyerInput = z.object({
  brand_id: Slug,
  as_of: Day,
  autonomy: Policy.shape.autonomy,
  /** Decisions that passed the guardrails (and, under `approve`, a person). */
  decisions: z.array(
    z.object({
      decision_id: Id,
      campaign_id: Id,
      platform: PlatformId,
      action: BudgetAction,
      from_daily: Money.nullable(),
      to_daily: Money.nullable(),
    }),
  ),
  /** Largest single budget step, in currency units (policy share × daily total). */
  max_step: Money,
});
export type MediaBuyerInput = z.infer<typeof MediaBuyerInput>;

export const MediaBuyerOutput = z.object({
  brand_id: Slug,
  steps: z.array(
    z.object({
      order: z.number().int().min(1),
      decision_id: Id,
      platform: PlatformId,
      campaign_id: Id,
      operation: z.enum(['set_daily_budget', 'pause_campaign', 'resume_campaign']),
      daily_budget: Money.nullable(),
      scheduled_for: Day,
      /** Same key on a retry, so a step never runs twice. */
      idempotency_key: Id,
      verify: z.string().min(1),
    }),
  ),
  skipped: z.array(z.object({ decision_id: Id, reason: z.string().min(1) })),
});
export type MediaBuyerOutput = z.infer<typeof MediaBuyerOutput>;

// ---------------------------------------------------------------- Creative Intelligence

export const CreativeIntelligenceInput = z.object({
  brand_id: Slug,
  as_of: Day,
  fatigue_rule: Policy.shape.creative_fatigue,
  ads: z.array(
    z.object({
      ad_id: Id,
      campaign_id: Id,
      platform: PlatformId,
      brief_id: Slug.nullable(),
      pillar: Slug.nullable(),
      series: z.array(
        z.object({ date: Day, impressions: Count, clicks: Count, ctr: z.number().min(0).max(1) }),
      ),
    }),
  ),
  /** Ready creatives not yet running, by brief. */
  reserve: z.array(z.object({ ad_id: Id, brief_id: Slug.nullable(), pillar: Slug.nullable() })),
});
export type CreativeIntelligenceInput = z.infer<typeof CreativeIntelligenceInput>;

export const CreativeIntelligenceOutput = z.object({
  brand_id: Slug,
  as_of: Day,
  fatigue: z.array(
    z.object({
      ad_id: Id,
      baseline_ctr: z.number().min(0),
      recent_ctr: z.number().min(0),
      /** Relative drop, (baseline − recent) / baseline. */
      drop: z.number(),
      window_days: z.number().int().min(1),
      data_points: Count,
      fatigued: z.boolean(),
    }),
  ),
  rotations: z.array(
    z.object({ campaign_id: Id, pause_ad_id: Id, activate_ad_id: Id, reason: z.string().min(1) }),
  ),
  gaps: z.array(z.object({ pillar: Slug.nullable(), platform: PlatformId, need: z.string().min(1) })),
});
export type CreativeIntelligenceOutput = z.infer<typeof CreativeIntelligenceOutput>;

// ---------------------------------------------------------------- Cultural Anthropologist

export const CulturalAnthropologistInput = z.object({
  brand_id: Slug,
  period: z.object({ from: Day, to: Day }),
  outcomes: z.array(
    z.object({
      demographic_id: Slug,
      tone: ToneTag,
      impressions: Count,
      clicks: Count,
      conversions: z.number().min(0),
      spend: Money,
    }),
  ),
  /** What the learning loop believes so far: demographic × tone → conversion rate. */
  learned: z.array(
    z.object({ demographic_id: Slug, tone: ToneTag, average: z.number().min(0), samples: Count }),
  ),
});
export type CulturalAnthropologistInput = z.infer<typeof CulturalAnthropologistInput>;

export const CulturalAnthropologistOutput = z.object({
  brand_id: Slug,
  insights: z.array(
    z.object({
      id: Id,
      kind: z.enum(['surprise', 'confirmation', 'gap']),
      demographic_id: Slug,
      tone: ToneTag.nullable(),
      statement: z.string().min(1),
      evidence: z.object({
        metric: z.enum(['ctr', 'conversion_rate', 'cost_per_result']),
        value: z.number(),
        baseline: z.number(),
        sample_size: Count,
      }),
      confidence: z.enum(['low', 'medium', 'high']),
      suggested_test: z.string().min(1).nullable(),
    }),
  ),
});
export type CulturalAnthropologistOutput = z.infer<typeof CulturalAnthropologistOutput>;

// ---------------------------------------------------------------- Client Translator

export const ClientTranslatorInput = z.object({
  brand_id: Slug,
  brand_name: z.string().min(1),
  period: z.object({ from: Day, to: Day }),
  kind: z.enum(['daily-narrative', 'weekly-report']),
  /** Every number the narrative may use, computed by code. */
  facts: z
    .array(
      z.object({
        id: Slug,
        label: z.string().min(1),
        value: z.union([z.number(), z.string()]),
        unit: z.enum(['currency', 'count', 'percent', 'ratio', 'text']),
        previous: z.number().nullable(),
      }),
    )
    .min(1),
  decisions: z.array(z.object({ id: Id, summary: z.string().min(1) })),
});
export type ClientTranslatorInput = z.infer<typeof ClientTranslatorInput>;

export const ClientTranslatorOutput = z.object({
  headline: z.string().min(1).max(120),
  narrative: z.string().min(1),
  highlights: z.array(z.string().min(1)).max(3),
  /** Ids of the facts whose numbers appear in the text; every number written must come from one. */
  facts_used: z.array(Slug),
});
export type ClientTranslatorOutput = z.infer<typeof ClientTranslatorOutput>;
