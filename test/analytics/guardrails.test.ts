import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyGuardrails,
  type BudgetProposal,
  type BudgetState,
  findGuardrailViolations,
  type GuardrailCampaign,
  type GuardrailResult,
  type GuardrailRule,
} from '../../src/analytics/guardrails.ts';
import { Policy } from '../../src/schemas/policy.ts';

type Budget = Policy['budget'];

const POLICY: Policy = Policy.parse({
  schema_version: 1,
  brand_id: 'harbor-light',
  timezone: 'America/New_York',
  currency: 'USD',
  autonomy: 'auto',
  budget: {
    monthly_total: 30400,
    daily_total: 1000,
    active_platforms: ['google', 'meta'],
    per_platform_daily_min: 50,
    max_shift_per_cycle: 0.3,
    exploration_share: 0.15,
    learning_phase_days: 7,
    pacing: { alert_over: 0.1 },
  },
  targets: {
    primary_kpi: 'cost_per_lead',
    cost_per_lead: 100,
    roas: null,
    monthly_leads: 25,
    monthly_revenue: null,
  },
  capacity: { max_leads_per_day: 12, max_leads_per_week: 60, assumption: true, basis: 'a test clinic' },
  rules: {
    pause_when: {
      cost_per_result_over_target: 2,
      roas_under_target: null,
      min_conversions: 5,
      zero_conversion_spend: 300,
    },
    scale_when: { cost_per_result_at_most_target: 0.8, roas_at_least_target: null, min_conversions: 10 },
  },
  creative_fatigue: { ctr_drop: 0.3, window_days_min: 7, window_days_max: 14, min_data_points: 7 },
  lead_tiers: { hot_min: 90, warm_min: 70, cold_min: 50, alert_on: 'hot' },
  external_calls: {
    retry_backoff_seconds: [1, 2, 4],
    dead_letter_after_retries: true,
    workflow_timeout_minutes: 30,
  },
  notes: ['test policy'],
});

/** $1,000 a day, $30,400 a month, $50 per platform, 30% shift ($300), 15% exploration, 7 learning days, +10%. */
const BUDGET = POLICY.budget;

const budgetWith = (changes: Partial<Budget>): Budget =>
  Policy.parse({ ...POLICY, budget: { ...BUDGET, ...changes } }).budget;

const campaign = (
  campaign_id: string,
  platform: string,
  daily_budget: number,
  more: Partial<GuardrailCampaign> = {},
): GuardrailCampaign => ({ campaign_id, platform, status: 'active', daily_budget, days_live: 30, ...more });

/** Day 11 of 30 with $9,000 spent: $21,400 left over 20 days = $1,070 a day, under the $1,100 ceiling. */
const dayWith = (campaigns: GuardrailCampaign[], more: Partial<BudgetState> = {}): BudgetState => ({
  as_of: '2026-03-11',
  month_to_date_spend: 9000,
  days_elapsed: 10,
  days_in_month: 30,
  campaigns,
  ...more,
});

const THREE = [campaign('g1', 'google', 400), campaign('g2', 'google', 300), campaign('m1', 'meta', 300)];
const FOUR = [
  campaign('a', 'google', 400),
  campaign('b', 'google', 300),
  campaign('c', 'meta', 200),
  campaign('d', 'meta', 100),
];

const checkOf = (result: GuardrailResult, rule: GuardrailRule) =>
  result.checks.find((check) => check.rule === rule)!;

const nextState = (state: BudgetState, result: GuardrailResult): BudgetState => ({
  ...state,
  campaigns: state.campaigns.map((line) => ({
    ...line,
    daily_budget: result.budgets[line.campaign_id]!,
    status: result.statuses[line.campaign_id]!,
  })),
});

const unchanged = (state: BudgetState) => ({
  budgets: Object.fromEntries(state.campaigns.map((line) => [line.campaign_id, line.daily_budget])),
  statuses: Object.fromEntries(state.campaigns.map((line) => [line.campaign_id, line.status])),
});

