import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/agents/prompt-engineer/build-policy.ts';
import { Policy } from '../../../src/schemas/policy.ts';
import { dentalEngineerInput, shopEngineerInput } from './fixtures.ts';

const dentalPolicy = () => buildPolicy(dentalEngineerInput());

function issuesOf(value: unknown): string[] {
  const result = Policy.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('Policy schema', () => {
  it('accepts the policy built for a client', () => {
    expect(issuesOf(dentalPolicy())).toEqual([]);
    expect(issuesOf(buildPolicy(shopEngineerInput()))).toEqual([]);
  });

  it('rejects lead tiers that are not ordered hot > warm > cold', () => {
    const policy = dentalPolicy();
    const issues = issuesOf({ ...policy, lead_tiers: { ...policy.lead_tiers, warm_min: 95 } });
    expect(issues.join('\n')).toMatch(/lead_tiers: tiers must be ordered/);
    expect(issuesOf({ ...policy, lead_tiers: { ...policy.lead_tiers, cold_min: 70 } })).not.toEqual([]);
  });

  it('rejects shares out of range', () => {
    const policy = dentalPolicy();
    expect(issuesOf({ ...policy, budget: { ...policy.budget, max_shift_per_cycle: 0.8 } }).join()).toMatch(
      /max_shift_per_cycle/,
    );
    expect(issuesOf({ ...policy, budget: { ...policy.budget, exploration_share: 1.2 } }).join()).toMatch(
      /exploration_share/,
    );
    expect(
      issuesOf({ ...policy, creative_fatigue: { ...policy.creative_fatigue, window_days_min: 21 } }).join(),
    ).toMatch(/creative_fatigue/);
  });

  it('names the problem when the platform floors do not fit the daily total', () => {
    const policy = dentalPolicy();
    const issues = issuesOf({ ...policy, budget: { ...policy.budget, per_platform_daily_min: 90 } });
    expect(issues.join('\n')).toMatch(/2 platforms × 90 a day = 180, more than the daily total 164\.47/);
  });

  it('requires rules to match the targets that exist', () => {
    const policy = dentalPolicy();
    const rules = {
      ...policy.rules,
      pause_when: { ...policy.rules.pause_when, cost_per_result_over_target: null },
    };
    expect(issuesOf({ ...policy, rules }).join()).toMatch(/cost-per-result rules/);
  });
});

describe('buildPolicy', () => {
  it('carries the client budget, targets and time zone into the policy', () => {
    const input = dentalEngineerInput({ monthly: 4000 });
    const policy = buildPolicy(input);
    expect(policy.brand_id).toBe('bellingham-family-dental');
    expect(policy.timezone).toBe('America/Los_Angeles');
    expect(policy.budget.monthly_total).toBe(4000);
    expect(policy.budget.daily_total).toBe(input.config.budget.daily_total);
    expect(policy.budget.active_platforms).toEqual(
      input.config.budget.allocation.map((line) => line.platform),
    );
    expect(policy.targets.primary_kpi).toBe('cost_per_lead');
    expect(policy.targets.cost_per_lead).toBe(input.config.campaign_goals.targets.cost_per_lead);
    expect(policy.targets.monthly_leads).toBe(input.config.campaign_goals.targets.monthly_leads);
    // Zero leads after 3× the target CPL pauses a campaign.
    expect(policy.rules.pause_when.zero_conversion_spend).toBe(3 * policy.targets.cost_per_lead!);
  });

  it('keeps the DESIGN §5 guardrail defaults', () => {
    const policy = dentalPolicy();
    expect(policy.budget).toMatchObject({
      per_platform_daily_min: 50,
      max_shift_per_cycle: 0.3,
      exploration_share: 0.15,
      learning_phase_days: 7,
      pacing: { alert_over: 0.1 },
    });
    expect(policy.creative_fatigue).toEqual({
      ctr_drop: 0.3,
      window_days_min: 7,
      window_days_max: 14,
      min_data_points: 7,
    });
    expect(policy.lead_tiers).toEqual({ hot_min: 90, warm_min: 70, cold_min: 50, alert_on: 'hot' });
    expect(policy.external_calls).toEqual({
      retry_backoff_seconds: [1, 2, 4],
      dead_letter_after_retries: true,
      workflow_timeout_minutes: 30,
    });
  });

  it('caps a single-location practice’s intake and says it is an assumption', () => {
    const policy = dentalPolicy();
    expect(policy.capacity.max_leads_per_day).toBe(8);
    expect(policy.capacity.max_leads_per_week).toBe(40);
    expect(policy.capacity.assumption).toBe(true);
    expect(policy.notes.join('\n')).toMatch(/Capacity is an assumption/);
  });

  it('judges an online store on ROAS, with a zero-sale spend limit from its prices', () => {
    const input = shopEngineerInput();
    const policy = buildPolicy(input);
    expect(policy.targets.primary_kpi).toBe('roas');
    expect(policy.targets.cost_per_lead).toBeNull();
    expect(policy.rules.pause_when.cost_per_result_over_target).toBeNull();
    expect(policy.rules.pause_when.roas_under_target).toBe(0.5);
    expect(policy.rules.scale_when.roas_at_least_target).toBe(1.25);
    expect(policy.capacity.max_leads_per_day).toBeNull();
    // Median of $34 and $180 is $107; ÷ target ROAS, × 3.
    const roas = input.config.campaign_goals.targets.roas!;
    expect(policy.rules.pause_when.zero_conversion_spend).toBe(
      Math.round((3 * Math.round((107 / roas) * 100)) / 100),
    );
  });
});
