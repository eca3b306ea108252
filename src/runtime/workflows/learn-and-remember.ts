import { addDays } from '../../calendar/calendar-days.ts';
import { saveEmbedding } from '../../store/index.ts';
import {
  type Decision,
  type DecisionActual,
  listDecisions,
  updateDecision,
} from '../ledger/decision-ledger.ts';
import { readPerformance, type StoredDay } from '../performance/performance-rows.ts';
import type { RuntimeContext } from '../runtime-context.ts';
import type { Workflow } from './workflow.ts';

/** Days after its horizon before a decision is judged: late conversions must have arrived. */
const SETTLE_DAYS = 3;
const WEIGHT_HISTORY_DAYS = 90;

/**
 * 04:00: learn & remember. Judges decisions whose horizon has passed (actual effect next to the
 * expected one, surprises flagged as insights), writes each judged decision as a scenario
 * (situation, action, outcome) with an embedding so similar situations can be found later, and
 * updates the learned weights (demographic × tone → conversion rate or ROAS, with sample sizes).
 */
export const learnAndRemember: Workflow = {
  name: 'learn-and-remember',
  at: '04:00',
  description: 'judge past decisions, write scenarios with embeddings, update learned weights',
  async run(context, day) {
    const judged = await judgeDecisions(context, day);
    const weights = await updateLearnedWeights(context, day);
    return {
      decisions_judged: judged.judged,
      surprises: judged.surprises,
      scenarios: judged.judged,
      weights,
    };
  },
};

async function judgeDecisions(context: RuntimeContext, day: string) {
  const open = (await listDecisions(context.store, context.brandId, { measured: false, limit: 500 })).filter(
    (decision) =>
      (decision.status === 'executed' || decision.status === 'partially_executed') &&
      decision.expected !== null &&
      addDays(decision.as_of, decision.expected.horizon_days + SETTLE_DAYS) <= day,
  );
  if (open.length === 0) return { judged: 0, surprises: 0 };
  const earliest = open.reduce((min, decision) => (decision.as_of < min ? decision.as_of : min), day);
  const level = open.some((decision) => decision.kind === 'creative_rotation') ? 'ad' : 'campaign';
  const rows = await readPerformance(context.store, context.brandId, {
    from: addDays(earliest, -14),
    to: addDays(day, -1),
    level: 'campaign',
  });
  const adRows =
    level === 'ad'
      ? await readPerformance(context.store, context.brandId, {
          from: addDays(earliest, -14),
          to: addDays(day, -1),
          level: 'ad',
        })
      : [];
  let surprises = 0;
  for (const decision of open) {
    const actual = measure(decision, decision.kind === 'creative_rotation' ? adRows : rows, day);
    if (!actual) continue;
    await updateDecision(context.store, context.brandId, decision.id, { actual });
    const situation = describeSituation(decision);
    const outcome = `${actual.metric} per day ${fmt(actual.before)} → ${fmt(actual.after)} (expected ${fmt(decision.expected?.before ?? 0)} → ${fmt(decision.expected?.after ?? 0)})${actual.surprise ? '; a surprise' : ''}`;
    const [embedding] = await context.embedder.embed([`${situation}\n${decision.summary}\n${outcome}`]);
    const { rows: inserted } = await context.store.query<{ id: string }>(
      `INSERT INTO scenarios (brand_id, created_at, name, description, inputs, outcome)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb) RETURNING id`,
      [
        context.brandId,
        context.clock().toISOString(),
        `${decision.kind} ${decision.as_of}`,
        `${situation}\n${decision.summary}`,
        JSON.stringify({ decision_id: decision.id, situation: decision.inputs, action: decision.applied }),
        JSON.stringify({ ...actual, text: outcome }),
      ],
    );
    const scenarioId = inserted[0]?.id;
    if (scenarioId && embedding)
      await saveEmbedding(context.store, context.brandId, 'scenarios', scenarioId, embedding);
    if (actual.surprise) {
      surprises += 1;
      await context.store.query(
        `INSERT INTO insights (brand_id, created_at, agent, kind, title, body, facts)
         VALUES ($1, $2, 'data-scientist', 'surprise', $3, $4, $5::jsonb)`,
        [
          context.brandId,
          context.clock().toISOString(),
          `A decision of ${decision.as_of} did not do what was expected`,
          `${decision.summary} Outcome: ${outcome}.`,
          JSON.stringify({ decision_id: decision.id, ...actual }),
        ],
      );
    }
  }
  return { judged: open.length, surprises };
}