describe('applyGuardrails', () => {
  it('executes a proposal that meets every guardrail exactly, and reports each rule passed', () => {
    const result = applyGuardrails(BUDGET, dayWith(THREE), { budgets: { g1: 500, g2: 250, m1: 250 } });
    expect(result).toMatchObject({
      blocked: false,
      budgets: { g1: 500, g2: 250, m1: 250 },
      statuses: { g1: 'active', g2: 'active', m1: 'active' },
      dayTotal: 1000,
    });
    expect(result.checks.map((check) => [check.rule, check.outcome])).toEqual([
      ['total', 'passed'],
      ['pacing', 'passed'],
      ['learning_phase', 'passed'],
      ['platform_minimum', 'passed'],
      ['exploration', 'passed'],
      ['max_shift', 'passed'],
    ]);
    expect(checkOf(result, 'pacing').detail).toBe(
      "the day's cap is $1,070: the lower of $1,100 (the daily $1,000 + 10%) and $1,070 ($21,400 left this month over 20 days); $1,000 today",
    );
    expect(checkOf(result, 'max_shift').detail).toBe(
      'moved $100 up and $100 down; the limit is 30% of the daily total ($300) each way',
    );
  });

  describe('total', () => {
    it('scales a proposal above the cap down to the cap, proportionally', () => {
      const result = applyGuardrails(BUDGET, dayWith(THREE), { budgets: { g1: 642, g2: 321, m1: 321 } });
      expect(result.budgets).toEqual({ g1: 535, g2: 267.5, m1: 267.5 });
      expect(result.dayTotal).toBe(1070);
      expect(checkOf(result, 'total')).toEqual({
        rule: 'total',
        outcome: 'adjusted',
        detail: "the proposal's $1,284 a day is above the day's cap of $1,070: scaled down to $1,070",
      });
    });

    it('cuts the campaigns the proposal names before those it leaves out', () => {
      const result = applyGuardrails(BUDGET, dayWith(THREE), { budgets: { g1: 770 } });
      // 770 + 300 + 300 = 1,370 > 1,070: g1 alone absorbs the cut.
      expect(result.budgets).toEqual({ g1: 470, g2: 300, m1: 300 });
    });

    it('ignores entries that name no campaign or hold no budget, and says so', () => {
      const result = applyGuardrails(BUDGET, dayWith(THREE), {
        budgets: { g1: -5, zz: 100, m1: Number.NaN },
      });
      expect(result.budgets).toEqual({ g1: 400, g2: 300, m1: 300 });
      expect(checkOf(result, 'total')).toMatchObject({ outcome: 'adjusted' });
      expect(checkOf(result, 'total').detail).toContain(
        'ignored: g1: -5 is not a daily budget; zz is not a campaign of this account; m1: NaN is not a daily budget',
      );
    });
  });

  describe('pacing', () => {
    it('cuts a day above the cap, by at most the shift limit a cycle', () => {
      // Day 21 with $25,200 spent: $5,200 left over 10 days = $520 a day.
      const state = dayWith(FOUR, { days_elapsed: 20, month_to_date_spend: 25200 });
      const result = applyGuardrails(BUDGET, state, { budgets: {} });
      expect(result.budgets).toEqual({ a: 280, b: 210, c: 140, d: 70 });
      expect(result.dayTotal).toBe(700);
      expect(checkOf(result, 'pacing')).toEqual({
        rule: 'pacing',
        outcome: 'adjusted',
        detail:
          "the day's cap is $520: the lower of $1,100 (the daily $1,000 + 10%) and $520 ($5,200 left this month over 10 days); " +
          'the current $1,000 a day is above it: cut to $700 (a cut is limited to $300 a cycle)',
      });
      const next = applyGuardrails(BUDGET, nextState(state, result), { budgets: {} });
      expect(next.budgets).toEqual({ a: 208, b: 156, c: 104, d: 52 });
    });

    it('stops spending when the month is spent and a proposal pauses everything', () => {
      const state = dayWith([campaign('g1', 'google', 60), campaign('m1', 'meta', 60)], {
        month_to_date_spend: 30400,
      });
      expect(applyGuardrails(BUDGET, state, { budgets: {} }).blocked).toBe(true);
      const result = applyGuardrails(BUDGET, state, { budgets: { g1: 0, m1: 0 } });
      expect(result).toMatchObject({ blocked: false, dayTotal: 0, statuses: { g1: 'paused', m1: 'paused' } });
    });
  });

  describe('learning_phase', () => {
    it('keeps a campaign in its first days at its budget and status', () => {
      const state = dayWith([
        campaign('g1', 'google', 400),
        campaign('g2', 'google', 300, { days_live: 3 }),
        campaign('m1', 'meta', 300),
      ]);
      const result = applyGuardrails(BUDGET, state, { budgets: { g1: 500, g2: 0, m1: 200 } });
      expect(result.budgets).toEqual({ g1: 500, g2: 300, m1: 200 });
      expect(result.statuses.g2).toBe('active');
      expect(checkOf(result, 'learning_phase')).toEqual({
        rule: 'learning_phase',
        outcome: 'adjusted',
        detail: 'kept g2 at $300 (3 of 7 days live); the proposal asked to pause it',
      });
    });

    it('never resumes a paused campaign in its learning phase', () => {
      const state = dayWith([...THREE, campaign('m2', 'meta', 80, { status: 'paused', days_live: 1 })]);
      const result = applyGuardrails(BUDGET, state, { budgets: { m2: 120 } });
      expect(result.statuses.m2).toBe('paused');
      expect(result.budgets.m2).toBe(80);
      expect(checkOf(result, 'learning_phase').detail).toBe(
        'kept m2 paused (1 of 7 days live); the proposal asked for $120',
      );
    });
  });

  describe('platform_minimum', () => {
    it('raises a platform short of its minimum, lowest campaigns first', () => {
      const lean = budgetWith({ exploration_share: 0.05 });
      const result = applyGuardrails(lean, dayWith(FOUR), { budgets: { a: 700, b: 260, c: 20, d: 20 } });
      expect(result.budgets).toEqual({ a: 700, b: 260, c: 25, d: 25 });
      expect(checkOf(result, 'platform_minimum')).toEqual({
        rule: 'platform_minimum',
        outcome: 'adjusted',
        detail: 'meta raised from $40 to $50 (at least $50 per active platform)',
      });
      expect(checkOf(result, 'total').detail).toBe(
        "raised from the proposal's $1,000 to $1,010 a day, which the platform minimums and exploration floors need",
      );
    });

    it('blocks when a platform has only learning-phase campaigns below the minimum', () => {
      const state = dayWith([campaign('g1', 'google', 400), campaign('m1', 'meta', 30, { days_live: 2 })]);
      const result = applyGuardrails(BUDGET, state, { budgets: { g1: 450 } });
      expect(result).toMatchObject(unchanged(state));
      expect(result.blocked).toBe(true);
      expect(result.checks).toEqual([
        {
          rule: 'platform_minimum',
          outcome: 'blocked',
          detail:
            'nothing changed: meta has only campaigns in their learning phase (m1 $30), $30 a day, below the $50 ' +
            'platform minimum, and they may not change yet; a person has to decide (pause campaigns or change policy.json)',
        },
      ]);
    });
  });

  describe('exploration', () => {
    it('keeps every active campaign at its share of the learning pool', () => {
      const share = budgetWith({ exploration_share: 0.2 });
      // d asks for $10; the floor is 20% × $1,000 / 4 = $50, and the $40 it adds makes the $1,000.
      const result = applyGuardrails(share, dayWith(FOUR), { budgets: { a: 600, b: 200, c: 150, d: 10 } });
      expect(result.budgets).toEqual({ a: 600, b: 200, c: 150, d: 50 });
      expect(checkOf(result, 'exploration')).toEqual({
        rule: 'exploration',
        outcome: 'adjusted',
        detail: 'd from $10 raised to at least the floor of $50 (20% of $1,000 shared by 4 active campaigns)',
      });
    });

    it('allows a pause, which leaves no floor', () => {
      const result = applyGuardrails(BUDGET, dayWith(FOUR), { budgets: { d: 0 } });
      expect(result.statuses.d).toBe('paused');
      expect(result.budgets.d).toBe(0);
      expect(checkOf(result, 'exploration').detail).toContain('d paused, so without a floor');
    });
  });

  describe('max_shift', () => {
    it('moves toward the proposal as far as the limit allows, then the rest next cycle', () => {
      const state = dayWith(THREE);
      const proposal = { budgets: { g1: 900, g2: 50, m1: 50 } };
      const first = applyGuardrails(BUDGET, state, proposal);
      expect(first.budgets).toEqual({ g1: 700, g2: 150, m1: 150 });
      expect(checkOf(first, 'max_shift')).toEqual({
        rule: 'max_shift',
        outcome: 'adjusted',
        detail:
          'moved $300 of $500 (60%): $300 up and $300 down; capped at 30% of the daily total ($300) each way',
      });
      const second = applyGuardrails(BUDGET, nextState(state, first), proposal);
      expect(second.budgets).toEqual({ g1: 900, g2: 50, m1: 50 });
      expect(checkOf(second, 'max_shift').outcome).toBe('passed');
      const third = applyGuardrails(BUDGET, nextState(nextState(state, first), second), proposal);
      expect(third).toEqual({ ...second, checks: third.checks });
    });

    it('counts a pause as a decrease: a pause too large is wound down first', () => {
      const state = dayWith([
        campaign('g1', 'google', 300),
        campaign('g2', 'google', 600),
        campaign('m1', 'meta', 100),
      ]);
      const result = applyGuardrails(BUDGET, state, { budgets: { g2: 0 } });
      expect(result.statuses.g2).toBe('active');
      expect(result.budgets).toEqual({ g1: 300, g2: 300, m1: 100 });
      expect(checkOf(result, 'max_shift').detail).toContain(
        'pausing g2 ($600 a day) would move more than the limit: it is cut toward its floor instead',
      );
    });

    it('repairs broken current budgets first, past the limit only by what the repair needs', () => {
      const tight = budgetWith({ max_shift_per_cycle: 0.05, per_platform_daily_min: 100 });
      // m1 spends nothing while meta needs $100: the repair moves $100, $50 beyond the $50 limit.
      const state = dayWith([
        campaign('g1', 'google', 900),
        campaign('g2', 'google', 100),
        campaign('m1', 'meta', 0),
      ]);
      const result = applyGuardrails(tight, state, { budgets: {} });
      // The target is the cap, $1,070: meta at its $100, google's $1,000 scaled to $970.
      expect(result.budgets).toEqual({ g1: 873, g2: 97, m1: 100 });
      expect(checkOf(result, 'max_shift')).toEqual({
        rule: 'max_shift',
        outcome: 'adjusted',
        detail:
          'moved $100 up and $30 down; capped at 5% of the daily total ($50) each way; the current budgets break ' +
          'the platform minimum (meta $0 under $100) and the exploration floor of $50 (m1 $0); the hard constraints ' +
          'come first, and the smallest repair moves $100, $50 beyond the limit',
      });
      expect(findGuardrailViolations(tight, state, result, { budgets: {} })).toEqual([]);
    });
  });

  describe('blocked', () => {
    it('changes nothing when the floors need more than the cap allows', () => {
      const state = dayWith([campaign('g1', 'google', 60), campaign('m1', 'meta', 60)], {
        month_to_date_spend: 30400,
      });
      const result = applyGuardrails(BUDGET, state, { budgets: { g1: 200 } });
      expect(result).toEqual({
        blocked: true,
        ...unchanged(state),
        dayTotal: 120,
        checks: [
          {
            rule: 'pacing',
            outcome: 'blocked',
            detail:
              'nothing changed: the platform minimums ($50 for each of 2 active platforms) and exploration floors ' +
              "(15% shared by 2 active campaigns) need $100 a day, above the day's cap of $0; a person has to " +
              'decide (pause campaigns or change policy.json)',
          },
        ],
      });
    });
  });
});

