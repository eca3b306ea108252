import { detectFatigue } from '../../analytics/detect-fatigue.ts';
import { streamFor } from '../../analytics/random.ts';
import { chooseByThompson, priorFrom } from '../../analytics/thompson.ts';
import { addDays, daysBetween } from '../../calendar/calendar-days.ts';
import { executeAdSwap } from '../agents/media-buyer.ts';
import { recordDecision, updateDecision } from '../ledger/decision-ledger.ts';
import { readPerformance, type StoredDay } from '../performance/performance-rows.ts';
import type { RuntimeContext } from '../runtime-context.ts';
import type { Workflow } from './workflow.ts';

/** A paused ad is fresh again after this much rest. */
export const REST_DAYS = 14;
const HISTORY_DAYS = 60;
/** Days after (re)activation that make an ad's fresh baseline. */
const BASELINE_DAYS = 5;

/**
 * 01:00: Creative Intelligence. Finds ads whose click-through has fallen by more than the policy's
 * fatigue rule, rests them and rotates in a fresh ad from the same campaign, chosen by Thompson
 * sampling on the candidates' click and conversion posteriors (an unseen ad is judged against its
 * campaign's average). With no fresh ad left, the tired one keeps running and a creative gap is
 * recorded for the content team.
 */
export const creativeRotation: Workflow = {
  name: 'creative-rotation',
  at: '01:00',
  description: 'detect creative fatigue, rest tired ads and rotate in fresh ones (Thompson sampling)',
  async run(context, day) {
    const rule = context.setup.policy.creative_fatigue;
    const asOf = addDays(day, -1);
    const [ads, campaigns] = [await context.ads.listAds(), await context.ads.listCampaigns()];
    const rows = await readPerformance(context.store, context.brandId, {
      from: addDays(day, -HISTORY_DAYS),
      to: asOf,
      level: 'ad',
    });
    const byAd = groupBy(rows, (row) => row.ad_id);
    let checked = 0;
    let fatigued = 0;
    let rotated = 0;
    let gaps = 0;
    let failed = 0;
    for (const campaign of campaigns) {
      if (campaign.status !== 'active') continue;
      if (daysBetween(campaign.started_on, day) < context.setup.policy.budget.learning_phase_days) continue;
      const own = ads.filter((ad) => ad.campaign_id === campaign.id);
      const reserve = own.filter(
        (ad) =>
          ad.status === 'paused' && (!byAd.has(ad.id) || daysBetween(ad.status_since, day) >= REST_DAYS),
      );
      let refreshedToday = false;
      for (const ad of own.filter((candidate) => candidate.status === 'active')) {
        checked += 1;
        const history = byAd.get(ad.id) ?? [];
        const recent = history.filter((row) => row.date > addDays(asOf, -rule.window_days_max));
        // The ad's own fresh baseline: its first days since it was (re)activated, once those are
        // over and a full window has followed them.
        const baselineTo = addDays(ad.status_since, BASELINE_DAYS - 1);
        const baseline =
          daysBetween(ad.status_since, asOf) >= BASELINE_DAYS + rule.window_days_min
            ? history.filter((row) => row.date >= ad.status_since && row.date <= baselineTo)
            : undefined;
        const fatigue = detectFatigue(recent, rule, asOf, baseline ? { baseline } : {});
        // Rested before it tires: an ad that has run a whole fatigue window while fresh creative
        // waits is swapped even when its volume is too low for the fatigue test to prove the drop
        // (one a day per campaign, so the running ads keep different ages).
        const ranDays = daysBetween(ad.status_since, asOf) + 1;
        const refresh =
          !fatigue.fatigued && !refreshedToday && reserve.length > 0 && ranDays >= rule.window_days_max;
        if (!fatigue.fatigued && !refresh) continue;
        if (refresh) refreshedToday = true;
        else fatigued += 1;
        if (reserve.length === 0) {
          gaps += await recordCreativeGap(context, day, campaign.id, ad.id, fatigue.drop);
          continue;
        }
        const campaignTotals = totals(rows.filter((row) => row.campaign_id === campaign.id));
        const choice = chooseByThompson(
          reserve.map((candidate) => ({ id: candidate.id, ...totals(byAd.get(candidate.id) ?? []) })),
          streamFor(context.seed, 'thompson', day, ad.id),
          priorFrom(campaignTotals),
        );
        reserve.splice(
          reserve.findIndex((candidate) => candidate.id === choice.id),
          1,
        );
        const swap = { campaign_id: campaign.id, pause_ad_id: ad.id, activate_ad_id: choice.id };
        const approve = context.setup.policy.autonomy === 'approve';
        const decisionId = await recordDecision(context.store, context.brandId, {
          made_at: context.clock().toISOString(),
          as_of: day,
          agent: 'creative-intelligence',
          kind: 'creative_rotation',
          rule: refresh ? 'creative_refresh' : 'creative_fatigue',
          model: 'thompson-beta-v1',
          inputs: { fatigue, ad_id: ad.id, candidates: choice.draws },
          guardrails: [
            {
              rule: 'learning_phase',
              outcome: 'passed',
              detail: `campaign live ${daysBetween(campaign.started_on, day)} days`,
            },
          ],
          proposal: { ...swap },
          applied: { swap, executed_steps: [] },
          expected: {
            metric: 'ctr',
            before: round(fatigue.recent_ctr),
            after: round(fatigue.baseline_ctr),
            horizon_days: 7,
          },
          status: approve ? 'pending_approval' : 'executing',
          reverts: null,
          summary: refresh
            ? `Rested ad ${ad.id} after ${ranDays} days running (a whole fatigue window; click-through ${Math.round(fatigue.drop * 100)}% off its start) and rotated in ${choice.id}.`
            : `Rested ad ${ad.id} (click-through down ${Math.round(fatigue.drop * 100)}% over ${fatigue.window_days} days) and rotated in ${choice.id}.`,
        });
        if (approve) continue;
        const execution = await executeAdSwap(context.ads, context.store, context.brandId, decisionId, swap);
        await updateDecision(context.store, context.brandId, decisionId, {
          status: execution.status,
          applied: { swap, executed_steps: execution.executed_steps },
        });
        if (execution.status === 'executed') rotated += 1;
        else failed += 1;
      }
    }
    return { ads_checked: checked, fatigued, rotated, creative_gaps: gaps, failed };
  },
};