/**
 * Actual effect per day over the horizon after the decision against the same span before it, for
 * the campaigns (or ads) it touched. A surprise: the measured change is off the expected change by
 * more than two Poisson standard deviations and by more than 25% of the level.
 */
function measure(decision: Decision, rows: StoredDay[], day: string): DecisionActual | null {
  const expected = decision.expected;
  if (!expected) return null;
  const horizon = expected.horizon_days;
  const ids =
    decision.kind === 'creative_rotation'
      ? [decision.applied.swap?.activate_ad_id, decision.applied.swap?.pause_ad_id].filter(Boolean)
      : (decision.applied.moves ?? []).map((move) => move.campaign_id);
  const key = (row: StoredDay) => (decision.kind === 'creative_rotation' ? row.ad_id : row.campaign_id);
  const inRange = (from: string, to: string) =>
    rows.filter((row) => ids.includes(key(row)) && row.date >= from && row.date <= to);
  const before = inRange(addDays(decision.as_of, -horizon), addDays(decision.as_of, -1));
  const after = inRange(decision.as_of, addDays(decision.as_of, horizon - 1));
  const value = (subset: StoredDay[]) => {
    if (expected.metric === 'ctr') {
      const impressions = subset.reduce((sum, row) => sum + row.impressions, 0);
      return impressions > 0 ? subset.reduce((sum, row) => sum + row.clicks, 0) / impressions : 0;
    }
    const total = subset.reduce(
      (sum, row) => sum + (expected.metric === 'revenue' ? row.revenue : row.conversions),
      0,
    );
    return total / horizon;
  };
  const measuredBefore = value(before);
  const measuredAfter = value(after);
  const error = measuredAfter - measuredBefore - (expected.after - expected.before);
  const noise =
    expected.metric === 'ctr'
      ? Math.max(expected.before, 0.001) * 0.25
      : 2 * Math.sqrt(Math.max(expected.after, 1) / horizon);
  const surprise = Math.abs(error) > noise && Math.abs(error) > 0.25 * Math.max(expected.after, 1e-9);
  return {
    metric: expected.metric,
    before: measuredBefore,
    after: measuredAfter,
    error,
    surprise,
    measured_on: day,
  };
}

function describeSituation(decision: Decision): string {
  const moves = (decision.applied.moves ?? [])
    .map((move) => `${move.campaign_id} $${move.from.toFixed(2)}→$${move.to.toFixed(2)}`)
    .join(', ');
  const swap = decision.applied.swap;
  return `${decision.kind} on ${decision.as_of} by ${decision.agent}: ${moves || (swap ? `rest ${swap.pause_ad_id}, run ${swap.activate_ad_id}` : 'no change')}`;
}

/**
 * demographic × tone → conversions per click (leads) or revenue per dollar (online store), over
 * the last 90 days of ad results, with the clicks (or spend) behind each figure as its sample size.
 */
async function updateLearnedWeights(context: RuntimeContext, day: string): Promise<number> {
  const rows = await readPerformance(context.store, context.brandId, {
    from: addDays(day, -WEIGHT_HISTORY_DAYS),
    to: addDays(day, -1),
    level: 'ad',
  });
  const sales = context.setup.conversionKind === 'sales';
  const cells = new Map<string, { numerator: number; denominator: number }>();
  for (const row of rows) {
    const profile = context.setup.adProfiles.get(row.ad_id);
    if (!profile) continue;
    for (const tone of profile.tones) {
      const key = `demographic:${profile.demographic}|tone:${tone}`;
      const cell = cells.get(key) ?? { numerator: 0, denominator: 0 };
      cell.numerator += sales ? row.revenue : row.conversions;
      cell.denominator += sales ? row.spend : row.clicks;
      cells.set(key, cell);
    }
  }
  const entries = [...cells.entries()].filter(([, cell]) => cell.denominator > 0);
  if (entries.length === 0) return 0;
  await context.store.query(
    `INSERT INTO learned_weights (brand_id, key, average, sample_size, updated_at)
     SELECT $1, key, average, sample_size, $3 FROM jsonb_to_recordset($2::jsonb)
       AS w(key text, average double precision, sample_size integer)
     ON CONFLICT (brand_id, key) DO UPDATE
       SET average = excluded.average, sample_size = excluded.sample_size, updated_at = excluded.updated_at`,
    [
      context.brandId,
      JSON.stringify(
        entries.map(([key, cell]) => ({
          key,
          average: cell.numerator / cell.denominator,
          sample_size: Math.round(cell.denominator),
        })),
      ),
      context.clock().toISOString(),
    ],
  );
  return entries.length;
}

function fmt(value: number): string {
  return value < 1 ? value.toFixed(4) : value.toFixed(2);
}