describe('findGuardrailViolations', () => {
  const state = dayWith(THREE);
  const moveTo = (budgets: Record<string, number>, statuses: Record<string, 'active' | 'paused'> = {}) => ({
    budgets: { g1: 400, g2: 300, m1: 300, ...budgets },
    statuses: { g1: 'active', g2: 'active', m1: 'active', ...statuses } as const,
  });
  const rulesOf = (found: { rule: GuardrailRule }[]) => found.map((violation) => violation.rule);

  it('finds nothing wrong with standing still or a small move', () => {
    expect(findGuardrailViolations(BUDGET, state, moveTo({}))).toEqual([]);
    expect(findGuardrailViolations(BUDGET, state, moveTo({ g1: 450, g2: 250 }))).toEqual([]);
  });

  it('detects a changed learning-phase campaign', () => {
    const learning = dayWith([campaign('g1', 'google', 400, { days_live: 2 }), ...THREE.slice(1)]);
    expect(findGuardrailViolations(BUDGET, learning, moveTo({ g1: 380, g2: 320 }))).toEqual([
      {
        rule: 'learning_phase',
        detail: 'g1 is in its learning phase but went from $400.00 active to $380.00 active',
      },
    ]);
  });

  it('detects a day above the cap', () => {
    expect(findGuardrailViolations(BUDGET, state, moveTo({ g1: 500 }))).toEqual([
      { rule: 'pacing', detail: "the day's total $1100.00 is above $1070.00" },
    ]);
  });

  it('detects a platform under its minimum', () => {
    expect(
      rulesOf(
        findGuardrailViolations(budgetWith({ exploration_share: 0 }), state, moveTo({ g1: 640, m1: 40 })),
      ),
    ).toEqual(['platform_minimum']);
  });

  it('detects a campaign under its exploration floor', () => {
    expect(findGuardrailViolations(BUDGET, state, moveTo({ g1: 660, g2: 40 }))).toEqual([
      { rule: 'exploration', detail: 'g2 has $40.00 a day, under the exploration floor of $50.00' },
    ]);
  });

  it('detects too much money moved, counting a pause as a decrease', () => {
    expect(
      findGuardrailViolations(BUDGET, state, moveTo({ g1: 750, g2: 250, m1: 0 }, { m1: 'paused' })),
    ).toEqual([{ rule: 'max_shift', detail: 'moved $350.00 up and $350.00 down; at most $300.00 each way' }]);
  });

  it('allows a repair past the limit only as far as the repair needs', () => {
    const tight = budgetWith({ max_shift_per_cycle: 0.05, per_platform_daily_min: 100 });
    const broken = dayWith([
      campaign('g1', 'google', 900),
      campaign('g2', 'google', 100),
      campaign('m1', 'meta', 0),
    ]);
    const move = (g1: number, m1: number) => ({
      budgets: { g1, g2: 100, m1 },
      statuses: { g1: 'active', g2: 'active', m1: 'active' } as const,
    });
    expect(findGuardrailViolations(tight, broken, move(870, 100))).toEqual([]);
    expect(rulesOf(findGuardrailViolations(tight, broken, move(700, 200)))).toEqual(['max_shift']);
  });

  it('detects a total above what the proposal asked, when given the proposal', () => {
    const proposal = { budgets: { g1: 300 } };
    expect(findGuardrailViolations(BUDGET, state, moveTo({ g1: 300 }), proposal)).toEqual([]);
    expect(findGuardrailViolations(BUDGET, state, moveTo({ g1: 300, g2: 400, m1: 350 }), proposal)).toEqual([
      {
        rule: 'total',
        detail:
          "the day's total $1050.00 is above both the current $1000.00 and the $900.00 the proposal needs with its floors",
      },
    ]);
    // A total that rises, but no further than the proposal asked, is fine.
    expect(findGuardrailViolations(BUDGET, state, moveTo({ g1: 460 }), { budgets: { g1: 500 } })).toEqual([]);
  });
});

