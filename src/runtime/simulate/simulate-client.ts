import { join } from 'node:path';
import { findGuardrailViolations } from '../../analytics/guardrails.ts';
import { addDays } from '../../calendar/calendar-days.ts';
import { zonedInstant } from '../../calendar/local-time.ts';
import { createLocalEmbedder } from '../../connectors/embeddings/local-embedder.ts';
import { retryingConnector } from '../../connectors/retrying-connector.ts';
import { openStore, type Store, seedBrand } from '../../store/index.ts';
import { budgetStateOf } from '../agents/budget-moves.ts';
import { readBudgetSituation } from '../agents/budget-situation.ts';
import { loadClientSetup } from '../client-setup.ts';
import type { BudgetPolicyName, RuntimeContext } from '../runtime-context.ts';
import { clientSandboxMarket } from '../sandbox/client-sandbox-market.ts';
import { injectingVisitorSink } from '../sandbox/injecting-visitor-sink.ts';
import { createClientServer } from '../server/create-client-server.ts';
import { budgetOptimisation } from '../workflows/budget-optimisation.ts';
import { DAILY_WORKFLOWS } from '../workflows/daily-workflows.ts';
import { runWorkflow } from '../workflows/run-workflow.ts';

export interface SimulateOptions {
  clientsDir: string;
  slug: string;
  days: number;
  seed: number;
  policy: BudgetPolicyName;
  /** First simulated day; fixed by default so a seed always gives the same run. */
  startDate?: string;
  /** Called after each simulated day (progress). */
  onDay?: (day: string, index: number) => void;
  /** Called with the run's store before it is thrown away (tests look inside). */
  inspect?: (store: Store) => Promise<void>;
}

export interface SimulationResult {
  slug: string;
  policy: BudgetPolicyName;
  seed: number;
  days: number;
  from: string;
  to: string;
  conversions: number;
  revenue: number;
  oracle_conversions: number;
  oracle_share: number;
  oracle_allocation: Record<string, number>;
  starting_allocation: Record<string, number>;
  final_allocation: Record<string, number>;
  guardrail_violations: number;
  violations: { day: string; rule: string; detail: string }[];
  decisions: number;
  decisions_by_kind: Record<string, number>;
  fatigued_impression_share: number;
  dead_letters: number;
  leads_created: number;
  workflow_runs: { succeeded: number; failed: number };
  elapsed_ms: number;
  /** Wall time per workflow and for the market (with its visitors posting to the API), summed over days. */
  timings_ms: Record<string, number>;
}

/** The first day of a simulation unless one is given: a Monday, fixed so a seed replays exactly. */
export const DEFAULT_SIMULATION_START = '2026-03-02';

/**
 * Runs a client's whole system against the sandbox ad market in simulated time: every daily
 * workflow at its local hour, the real store (a throwaway embedded one, seeded like the client's),
 * the client's own server receiving the market's visitors through its API. Scores the chosen budget
 * policy against the market's oracle (the best fixed allocation under the same hard constraints)
 * and audits every budget change against the guardrails with an independent checker.
 *
 * @example
 * const result = await simulateClient({ clientsDir: 'clients', slug: 'ridgeline', days: 90, seed: 42, policy: 'agents' });
 * console.log(result.oracle_share);
 */
