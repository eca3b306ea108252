import { formatAmount } from '../../proposal/format-amount.ts';
import type { BrandConfig, PlatformId } from '../../schemas/brand-config.ts';
import type { ClientGoal } from '../../schemas/brand-profile.ts';
import type { GoalStrategy } from './follow-client-goals.ts';
import { PLATFORM_LABELS } from './platform-labels.ts';
import type { ServedGoal } from './strategist-output.ts';

const KPI_WORDS: Record<BrandConfig['campaign_goals']['primary_kpi'], string> = {
  cost_per_lead: 'cost per lead',
  cost_per_booking: 'cost per booking',
  roas: 'return on ad spend',
  cost_per_acquisition: 'cost per acquisition',
};

export interface ServeClientGoalsOptions {
  config: BrandConfig;
  goals: readonly ClientGoal[];
  strategy: GoalStrategy;
  dropped: readonly PlatformId[];
}

/**
 * Each goal the client stated, in its own words, with the part of the plan that serves it, so the
 * campaign plan can quote the goal next to the KPI, audiences and platforms chosen for it.
 */
export function serveClientGoals(options: ServeClientGoalsOptions): ServedGoal[] {
  const { config, goals, strategy, dropped } = options;
  const ordered = strategy.main
    ? [strategy.main, ...goals.filter((goal) => goal !== strategy.main)]
    : [...goals];
  return ordered.map((goal) => ({
    text: goal.text,
    kind: goal.kind,
    main: goal === strategy.main,
    served_by:
      goal === strategy.main ? servesMain(goal, options) : servesOther(goal, config, strategy, dropped),
  }));
}

function servesMain(goal: ClientGoal, { config, strategy, dropped }: ServeClientGoalsOptions): string {
  const { campaign_goals: kpis } = config;
  const formatMoney = (amount: number) => formatAmount(amount, config.budget.currency);
  const parts = [`The plan is judged on ${KPI_WORDS[kpis.primary_kpi]}`];
  const target =
    kpis.primary_kpi === 'roas' && kpis.targets.monthly_revenue !== null
      ? ` with a target of ${formatMoney(kpis.targets.monthly_revenue)} attributed revenue a month (ROAS ${kpis.targets.roas}×)`
      : kpis.targets.monthly_leads !== null && kpis.primary_kpi !== 'roas'
        ? ` with a target of ${kpis.targets.monthly_leads} a month at up to ${formatMoney(kpis.targets.cost_per_lead ?? 0)} each`
        : '';
  parts[0] += `${target}.`;
  if (strategy.targetGoal && strategy.targetGoal !== goal)
    parts.push(`The number comes from “${strategy.targetGoal.text}”`);
  const buyers = strategy.buyers?.goal === goal ? strategy.buyers : null;
  if (buyers) parts.push(reachOfBuyers(config, buyers, dropped));
  else {
    const conversion = config.platforms.filter((platform) => platform.objective !== 'awareness');
    if (conversion.length > 0) {
      parts.push(
        `${joinWords(conversion.map((platform) => PLATFORM_LABELS[platform.id]))} optimise for ${conversion[0]!.objective}.`,
      );
    }
  }
  if (goal.timing) parts.push(`Timing as the client put it: ${goal.timing}.`);
  return parts.join(' ');
}

function servesOther(
  goal: ClientGoal,
  config: BrandConfig,
  strategy: GoalStrategy,
  dropped: readonly PlatformId[],
): string {
  if (strategy.buyers?.goal === goal)
    return `A secondary goal. ${reachOfBuyers(config, strategy.buyers, dropped)}`;
  if (strategy.main && goal.kind === strategy.main.kind) {
    return `Served with the main goal, by the same campaigns and ${KPI_WORDS[config.campaign_goals.primary_kpi]}.`;
  }
  return (
    'A secondary goal: it is tracked in the monthly report, and the test budget can try campaigns for it ' +
    "once the main goal's campaigns are stable."
  );
}

function reachOfBuyers(
  config: BrandConfig,
  buyers: NonNullable<GoalStrategy['buyers']>,
  dropped: readonly PlatformId[],
): string {
  const audience = [
    config.demographics.primary,
    config.demographics.secondary,
    config.demographics.tertiary,
  ].find((demographic) => demographic.id === buyers.audienceId);
  const reaching = config.platforms.filter((platform) => platform.demographics.includes(buyers.audienceId));
  const who = audience?.name.toLowerCase() ?? 'business buyers';
  const sentences = [
    reaching.length > 0
      ? `${joinWords(reaching.map((platform) => PLATFORM_LABELS[platform.id]))} reach ${who}, not only local consumers.`
      : `The ${who} audience is planned but no funded platform reaches it yet.`,
  ];
  if (config.platforms.some((platform) => platform.id === 'google')) {
    sentences.push(
      `Search ads target buyer keywords such as ${buyers.keywords.map((word) => `“${word}”`).join(', ')}.`,
    );
  }
  if (dropped.includes('linkedin')) {
    sentences.push(
      'LinkedIn is left out until the budget allows at least $50 a day for it; search carries the goal until then.',
    );
  }
  return sentences.join(' ');
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