// ── Properties ────────────────────────────────────────────────────────────────────────────────────

const PLATFORMS = ['google', 'meta', 'linkedin', 'tiktok'] as const;
const RUNS = 600;

/** Policy budgets valid under the Policy schema, cents allowed. */
const budgetArbitrary: fc.Arbitrary<Budget> = fc
  .record({
    platforms: fc.integer({ min: 1, max: 4 }),
    dailyCents: fc.integer({ min: 10_000, max: 500_000 }),
    minimumPercent: fc.integer({ min: 0, max: 100 }),
    shiftPercent: fc.integer({ min: 5, max: 50 }),
    explorationPercent: fc.integer({ min: 0, max: 49 }),
    learningDays: fc.integer({ min: 0, max: 14 }),
    alertPercent: fc.integer({ min: 1, max: 100 }),
    monthlyDrift: fc.integer({ min: -4, max: 4 }),
  })
  .map((drawn) => {
    const daily = drawn.dailyCents / 100;
    return Policy.parse({
      ...POLICY,
      budget: {
        monthly_total: Math.round(daily * 30.4 * (1 + drawn.monthlyDrift / 100)),
        daily_total: daily,
        active_platforms: PLATFORMS.slice(0, drawn.platforms),
        per_platform_daily_min:
          Math.floor(((drawn.dailyCents / drawn.platforms) * drawn.minimumPercent) / 100) / 100,
        max_shift_per_cycle: drawn.shiftPercent / 100,
        exploration_share: drawn.explorationPercent / 100,
        learning_phase_days: drawn.learningDays,
        pacing: { alert_over: drawn.alertPercent / 100 },
      },
    }).budget;
  });

