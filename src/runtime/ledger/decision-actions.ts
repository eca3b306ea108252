import { applyGuardrails } from '../../analytics/guardrails.ts';
import { localTime } from '../../calendar/local-time.ts';
import { FactoryError } from '../../errors/factory-error.ts';
import { budgetStateOf, movesAfterGuardrails } from '../agents/budget-moves.ts';
import { readBudgetSituation } from '../agents/budget-situation.ts';
import { executeAdSwap, executeBudgetMoves } from '../agents/media-buyer.ts';
import type { RuntimeContext } from '../runtime-context.ts';
import { type Decision, getDecision, recordDecision, updateDecision } from './decision-ledger.ts';

/**
 * What a person does with a decision (`factory decisions <slug> approve|reject|rollback <id>`).
 * Approving re-checks the decision against today's state with the same guardrails before the
 * Media Buyer executes it; rolling back restores the budgets (or the ads) from before it, as a new
 * decision that passes the guardrails too.
 */

export async function approveDecision(context: RuntimeContext, id: string): Promise<Decision> {
  const decision = await requireDecision(context, id, ['pending_approval'], 'approve');
  if (decision.kind === 'creative_rotation' && decision.applied.swap) {
    const execution = await executeAdSwap(
      context.ads,
      context.store,
      context.brandId,
      decision.id,
      decision.applied.swap,
    );
    await updateDecision(context.store, context.brandId, decision.id, {
      status: execution.status,
      applied: { ...decision.applied, executed_steps: execution.executed_steps },
    });
    return (await getDecision(context.store, context.brandId, decision.id)) as Decision;
  }
  const targets = Object.fromEntries(
    (decision.applied.moves ?? []).map((move) => [move.campaign_id, move.to]),
  );
  const { moves, checks, blocked } = await guardedMoves(context, targets);
  if (blocked) {
    await updateDecision(context.store, context.brandId, decision.id, { status: 'blocked' });
    throw new FactoryError(
      'DECISION_BLOCKED',
      `the guardrails block this decision today: ${checks.find((check) => check.outcome === 'blocked')?.detail ?? 'see the checks'}`,
      'reject it; tomorrow’s cycle proposes afresh',
    );
  }
  const execution = await executeBudgetMoves(context.ads, context.store, context.brandId, decision.id, moves);
  await updateDecision(context.store, context.brandId, decision.id, {
    status: execution.status,
    applied: { moves, executed_steps: execution.executed_steps },
  });
  return (await getDecision(context.store, context.brandId, decision.id)) as Decision;
}

export async function rejectDecision(context: RuntimeContext, id: string): Promise<Decision> {
  const decision = await requireDecision(context, id, ['pending_approval'], 'reject');
  await updateDecision(context.store, context.brandId, decision.id, { status: 'rejected' });
  return { ...decision, status: 'rejected' };
}

/** Restores what the decision changed; returns the new (rollback) decision. */
export async function rollbackDecision(context: RuntimeContext, id: string): Promise<Decision> {
  const decision = await requireDecision(context, id, ['executed', 'partially_executed'], 'roll back');
  const day = localTime(context.clock(), context.setup.policy.timezone).day;
  const base = {
    made_at: context.clock().toISOString(),
    as_of: day,
    agent: 'person',
    kind: 'rollback' as const,
    rule: 'rollback',
    model: null,
    inputs: { reverts: decision.id },
    reverts: decision.id,
    expected: null,
  };
  if (decision.kind === 'creative_rotation' && decision.applied.swap) {
    const swap = decision.applied.swap;
    const back = {
      campaign_id: swap.campaign_id,
      pause_ad_id: swap.activate_ad_id,
      activate_ad_id: swap.pause_ad_id,
    };
    const rollbackId = await recordDecision(context.store, context.brandId, {
      ...base,
      guardrails: [],
      proposal: { ...back },
      applied: { swap: back, executed_steps: [] },
      status: 'executing',
      summary: `Rolled back ${decision.id}: ${swap.pause_ad_id} runs again, ${swap.activate_ad_id} rests.`,
    });
    const execution = await executeAdSwap(context.ads, context.store, context.brandId, rollbackId, back);
    await updateDecision(context.store, context.brandId, rollbackId, {
      status: execution.status,
      applied: { swap: back, executed_steps: execution.executed_steps },
    });
    if (execution.status !== 'failed')
      await updateDecision(context.store, context.brandId, decision.id, { status: 'rolled_back' });
    return (await getDecision(context.store, context.brandId, rollbackId)) as Decision;
  }
  const previous = decision.applied.moves ?? [];
  const targets = Object.fromEntries(
    previous.map((move) => [move.campaign_id, move.from_status === 'paused' ? 0 : move.from]),
  );
  const { moves, checks, blocked } = await guardedMoves(context, targets);
  const rollbackId = await recordDecision(context.store, context.brandId, {
    ...base,
    guardrails: checks,
    proposal: { budgets: targets },
    applied: { moves, executed_steps: [] },
    status: blocked ? 'blocked' : 'executing',
    summary: `Rolled back ${decision.id}: ${previous.map((move) => `${move.campaign_id} back to $${move.from.toFixed(2)}`).join(', ')}.`,
  });
  if (blocked)
    throw new FactoryError(
      'ROLLBACK_BLOCKED',
      `the guardrails block this rollback today: ${checks.find((check) => check.outcome === 'blocked')?.detail ?? 'see the checks'}`,
      'set the budgets by hand in the ad platform, or wait for the next cycle',
    );
  const execution = await executeBudgetMoves(context.ads, context.store, context.brandId, rollbackId, moves);
  await updateDecision(context.store, context.brandId, rollbackId, {
    status: execution.status,
    applied: { moves, executed_steps: execution.executed_steps },
  });
  if (execution.status !== 'failed')
    await updateDecision(context.store, context.brandId, decision.id, { status: 'rolled_back' });
  return (await getDecision(context.store, context.brandId, rollbackId)) as Decision;
}

async function guardedMoves(context: RuntimeContext, targets: Record<string, number>) {
  const day = localTime(context.clock(), context.setup.policy.timezone).day;
  const situation = await readBudgetSituation(context, day);
  const guarded = applyGuardrails(context.setup.policy.budget, budgetStateOf(situation), {
    budgets: targets,
  });
  const moves = movesAfterGuardrails(situation, guarded);
  return { moves, checks: guarded.checks, blocked: guarded.blocked };
}

async function requireDecision(
  context: RuntimeContext,
  id: string,
  allowed: Decision['status'][],
  verb: string,
): Promise<Decision> {
  const decision = await getDecision(context.store, context.brandId, id);
  if (!decision)
    throw new FactoryError(
      'DECISION_NOT_FOUND',
      `there is no decision ${id} for ${context.brandId}`,
      `list them: factory decisions ${context.brandId}`,
    );
  if (!allowed.includes(decision.status))
    throw new FactoryError(
      'DECISION_STATE',
      `decision ${id} is ${decision.status.replace('_', ' ')}; only a ${allowed.join(' or ').replace('_', ' ')} decision can be ${verb === 'roll back' ? 'rolled back' : `${verb}d`}`,
      `see it: factory decisions ${context.brandId}`,
    );
  return decision;
}
