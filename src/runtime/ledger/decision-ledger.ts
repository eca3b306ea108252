import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../store/index.ts';
import { toJsonParam } from '../../store/to-json-param.ts';

/**
 * The decision ledger (DESIGN §5): every decision the runtime takes, with its inputs, the rule or
 * model that made it, the guardrail checks, what was executed, the expected effect and, once
 * known, the actual effect (filled in by learn & remember). Rows live in the `decisions` table.
 */

export type DecisionKind = 'budget_allocation' | 'creative_rotation' | 'rollback';

export type DecisionStatus =
  /** `autonomy: "approve"`: waiting for a person (`factory decisions <slug> approve <id>`). */
  | 'pending_approval'
  /** Recorded, and the Media Buyer is carrying it out (a crash leaves this trace). */
  | 'executing'
  | 'executed'
  /** Some steps went through, then a call failed for good (see dead letters). */
  | 'partially_executed'
  | 'failed'
  /** The guardrails refused it (the checks say why); nothing was executed. */
  | 'blocked'
  | 'rejected'
  | 'rolled_back';

/** One campaign's budget (and status) before and after a decision. */
export interface BudgetMove {
  campaign_id: string;
  platform: string;
  from: number;
  to: number;
  from_status: 'active' | 'paused';
  to_status: 'active' | 'paused';
}

export interface AdSwap {
  campaign_id: string;
  pause_ad_id: string;
  activate_ad_id: string;
}

export interface DecisionApplied {
  moves?: BudgetMove[];
  swap?: AdSwap;
  /** Idempotency keys of the connector calls that succeeded. */
  executed_steps: string[];
}

export interface DecisionExpected {
  metric: 'conversions' | 'revenue' | 'ctr';
  /** Expected per day before and after the decision. */
  before: number;
  after: number;
  horizon_days: number;
}

export interface DecisionActual {
  metric: DecisionExpected['metric'];
  /** Measured per day over the horizon after the decision, and over the same span before it. */
  before: number;
  after: number;
  /** (actual change) − (expected change), per day. */
  error: number;
  surprise: boolean;
  measured_on: string;
}

export interface Decision {
  id: string;
  made_at: string;
  /** The client's day the decision is for. */
  as_of: string;
  agent: string;
  kind: DecisionKind;
  rule: string | null;
  model: string | null;
  inputs: Record<string, unknown>;
  guardrails: { rule: string; outcome: string; detail: string }[];
  proposal: Record<string, unknown> | null;
  applied: DecisionApplied;
  expected: DecisionExpected | null;
  actual: DecisionActual | null;
  status: DecisionStatus;
  reverts: string | null;
  summary: string;
}

export type NewDecision = Omit<Decision, 'id' | 'actual'> & { id?: string };

/** Writes a decision; returns its id. */
export async function recordDecision(db: Queryable, brandId: string, decision: NewDecision): Promise<string> {
  const id = decision.id ?? randomUUID();
  await db.query(
    `INSERT INTO decisions (brand_id, id, made_at, agent, kind, inputs, rule, model, guardrails, proposal,
                            applied, expected, status, reverts)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb, $12::jsonb, $13, $14)`,
    [
      brandId,
      id,
      decision.made_at,
      decision.agent,
      decision.kind,
      toJsonParam({ ...decision.inputs, as_of: decision.as_of, summary: decision.summary }),
      decision.rule,
      decision.model,
      toJsonParam(decision.guardrails),
      toJsonParam(decision.proposal),
      toJsonParam(decision.applied),
      toJsonParam(decision.expected),
      decision.status,
      decision.reverts,
    ],
  );
  return id;
}

export async function updateDecision(
  db: Queryable,
  brandId: string,
  id: string,
  patch: { status?: DecisionStatus; applied?: DecisionApplied; actual?: DecisionActual },
): Promise<void> {
  await db.query(
    `UPDATE decisions SET status = coalesce($3, status),
                          applied = coalesce($4::jsonb, applied),
                          actual = coalesce($5::jsonb, actual)
     WHERE brand_id = $1 AND id = $2`,
    [
      brandId,
      id,
      patch.status ?? null,
      patch.applied ? toJsonParam(patch.applied) : null,
      patch.actual ? toJsonParam(patch.actual) : null,
    ],
  );
}

interface DecisionRow {
  id: string;
  made_at: Date | string;
  agent: string;
  kind: DecisionKind;
  inputs: Record<string, unknown>;
  rule: string | null;
  model: string | null;
  guardrails: Decision['guardrails'];
  proposal: Record<string, unknown> | null;
  applied: DecisionApplied | null;
  expected: DecisionExpected | null;
  actual: DecisionActual | null;
  status: DecisionStatus;
  reverts: string | null;
}

const COLUMNS =
  'id, made_at, agent, kind, inputs, rule, model, guardrails, proposal, applied, expected, actual, status, reverts';

function toDecision(row: DecisionRow): Decision {
  const { as_of, summary, ...inputs } = row.inputs as { as_of?: string; summary?: string };
  return {
    id: row.id,
    made_at: new Date(row.made_at).toISOString(),
    as_of: as_of ?? new Date(row.made_at).toISOString().slice(0, 10),
    agent: row.agent,
    kind: row.kind,
    rule: row.rule,
    model: row.model,
    inputs,
    guardrails: row.guardrails,
    proposal: row.proposal,
    applied: row.applied ?? { executed_steps: [] },
    expected: row.expected,
    actual: row.actual,
    status: row.status,
    reverts: row.reverts,
    summary: summary ?? '',
  };
}

export async function getDecision(db: Queryable, brandId: string, id: string): Promise<Decision | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const { rows } = await db.query<DecisionRow>(
    `SELECT ${COLUMNS} FROM decisions WHERE brand_id = $1 AND id = $2`,
    [brandId, id],
  );
  return rows[0] ? toDecision(rows[0]) : null;
}

/** Newest first. */
export async function listDecisions(
  db: Queryable,
  brandId: string,
  filter: { status?: DecisionStatus; kind?: DecisionKind; limit?: number; measured?: boolean } = {},
): Promise<Decision[]> {
  const { rows } = await db.query<DecisionRow>(
    `SELECT ${COLUMNS} FROM decisions
     WHERE brand_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR kind = $3)
       AND ($4::boolean IS NULL OR (actual IS NOT NULL) = $4)
     ORDER BY made_at DESC, id LIMIT $5`,
    [brandId, filter.status ?? null, filter.kind ?? null, filter.measured ?? null, filter.limit ?? 1000],
  );
  return rows.map(toDecision);
}