function totals(rows: readonly StoredDay[]) {
  return rows.reduce(
    (sum, row) => ({
      impressions: sum.impressions + row.impressions,
      clicks: sum.clicks + row.clicks,
      conversions: sum.conversions + row.conversions,
    }),
    { impressions: 0, clicks: 0, conversions: 0 },
  );
}

async function recordCreativeGap(
  context: RuntimeContext,
  day: string,
  campaignId: string,
  adId: string,
  drop: number,
): Promise<number> {
  const { rows } = await context.store.query<{ id: string }>(
    `INSERT INTO insights (brand_id, created_at, agent, kind, title, body, facts)
     SELECT $1, $2, 'creative-intelligence', 'creative_gap', $3, $4, $5::jsonb
     WHERE NOT EXISTS (SELECT 1 FROM insights WHERE brand_id = $1 AND kind = 'creative_gap'
                         AND facts->>'campaign_id' = $6 AND created_at > $2::timestamptz - interval '7 days')
     RETURNING id`,
    [
      context.brandId,
      context.clock().toISOString(),
      `New creative needed for ${campaignId}`,
      `Ad ${adId} is tired (click-through down ${Math.round(drop * 100)}%) and every other ad of ${campaignId} is still resting or already running. Upload new videos or images (see content-requests/).`,
      JSON.stringify({ day, campaign_id: campaignId, ad_id: adId, drop }),
      campaignId,
    ],
  );
  return rows.length;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

function round(value: number): number {
  return Math.round(value * 100000) / 100000;
}
