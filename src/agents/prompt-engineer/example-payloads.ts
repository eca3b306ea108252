import { TONE_TAGS } from '../../schemas/creative-taxonomy.ts';
import type { Policy } from '../../schemas/policy.ts';
import type {
  ChiefStrategyOfficerInput,
  ChiefStrategyOfficerOutput,
  ClientTranslatorInput,
  ClientTranslatorOutput,
  CreativeIntelligenceInput,
  CreativeIntelligenceOutput,
  CulturalAnthropologistInput,
  CulturalAnthropologistOutput,
  DataScientistInput,
  DataScientistOutput,
  MediaBuyerInput,
  MediaBuyerOutput,
} from '../../schemas/runtime-agent-io.ts';
import { formatMoney } from './format-figures.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';
import type { RuntimeAgentId } from './runtime-agents.ts';

export interface ExamplePair {
  input: unknown;
  output: unknown;
}

// A fixed day keeps the examples, and so the prompt files, identical on every run.
const AS_OF = '2025-03-14';
const YESTERDAY = '2025-03-13';
const LAUNCH = '2025-02-03';

/**
 * One short, schema-valid example of what each runtime agent receives and returns, in this
 * client's terms (its platforms, budgets, audiences, pillars). The numbers are illustrations
 * derived from the client's own budget and targets, never results.
 */