const monthArbitrary = fc.record({
  daysInMonth: fc.integer({ min: 28, max: 31 }),
  elapsed: fc.integer({ min: 0, max: 30 }),
  spentPercent: fc.integer({ min: 0, max: 140 }),
});

function monthOf(budget: Budget, month: { daysInMonth: number; elapsed: number; spentPercent: number }) {
  const elapsed = Math.min(month.elapsed, month.daysInMonth - 1);
  const spent = (budget.monthly_total * elapsed * month.spentPercent) / month.daysInMonth / 100;
  return {
    as_of: '2026-03-15',
    days_in_month: month.daysInMonth,
    days_elapsed: elapsed,
    month_to_date_spend: Math.round(spent * 100) / 100,
  };
}

const capOf = (budget: Budget, state: Omit<BudgetState, 'campaigns'>) =>
  Math.min(
    budget.daily_total * (1 + budget.pacing.alert_over),
    Math.max(
      0,
      (budget.monthly_total - state.month_to_date_spend) / (state.days_in_month - state.days_elapsed),
    ),
  );

/** Any state: 1–6 campaigns, budgets 0–$2,000, days live 0–60, some paused, often over the cap. */
const anyStateArbitrary = (budget: Budget): fc.Arbitrary<BudgetState> =>
  fc
    .record({
      month: monthArbitrary,
      campaigns: fc.array(
        fc.record({
          platform: fc.constantFrom(...budget.active_platforms),
          active: fc.oneof(
            { weight: 4, arbitrary: fc.constant(true) },
            { weight: 1, arbitrary: fc.constant(false) },
          ),
          cents: fc.oneof(
            { weight: 1, arbitrary: fc.constant(0) },
            { weight: 8, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
          ),
          daysLive: fc.integer({ min: 0, max: 60 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    })
    .map(({ month, campaigns }) => ({
      ...monthOf(budget, month),
      campaigns: campaigns.map((drawn, index) =>
        campaign(`c${index}`, drawn.platform, drawn.cents / 100, {
          status: drawn.active ? 'active' : 'paused',
          days_live: drawn.daysLive,
        }),
      ),
    }));

const isFine = (budget: Budget, state: BudgetState) =>
  findGuardrailViolations(budget, state, unchanged(state)).length === 0;

/** States whose current budgets meet every hard constraint today. */
const fineStateArbitrary = (budget: Budget): fc.Arbitrary<BudgetState> =>
  fc
    .record({
      month: monthArbitrary.map((month) => ({ ...month, spentPercent: Math.min(month.spentPercent, 100) })),
      fillPercent: fc.integer({ min: 50, max: 100 }),
      campaigns: fc.array(
        fc.record({
          platform: fc.constantFrom(...budget.active_platforms),
          active: fc.oneof(
            { weight: 5, arbitrary: fc.constant(true) },
            { weight: 1, arbitrary: fc.constant(false) },
          ),
          weight: fc.integer({ min: 5, max: 10 }),
          daysLive: fc.integer({ min: 0, max: 60 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    })
    .map(({ month, fillPercent, campaigns }) => {
      const base = monthOf(budget, month);
      const total = Math.floor(capOf(budget, base) * fillPercent);
      const weights = campaigns.reduce((sum, drawn) => sum + (drawn.active ? drawn.weight : 0), 0);
      return {
        ...base,
        campaigns: campaigns.map((drawn, index) =>
          campaign(
            `c${index}`,
            drawn.platform,
            drawn.active ? Math.floor((total * drawn.weight) / weights) / 100 : drawn.weight * 10,
            { status: drawn.active ? 'active' : 'paused', days_live: drawn.daysLive },
          ),
        ),
      };
    })
    .filter((state) => isFine(budget, state));

/** Any proposal: a budget (often 0) for some campaigns, now and then garbage or a stranger. */
const anyProposalArbitrary = (state: BudgetState): fc.Arbitrary<BudgetProposal> => {
  const value = fc.oneof(
    { weight: 2, arbitrary: fc.constant(0) },
    { weight: 10, arbitrary: fc.integer({ min: 0, max: 200_000 }).map((cents) => cents / 100) },
    { weight: 1, arbitrary: fc.constantFrom(-5, Number.NaN, Number.POSITIVE_INFINITY) },
  );
  return fc
    .record({
      values: fc.array(fc.option(value, { nil: undefined, freq: 3 }), {
        minLength: state.campaigns.length,
        maxLength: state.campaigns.length,
      }),
      stranger: fc.option(value, { nil: undefined, freq: 1 }),
    })
    .map(({ values, stranger }) => {
      const budgets: Record<string, number> = {};
      values.forEach((drawn, index) => {
        if (drawn !== undefined) budgets[state.campaigns[index]!.campaign_id] = drawn;
      });
      if (stranger !== undefined) budgets.stranger = stranger;
      return { budgets };
    });
};

/** A proposal with the move spelled out as an `after`: budgets scaled by a factor, some pauses and resumes. */
const movedProposalArbitrary = (state: BudgetState, spread: number) =>
  fc
    .array(
      fc.record({
        named: fc.boolean(),
        percent: fc.integer({ min: -spread, max: spread }),
        flip: fc.oneof(
          { weight: 8, arbitrary: fc.constant(false) },
          { weight: 1, arbitrary: fc.constant(true) },
        ),
      }),
      { minLength: state.campaigns.length, maxLength: state.campaigns.length },
    )
    .map((drawn) => {
      const budgets: Record<string, number> = {};
      const after = unchanged(state);
      state.campaigns.forEach((line, index) => {
        const { named, percent, flip } = drawn[index]!;
        if (!named) return;
        const active = flip ? line.status !== 'active' : line.status === 'active';
        const value = active ? Math.round(line.daily_budget * (100 + percent)) / 100 : 0;
        budgets[line.campaign_id] = value;
        after.budgets[line.campaign_id] = value;
        after.statuses[line.campaign_id] = active ? 'active' : 'paused';
      });
      return { proposal: { budgets }, after };
    });

const withState = <T>(
  stateOf: (budget: Budget) => fc.Arbitrary<BudgetState>,
  more: (state: BudgetState) => fc.Arbitrary<T>,
) =>
  budgetArbitrary.chain((budget) =>
    stateOf(budget).chain((state) => more(state).map((extra) => ({ budget, state, extra }))),
  );

describe('guardrail properties', () => {
  it('never blocks, and breaks no guardrail, when the current budgets are fine (property)', () => {
    fc.assert(
      fc.property(
        withState(fineStateArbitrary, anyProposalArbitrary),
        ({ budget, state, extra: proposal }) => {
          const result = applyGuardrails(budget, state, proposal);
          expect(result.blocked).toBe(false);
          expect(findGuardrailViolations(budget, state, result, proposal)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('either blocks and changes nothing, or breaks no guardrail beyond the repair (property)', () => {
    let blocked = 0;
    let repaired = 0;
    fc.assert(
      fc.property(
        withState(anyStateArbitrary, anyProposalArbitrary),
        ({ budget, state, extra: proposal }) => {
          const result = applyGuardrails(budget, state, proposal);
          if (result.blocked) {
            blocked += 1;
            expect({ budgets: result.budgets, statuses: result.statuses }).toEqual(unchanged(state));
            expect(isFine(budget, state)).toBe(false);
            expect(result.checks).toHaveLength(1);
            expect(result.checks[0]!.outcome).toBe('blocked');
            return;
          }
          if (!isFine(budget, state)) repaired += 1;
          expect(findGuardrailViolations(budget, state, result, proposal)).toEqual([]);
          const active = state.campaigns.filter((line) => result.statuses[line.campaign_id] === 'active');
          const total = active.reduce((sum, line) => sum + result.budgets[line.campaign_id]!, 0);
          expect(result.dayTotal).toBeCloseTo(total, 6);
          for (const value of Object.values(result.budgets))
            expect(Math.round(value * 100) / 100).toBe(value);
        },
      ),
      { numRuns: RUNS },
    );
    expect(blocked).toBeGreaterThan(0);
    expect(repaired).toBeGreaterThan(0);
  });

  it('executes a proposal that already satisfies everything exactly, to the cent (property)', () => {
    fc.assert(
      fc.property(
        withState(fineStateArbitrary, (state) => movedProposalArbitrary(state, 15)),
        ({ budget, state, extra: { proposal, after } }) => {
          fc.pre(findGuardrailViolations(budget, state, after, proposal).length === 0);
          const result = applyGuardrails(budget, state, proposal);
          expect({ budgets: result.budgets, statuses: result.statuses }).toEqual(after);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('changes nothing further once the proposal is reached (property)', () => {
    let reachedLater = 0;
    fc.assert(
      fc.property(
        withState(fineStateArbitrary, (state) => movedProposalArbitrary(state, 80)),
        ({ budget, state, extra: { proposal, after } }) => {
          const others = findGuardrailViolations(budget, state, after, proposal).filter(
            (violation) => violation.rule !== 'max_shift',
          );
          fc.pre(others.length === 0);
          const flips = state.campaigns.some((line) => after.statuses[line.campaign_id] !== line.status);
          let current = state;
          for (let cycle = 0; cycle < 40; cycle += 1) {
            const result = applyGuardrails(budget, current, proposal);
            expect(result.blocked).toBe(false);
            expect(findGuardrailViolations(budget, current, result, proposal)).toEqual([]);
            const reached = Object.entries(proposal.budgets).every(
              ([id, value]) =>
                result.budgets[id] === value && result.statuses[id] === (value > 0 ? 'active' : 'paused'),
            );
            if (reached) {
              if (cycle > 0) reachedLater += 1;
              const again = applyGuardrails(budget, nextState(current, result), proposal);
              expect({ budgets: again.budgets, statuses: again.statuses }).toEqual({
                budgets: result.budgets,
                statuses: result.statuses,
              });
              return;
            }
            current = nextState(current, result);
          }
          // Without pauses or resumes the proposal is always reached; a pause may stall at a floor above the limit.
          expect(flips).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
    expect(reachedLater).toBeGreaterThan(0);
  });
});
