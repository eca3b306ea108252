import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDecisions } from '../../src/runtime/ledger/decision-ledger.ts';
import { type SimulationResult, simulateClient } from '../../src/runtime/simulate/simulate-client.ts';
import type { Store } from '../../src/store/index.ts';
import { runFactory } from '../cli/run-factory.ts';
import { buildTwoPlatformClient } from './built-client.ts';

let clientsDir = '';
const SLUG = 'harbor';

beforeAll(async () => {
  ({ clientsDir } = await buildTwoPlatformClient(SLUG));
});
afterAll(async () => {
  await rm(clientsDir, { recursive: true, force: true });
});

interface Inside {
  runs: { workflow: string; count: number; failed: number }[];
  leads: { total: number; attributed: number };
  decisions: Awaited<ReturnType<typeof listDecisions>>;
  scenarios: { total: number; embedded: number };
  weights: { key: string; sample_size: number }[];
  performanceDays: number;
}

async function look(store: Store): Promise<Inside> {
  const runs = await store.query<{ workflow: string; count: number; failed: number }>(
    `SELECT workflow, count(*)::int AS count, count(*) FILTER (WHERE status = 'failed')::int AS failed
     FROM workflow_runs WHERE brand_id = $1 GROUP BY workflow ORDER BY workflow`,
    [SLUG],
  );
  const leads = await store.query<{ total: number; attributed: number }>(
    `SELECT count(*)::int AS total, count(campaign_id)::int AS attributed FROM leads WHERE brand_id = $1`,
    [SLUG],
  );
  const scenarios = await store.query<{ total: number; embedded: number }>(
    `SELECT count(*)::int AS total, count(embedding)::int AS embedded FROM scenarios WHERE brand_id = $1`,
    [SLUG],
  );
  const weights = await store.query<{ key: string; sample_size: number }>(
    'SELECT key, sample_size FROM learned_weights WHERE brand_id = $1 ORDER BY key',
    [SLUG],
  );
  const days = await store.query<{ days: number }>(
    `SELECT count(DISTINCT day)::int AS days FROM daily_performance WHERE brand_id = $1`,
    [SLUG],
  );
  return {
    runs: runs.rows,
    leads: leads.rows[0] ?? { total: 0, attributed: 0 },
    decisions: await listDecisions(store, SLUG),
    scenarios: scenarios.rows[0] ?? { total: 0, embedded: 0 },
    weights: weights.rows,
    performanceDays: days.rows[0]?.days ?? 0,
  };
}

describe('factory simulate: the whole client system against the sandbox market', () => {
  let result: SimulationResult;
  let inside: Inside;

  beforeAll(async () => {
    result = await simulateClient({
      clientsDir,
      slug: SLUG,
      days: 40,
      seed: 2,
      policy: 'agents',
      inspect: async (store) => {
        inside = await look(store);
      },
    });
  });

  it('runs every daily workflow every day and records each run', () => {
    expect(inside.runs.map((run) => [run.workflow, run.count])).toEqual([
      ['budget-optimisation', 40],
      ['creative-rotation', 40],
      ['daily-performance', 40],
      ['learn-and-remember', 40],
    ]);
    expect(result.workflow_runs.succeeded + result.workflow_runs.failed).toBe(160);
    // Yesterday's results are pulled each morning, so the store holds every simulated day but the last.
    expect(inside.performanceDays).toBe(39);
  });

  it('scores the policy against the oracle and finds no guardrail violation', () => {
    expect(result.guardrail_violations).toBe(0);
    expect(result.oracle_conversions).toBeGreaterThan(0);
    expect(result.oracle_share).toBeCloseTo(result.conversions / result.oracle_conversions, 3);
    expect(result.oracle_share).toBeGreaterThan(0.5);
    expect(Object.values(result.oracle_allocation).reduce((sum, value) => sum + value, 0)).toBeCloseTo(
      Object.values(result.starting_allocation).reduce((sum, value) => sum + value, 0),
      0,
    );
  });

  it('turns the market’s converting visitors into leads through the API, attributed to campaigns', () => {
    expect(result.leads_created).toBe(inside.leads.total);
    expect(inside.leads.total).toBeGreaterThan(20);
    // Every lead carries its landing page's UTM in hidden fields, consented or not.
    expect(inside.leads.attributed).toBe(inside.leads.total);
  });

  it('records decisions with inputs, guardrail checks, expected and (once known) actual effects', () => {
    const budget = inside.decisions.filter((decision) => decision.kind === 'budget_allocation');
    expect(budget.length).toBeGreaterThan(0);
    for (const decision of budget) {
      expect(decision.agent).toBe('chief-strategy-officer');
      expect(decision.guardrails.map((check) => check.rule).sort()).toEqual(
        ['exploration', 'learning_phase', 'max_shift', 'pacing', 'platform_minimum', 'total'].sort(),
      );
      expect(decision.expected?.horizon_days).toBe(7);
      expect(decision.inputs).toHaveProperty('curves');
      // The first week is every campaign's learning phase: nothing moves then.
      expect(decision.as_of >= '2026-03-09').toBe(true);
    }
    const judged = inside.decisions.filter((decision) => decision.actual !== null);
    expect(judged.length).toBeGreaterThan(0);
    expect(inside.scenarios.total).toBe(judged.length);
    expect(inside.scenarios.embedded).toBe(judged.length);
  });

  it('learns demographic × tone weights with their sample sizes', () => {
    expect(inside.weights.length).toBeGreaterThan(0);
    for (const weight of inside.weights) {
      expect(weight.key).toMatch(/^demographic:[a-z0-9-]+\|tone:[a-z-]+$/);
      expect(weight.sample_size).toBeGreaterThan(0);
    }
  });

  it('is deterministic for a seed', async () => {
    const again = await simulateClient({ clientsDir, slug: SLUG, days: 40, seed: 2, policy: 'agents' });
    expect(again.conversions).toBe(result.conversions);
    expect(again.final_allocation).toEqual(result.final_allocation);
    expect(again.decisions).toBe(result.decisions);
  });

  it('is the CLI command a user runs, with a readable report and clear errors', async () => {
    const run = await runFactory(
      ['simulate', SLUG, '--days', '10', '--seed', '3', '--policy', 'static', '--clients-dir', clientsDir],
      { cwd: clientsDir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Simulated 10 days of harbor .* policy static/);
    expect(run.stdout).toMatch(/oracle_share +\d\.\d{3}/);
    expect(run.stdout).toMatch(/guardrail violations +0/);
    const unknown = await runFactory(['simulate', 'nobody', '--clients-dir', clientsDir], {
      cwd: clientsDir,
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: client "nobody" has no automation\/policy\.json/);
    const badPolicy = await runFactory(
      ['simulate', SLUG, '--policy', 'greedy', '--clients-dir', clientsDir],
      {
        cwd: clientsDir,
      },
    );
    expect(badPolicy.code).not.toBe(0);
    expect(badPolicy.stderr).toMatch(/--policy.*greedy.*agents, static, roas-proportional/s);
  });
});