export function examplePayloads(
  input: PromptEngineerInput,
  policy: Policy,
): Record<RuntimeAgentId, ExamplePair> {
  const brand_id = policy.brand_id;
  const primary = input.config.demographics.primary;
  const lines = input.config.budget.allocation.filter((line) =>
    policy.budget.active_platforms.includes(line.platform),
  );
  const campaigns = lines.map((line) => ({
    campaign_id: `${line.platform}-${primary.id}`,
    platform: line.platform,
    started_on: LAUNCH,
    daily_budget: line.daily,
  }));
  const first = campaigns[0]!;
  const last = campaigns[campaigns.length - 1]!;
  const costPerResult =
    policy.targets.cost_per_lead ?? Math.max(1, round2(policy.rules.pause_when.zero_conversion_spend / 3));
  const roas = policy.targets.roas;

  // Shift a tenth of the daily total from the last campaign to the first, never below the floor.
  const move =
    campaigns.length > 1
      ? round2(
          Math.max(
            0,
            Math.min(
              policy.budget.daily_total * 0.1,
              last.daily_budget - policy.budget.per_platform_daily_min,
            ),
          ),
        )
      : 0;
  const proposed = (id: string, daily: number) =>
    round2(
      id === first.campaign_id && move > 0
        ? daily + move
        : id === last.campaign_id && move > 0
          ? daily - move
          : daily,
    );
  const expected = (daily: number) => round2(daily / costPerResult);
  const allocation = campaigns.map((c) => ({
    campaign_id: c.campaign_id,
    platform: c.platform,
    current_daily: c.daily_budget,
    proposed_daily: proposed(c.campaign_id, c.daily_budget),
    expected_daily_conversions: expected(proposed(c.campaign_id, c.daily_budget)),
  }));
  const proposal: DataScientistOutput['proposal'] = {
    allocation,
    expected_daily_conversions: round2(
      allocation.reduce((sum, line) => sum + line.expected_daily_conversions, 0),
    ),
    method:
      'Exponential-saturation curves fitted on 28 days; budget moved to the highest marginal return, floors kept.',
  };

  const dataScientist: { input: DataScientistInput; output: DataScientistOutput } = {
    input: {
      brand_id,
      as_of: AS_OF,
      currency: policy.currency,
      daily_total: policy.budget.daily_total,
      campaigns,
      rows: campaigns.map((c) => {
        const impressions = Math.round(c.daily_budget * 40);
        const conversions = Math.max(0, Math.round(c.daily_budget / costPerResult));
        return {
          date: YESTERDAY,
          campaign_id: c.campaign_id,
          platform: c.platform,
          spend: c.daily_budget,
          impressions,
          clicks: Math.round(impressions * 0.02),
          conversions,
          revenue: roas !== null ? Math.round(c.daily_budget * roas) : 0,
        };
      }),
    },
    output: {
      brand_id,
      as_of: AS_OF,
      curves: campaigns.map((c) => ({
        campaign_id: c.campaign_id,
        form: 'exponential-saturation',
        parameters: {
          max_daily_conversions: round2((c.daily_budget / costPerResult) * 2),
          scale_spend: round2(c.daily_budget * 1.5),
        },
        r_squared: 0.81,
        data_points: 28,
        marginal_cost_per_conversion: round2(costPerResult * 1.1),
      })),
      proposal,
      anomalies: [],
    },
  };

  const decisions: ChiefStrategyOfficerOutput['decisions'] = allocation
    .filter((line) => line.proposed_daily !== line.current_daily)
    .map((line, index) => ({
      id: `${AS_OF}-${index + 1}`,
      campaign_id: line.campaign_id,
      action: line.proposed_daily > line.current_daily ? 'increase_budget' : 'decrease_budget',
      from_daily: line.current_daily,
      to_daily: line.proposed_daily,
      rule: 'proposal.allocation',
      reason:
        line.proposed_daily > line.current_daily
          ? 'Highest marginal return; the move stays within the per-cycle limit.'
          : 'Lower marginal return; it stays above the daily floor.',
      expected_effect: {
        metric: 'conversions',
        change: round2(line.expected_daily_conversions - expected(line.current_daily)),
        horizon_days: 7,
      },
    }));
  const chiefStrategyOfficer: { input: ChiefStrategyOfficerInput; output: ChiefStrategyOfficerOutput } = {
    input: {
      brand_id,
      as_of: AS_OF,
      proposal,
      policy,
      state: {
        month_to_date_spend: round2(policy.budget.daily_total * 13),
        days_elapsed: 13,
        days_in_month: 31,
        leads_today: 1,
        campaigns: campaigns.map((c) => ({
          campaign_id: c.campaign_id,
          platform: c.platform,
          status: 'active',
          days_live: 39,
          daily_budget: c.daily_budget,
          spend_14d: round2(c.daily_budget * 14),
          conversions_14d: Math.round((c.daily_budget * 14) / costPerResult),
          cost_per_result_14d: policy.targets.cost_per_lead,
          roas_14d: roas,
        })),
      },
    },
    output: {
      brand_id,
      as_of: AS_OF,
      decisions,
      summary:
        decisions.length > 0
          ? `Moves ${formatMoney(move)} a day toward ${first.campaign_id}, where the next conversion is cheapest; every platform keeps its floor.`
          : 'Holds every budget: one platform is running and the proposal matches the current budget.',
    },
  };

  const mediaBuyer: { input: MediaBuyerInput; output: MediaBuyerOutput } = {
    input: {
      brand_id,
      as_of: AS_OF,
      autonomy: policy.autonomy,
      decisions: decisions.map((decision) => ({
        decision_id: decision.id,
        campaign_id: decision.campaign_id,
        platform: campaigns.find((c) => c.campaign_id === decision.campaign_id)!.platform,
        action: decision.action,
        from_daily: decision.from_daily,
        to_daily: decision.to_daily,
      })),
      max_step: round2(policy.budget.daily_total * policy.budget.max_shift_per_cycle),
    },
    output: {
      brand_id,
      steps: decisions.map((decision, index) => ({
        order: index + 1,
        decision_id: decision.id,
        platform: campaigns.find((c) => c.campaign_id === decision.campaign_id)!.platform,
        campaign_id: decision.campaign_id,
        operation: 'set_daily_budget',
        daily_budget: decision.to_daily,
        scheduled_for: AS_OF,
        idempotency_key: `${decision.id}-step-1`,
        verify: `Read back the campaign's daily budget: ${formatMoney(decision.to_daily ?? 0)}.`,
      })),
      skipped: [],
    },
  };

  const pillar = input.creative?.pillars[0]?.id ?? null;
  const briefIds = input.creative?.brief_ids ?? [];
  const baseline = 0.024;
  const series = Array.from({ length: policy.creative_fatigue.min_data_points }, (_, day) => {
    const impressions = 2000;
    const ctr = round4(baseline * (1 - (0.45 * day) / (policy.creative_fatigue.min_data_points - 1)));
    return {
      date: `2025-03-${String(7 + day).padStart(2, '0')}`,
      impressions,
      clicks: Math.round(impressions * ctr),
      ctr,
    };
  });
  const recent = series[series.length - 1]!.ctr;
  const creativeIntelligence: { input: CreativeIntelligenceInput; output: CreativeIntelligenceOutput } = {
    input: {
      brand_id,
      as_of: AS_OF,
      fatigue_rule: policy.creative_fatigue,
      ads: [
        {
          ad_id: `${first.campaign_id}-ad-1`,
          campaign_id: first.campaign_id,
          platform: first.platform,
          brief_id: briefIds[0] ?? null,
          pillar,
          series,
        },
      ],
      reserve: [{ ad_id: `${first.campaign_id}-ad-2`, brief_id: briefIds[1] ?? null, pillar }],
    },
    output: {
      brand_id,
      as_of: AS_OF,
      fatigue: [
        {
          ad_id: `${first.campaign_id}-ad-1`,
          baseline_ctr: baseline,
          recent_ctr: recent,
          drop: round4((baseline - recent) / baseline),
          window_days: series.length,
          data_points: series.length,
          fatigued: (baseline - recent) / baseline > policy.creative_fatigue.ctr_drop,
        },
      ],
      rotations: [
        {
          campaign_id: first.campaign_id,
          pause_ad_id: `${first.campaign_id}-ad-1`,
          activate_ad_id: `${first.campaign_id}-ad-2`,
          reason: 'CTR fell past the fatigue threshold; the reserve ad carries the same pillar.',
        },
      ],
      gaps: [],
    },
  };

  const tones = exampleTones(input.config.brand_voice.tone);
  const anthropologist: { input: CulturalAnthropologistInput; output: CulturalAnthropologistOutput } = {
    input: {
      brand_id,
      period: { from: '2025-02-14', to: AS_OF },
      outcomes: tones.map((tone, index) => ({
        demographic_id: primary.id,
        tone,
        impressions: 24000,
        clicks: index === 0 ? 610 : 420,
        conversions: index === 0 ? 22 : 9,
        spend: round2(policy.budget.daily_total * 4),
      })),
      learned: tones.map((tone) => ({ demographic_id: primary.id, tone, average: 0.021, samples: 30 })),
    },
    output: {
      brand_id,
      insights: [
        {
          id: `${primary.id}-${tones[0]}`,
          kind: 'surprise',
          demographic_id: primary.id,
          tone: tones[0]!,
          statement: `${primary.name} convert far more often on ${tones[0]} creative than on ${tones[1]} creative.`,
          evidence: { metric: 'conversion_rate', value: 0.0361, baseline: 0.021, sample_size: 22 },
          confidence: 'high',
          suggested_test: `Run the next ${tones[1]} brief in a ${tones[0]} version for ${primary.name}.`,
        },
      ],
    },
  };

  const spend = round2(policy.budget.daily_total * 7);
  const facts: ClientTranslatorInput['facts'] = [
    { id: 'spend-week', label: 'Ad spend this week', value: spend, unit: 'currency', previous: null },
  ];
  let narrative: string;
  if (policy.targets.cost_per_lead !== null) {
    const leads = Math.max(1, Math.ceil(spend / (policy.targets.cost_per_lead * 0.95)));
    const cpl = round2(spend / leads);
    facts.push(
      { id: 'leads-week', label: 'Leads this week', value: leads, unit: 'count', previous: null },
      {
        id: 'cost-per-lead-week',
        label: 'Cost per lead this week',
        value: cpl,
        unit: 'currency',
        previous: null,
      },
      {
        id: 'target-cost-per-lead',
        label: 'Target cost per lead',
        value: policy.targets.cost_per_lead,
        unit: 'currency',
        previous: null,
      },
    );
    const unit = policy.targets.primary_kpi === 'cost_per_booking' ? 'bookings' : 'leads';
    narrative =
      `${input.config.brand_name} spent ${formatMoney(spend)} on ads this week and received ${leads} ${unit} at ${formatMoney(cpl)} each, ` +
      `within the ${formatMoney(policy.targets.cost_per_lead)} target. Budget moved toward the campaign where new enquiries cost least.`;
  } else {
    const target = policy.targets.roas ?? 1;
    const revenue = Math.round(spend * target * 1.1);
    const achieved = round2(revenue / spend);
    facts.push(
      {
        id: 'revenue-week',
        label: 'Attributed revenue this week',
        value: revenue,
        unit: 'currency',
        previous: null,
      },
      { id: 'roas-week', label: 'ROAS this week', value: achieved, unit: 'ratio', previous: null },
      { id: 'target-roas', label: 'Target ROAS', value: target, unit: 'ratio', previous: null },
    );
    narrative =
      `${input.config.brand_name} spent ${formatMoney(spend)} on ads this week and earned ${formatMoney(revenue)} in attributed sales, ` +
      `a return of ${achieved}× against a target of ${target}×. Budget moved toward the campaign that sells most per dollar.`;
  }
  const clientTranslator: { input: ClientTranslatorInput; output: ClientTranslatorOutput } = {
    input: {
      brand_id,
      brand_name: input.config.brand_name,
      period: { from: '2025-03-07', to: YESTERDAY },
      kind: 'weekly-report',
      facts,
      decisions: decisions.map((decision) => ({ id: decision.id, summary: decision.reason })),
    },
    output: {
      headline: `A steady week for ${input.config.brand_name}`,
      narrative,
      highlights: ['Results stayed within the target.'],
      facts_used: facts.map((fact) => fact.id),
    },
  };

  return {
    'chief-strategy-officer': chiefStrategyOfficer,
    'media-buyer': mediaBuyer,
    'creative-intelligence': creativeIntelligence,
    'data-scientist': dataScientist,
    'cultural-anthropologist': anthropologist,
    'client-translator': clientTranslator,
  };
}

type ToneTag = (typeof TONE_TAGS)[number];

// The brand's own tones when the taxonomy knows them, so the example speaks the client's voice.
function exampleTones(voice: string[]): [ToneTag, ToneTag] {
  const known = voice
    .map((tone) => tone.toLowerCase())
    .filter((tone): tone is ToneTag => (TONE_TAGS as readonly string[]).includes(tone));
  const pool = [...new Set<ToneTag>([...known, 'warm', 'authoritative'])];
  return [pool[0]!, pool[1]!];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