export async function simulateClient(options: SimulateOptions): Promise<SimulationResult> {
  const started = performance.now();
  const setup = await loadClientSetup(options.clientsDir, options.slug);
  const { policy } = setup;
  const timezone = policy.timezone;
  const from = options.startDate ?? DEFAULT_SIMULATION_START;
  const to = addDays(from, options.days - 1);
  // The real engine and schema, in memory: a simulation's store is thrown away at the end.
  const store = await openStore({ dataDir: null, log: () => {} });
  let now = zonedInstant(from, '00:00', timezone);
  let visitorTime: Date | null = null;
  const clock = () => visitorTime ?? now;
  try {
    await seedBrand(store, setup.seed);
    const app = await createClientServer({
      brandId: setup.slug,
      websiteDir: join(setup.clientDir, 'website'),
      store,
      allowedOrigins: [],
      rateLimit: false,
      clock,
    });
    try {
      const market = clientSandboxMarket(setup, {
        seed: options.seed,
        startDate: from,
        now: clock,
        visitors: injectingVisitorSink(app, (instant) => {
          visitorTime = instant;
        }),
      });
      const ads = retryingConnector(market, {
        store,
        brandId: setup.slug,
        // Simulated time: the backoff is counted, not slept.
        retry: { backoffSeconds: policy.external_calls.retry_backoff_seconds, sleep: async () => {} },
        clock,
      });
      const context: RuntimeContext = {
        setup,
        brandId: setup.slug,
        store,
        ads,
        clock,
        seed: options.seed,
        budgetPolicy: options.policy,
        embedder: createLocalEmbedder(),
        log: () => {},
      };
      const violations: SimulationResult['violations'] = [];
      const runs = { succeeded: 0, failed: 0 };
      const timings: Record<string, number> = {};
      const starting = Object.fromEntries(
        setup.seed.campaigns.map((campaign) => [campaign.id, campaign.daily_budget]),
      );
      for (let index = 0; index < options.days; index += 1) {
        const day = addDays(from, index);
        for (const workflow of DAILY_WORKFLOWS) {
          now = zonedInstant(day, workflow.at, timezone);
          const before =
            workflow === budgetOptimisation
              ? await readBudgetSituation(context, day).catch(() => null)
              : null;
          const workflowStarted = performance.now();
          const run = await runWorkflow(context, workflow, day);
          timings[workflow.name] = (timings[workflow.name] ?? 0) + performance.now() - workflowStarted;
          runs[run.status === 'failed' ? 'failed' : 'succeeded'] += 1;
          if (before) {
            const after = market.campaignSettings();
            for (const violation of findGuardrailViolations(policy.budget, budgetStateOf(before), after))
              violations.push({ day, ...violation });
          }
        }
        now = zonedInstant(day, '23:59', timezone);
        const marketStarted = performance.now();
        await market.advanceThrough(day);
        timings.market_and_visitors = (timings.market_and_visitors ?? 0) + performance.now() - marketStarted;
        options.onDay?.(day, index);
      }
      const truth = market.truth();
      const inRange = (byDay: Record<string, number>) =>
        Object.entries(byDay)
          .filter(([day]) => day >= from && day <= to)
          .reduce((sum, [, value]) => sum + value, 0);
      const conversions = inRange(truth.conversionsByDay);
      const impressions = inRange(truth.impressionsByDay);
      const oracle = market.oracle({
        dailyTotal: policy.budget.daily_total,
        perPlatformMin: policy.budget.per_platform_daily_min,
        from,
        to,
      });
      const counts = await store.query<{ kind: string; count: number }>(
        'SELECT kind, count(*)::int AS count FROM decisions WHERE brand_id = $1 GROUP BY kind ORDER BY kind',
        [setup.slug],
      );
      const single = async (sql: string) =>
        (await store.query<{ count: number }>(sql, [setup.slug])).rows[0]?.count ?? 0;
      const settings = market.campaignSettings();
      await options.inspect?.(store);
      return {
        slug: setup.slug,
        policy: options.policy,
        seed: options.seed,
        days: options.days,
        from,
        to,
        conversions: round(conversions, 1),
        revenue: round(inRange(truth.revenueByDay), 2),
        oracle_conversions: round(oracle.expectedConversions, 1),
        oracle_share: oracle.expectedConversions > 0 ? round(conversions / oracle.expectedConversions, 4) : 0,
        oracle_allocation: roundAll(oracle.allocation),
        starting_allocation: starting,
        final_allocation: Object.fromEntries(
          Object.entries(settings.budgets).map(([id, budget]) => [
            id,
            settings.statuses[id] === 'paused' ? 0 : budget,
          ]),
        ),
        guardrail_violations: violations.length,
        violations: violations.slice(0, 20),
        decisions: counts.rows.reduce((sum, row) => sum + row.count, 0),
        decisions_by_kind: Object.fromEntries(counts.rows.map((row) => [row.kind, row.count])),
        fatigued_impression_share:
          impressions > 0 ? round(inRange(truth.fatiguedImpressionsByDay) / impressions, 4) : 0,
        dead_letters: await single('SELECT count(*)::int AS count FROM dead_letters WHERE brand_id = $1'),
        leads_created: await single('SELECT count(*)::int AS count FROM leads WHERE brand_id = $1'),
        workflow_runs: runs,
        elapsed_ms: Math.round(performance.now() - started),
        timings_ms: Object.fromEntries(Object.entries(timings).map(([name, ms]) => [name, Math.round(ms)])),
      };
    } finally {
      await app.close();
    }
  } finally {
    await store.close().catch(() => {});
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function roundAll(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value, 2)]));
}
