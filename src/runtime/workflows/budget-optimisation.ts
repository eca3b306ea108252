import { applyGuardrails } from '../../analytics/guardrails.ts';
import { streamFor } from '../../analytics/random.ts';
import { roasProportionalProposal, staticProposal } from '../agents/baseline-policies.ts';
import { budgetStateOf, movesAfterGuardrails } from '../agents/budget-moves.ts';
import { type BudgetSituation, readBudgetSituation } from '../agents/budget-situation.ts';
import { decideBudgets } from '../agents/chief-strategy-officer.ts';
import {
  DATA_SCIENTIST_MODEL,
  describeCurves,
  expectedValue,
  fitCampaignCurves,
} from '../agents/data-scientist.ts';
import { executeBudgetMoves } from '../agents/media-buyer.ts';
import { recordDecision, updateDecision } from '../ledger/decision-ledger.ts';
import type { RuntimeContext } from '../runtime-context.ts';
import type { Workflow, WorkflowOutput } from './workflow.ts';

/** Days a budget decision is judged over (learn & remember fills in the actual effect after it). */
export const BUDGET_DECISION_HORIZON_DAYS = 7;

/**
 * 03:00: the budget cycle. The Data Scientist fits the curves; the Chief Strategy Officer (or a
 * baseline, in a simulation) proposes; the guardrails have the last word; the decision goes to the
 * ledger; the Media Buyer executes it unless the policy says a person approves first.
 */
export const budgetOptimisation: Workflow = {
  name: 'budget-optimisation',
  at: '03:00',
  description: 'fit response curves, decide the day’s budgets under the guardrails, record and execute',
  async run(context, day) {
    const situation = await readBudgetSituation(context, day);
    return decideAndRecord(context, situation);
  },
};

async function decideAndRecord(context: RuntimeContext, situation: BudgetSituation): Promise<WorkflowOutput> {
  const { policy, conversionKind, seed } = context.setup;
  const objective = conversionKind === 'sales' ? 'revenue' : 'conversions';
  const fitted = fitCampaignCurves(situation, objective);
  const current = Object.fromEntries(
    situation.campaigns.map((campaign) => [
      campaign.campaign_id,
      campaign.status === 'active' ? campaign.daily_budget : 0,
    ]),
  );

  let proposal: Record<string, number>;
  let agent: string;
  let rule: string;
  let model: string | null = null;
  let summary: string;
  let inputs: Record<string, unknown> = {
    month_to_date_spend: situation.month_to_date_spend,
    leads_7d: situation.leads_7d,
    campaigns: situation.campaigns,
  };
  if (context.budgetPolicy === 'agents') {
    const strategy = decideBudgets(
      situation,
      policy,
      fitted,
      objective,
      streamFor(context.seed, 'data-scientist', situation.as_of),
    );
    proposal = strategy.budgets;
    agent = 'chief-strategy-officer';
    rule = 'proposal.allocation';
    model = DATA_SCIENTIST_MODEL;
    summary = strategy.summary;
    inputs = {
      ...inputs,
      curves: describeCurves(fitted, current),
      destination: strategy.destination,
      rules: strategy.rules,
      capacity_alert: strategy.capacity_alert,
      confidence: strategy.confidence,
    };
    if (strategy.capacity_alert)
      await recordCapacityInsight(context, situation.as_of, strategy.capacity_alert);
  } else if (context.budgetPolicy === 'static') {
    proposal = staticProposal(seed);
    agent = 'baseline:static';
    rule = 'baseline.static';
    summary = 'Kept the strategy’s split.';
  } else {
    proposal = roasProportionalProposal(situation, policy, objective);
    agent = 'baseline:roas-proportional';
    rule = 'baseline.roas_proportional';
    summary = 'Shifted budget toward the best last-7-day return, at most 30% of the day.';
  }

  const guarded = applyGuardrails(policy.budget, budgetStateOf(situation), { budgets: proposal });
  const moves = movesAfterGuardrails(situation, guarded);

  const changedByGuardrails = guarded.checks.filter((check) => check.outcome !== 'passed');
  if (moves.length === 0 && !guarded.blocked && changedByGuardrails.length === 0) {
    return { decision: 'held', moves: 0, expected_per_day: round(expectedOf(fitted, current)) };
  }
  const after = { ...current, ...Object.fromEntries(moves.map((move) => [move.campaign_id, move.to])) };
  const expected = {
    metric: objective,
    before: round(expectedOf(fitted, current)),
    after: round(expectedOf(fitted, after)),
    horizon_days: BUDGET_DECISION_HORIZON_DAYS,
  } as const;
  const approve = policy.autonomy === 'approve';
  const status = guarded.blocked
    ? 'blocked'
    : moves.length === 0
      ? 'executed'
      : approve
        ? 'pending_approval'
        : 'executed';
  const decisionId = await recordDecision(context.store, context.brandId, {
    made_at: context.clock().toISOString(),
    as_of: situation.as_of,
    agent,
    kind: 'budget_allocation',
    rule,
    model,
    inputs,
    guardrails: guarded.checks,
    proposal: { budgets: proposal },
    applied: { moves, executed_steps: [] },
    expected,
    status: status === 'executed' && moves.length > 0 ? 'executing' : status,
    reverts: null,
    summary,
  });
  if (status !== 'executed' || moves.length === 0) {
    return {
      decision: status,
      decision_id: decisionId,
      moves: moves.length,
      guardrails_adjusted: changedByGuardrails.length,
    };
  }
  const execution = await executeBudgetMoves(context.ads, context.store, context.brandId, decisionId, moves);
  await updateDecision(context.store, context.brandId, decisionId, {
    status: execution.status,
    applied: { moves, executed_steps: execution.executed_steps },
  });
  if (execution.error) context.log(`budget decision ${decisionId}: ${execution.error}`);
  return {
    decision: execution.status,
    decision_id: decisionId,
    moves: moves.length,
    guardrails_adjusted: changedByGuardrails.length,
    expected_before: expected.before,
    expected_after: expected.after,
  };
}

function expectedOf(fitted: ReturnType<typeof fitCampaignCurves>, budgets: Record<string, number>): number {
  return Object.entries(budgets).reduce((sum, [id, spend]) => sum + expectedValue(fitted.get(id), spend), 0);
}

async function recordCapacityInsight(context: RuntimeContext, day: string, text: string): Promise<void> {
  await context.store.query(
    `INSERT INTO insights (brand_id, created_at, agent, kind, title, body, facts)
     SELECT $1, $2, 'chief-strategy-officer', 'capacity', 'More leads than the business can handle', $3, $4::jsonb
     WHERE NOT EXISTS (SELECT 1 FROM insights WHERE brand_id = $1 AND kind = 'capacity' AND facts->>'day' = $5)`,
    [context.brandId, context.clock().toISOString(), text, JSON.stringify({ day }), day],
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
