import { isShipped } from '../../capabilities/index.ts';
import { formatAmount } from '../../proposal/format-amount.ts';
import type { BrandConfig, PlatformId } from '../../schemas/brand-config.ts';
import { localRadius } from './distance-unit.ts';
import { PLATFORM_LABELS } from './platform-labels.ts';
import type { StrategistOutput } from './strategist-output.ts';

const TRACKING: Record<PlatformId, string> = {
  google: 'Google Ads conversion tag and GA4',
  meta: 'Meta pixel and Conversions API',
  linkedin: 'LinkedIn Insight tag',
  tiktok: 'TikTok pixel',
  youtube: 'Google Ads conversion tag (YouTube runs through Google Ads)',
  microsoft: 'Microsoft UET tag',
  pinterest: 'Pinterest tag',
};

const KPI_LABELS: Record<BrandConfig['campaign_goals']['primary_kpi'], string> = {
  cost_per_lead: 'Cost per lead',
  cost_per_booking: 'Cost per booking',
  roas: 'Return on ad spend (ROAS)',
  cost_per_acquisition: 'Cost per acquisition',
};

/** `strategy/campaign-plan.md`: the plan an account manager hands to the client, in plain language. */
export function renderCampaignPlan(output: StrategistOutput): string {
  const { config, plan } = output;
  const sections = [
    `# Campaign plan: ${config.brand_name}`,
    `${config.industry.label} · ${config.business_model} · budget ${formatAmount(config.budget.monthly_total, config.budget.currency)} ${config.budget.currency}/month · time zone ${config.timezone}`,
    '## Summary',
    ...yourGoal(plan),
    plan.summary,
    '## Audiences',
    ...audiences(config),
    '## Platforms',
    ...platforms(config),
    '## Monthly budget',
    ...budget(config, plan),
    '## What the budget buys',
    ...forecast(config),
    '## Geography',
    ...geography(config),
    '## Goals and targets',
    ...statedGoals(plan),
    ...goals(config),
    '## 90-day timeline',
    ...timeline(config),
    '## Measurement',
    ...measurement(config),
    '## Brand essentials',
    ...essentials(config),
    '## Risks',
    list(plan.risks),
    '## Assumptions',
    'Everything below is taken as true without evidence from research; confirm or correct it with the client.',
    list(plan.assumptions.map((assumption) => `**Assumption:** ${assumption}`)),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** The client's main goal in its own words, first thing in the plan: the plan is there to serve it. */
function yourGoal(plan: StrategistOutput['plan']): string[] {
  const main = (plan.client_goals ?? []).find((goal) => goal.main);
  return main ? [`**Your goal:** “${main.text}”`, `**How this plan serves it:** ${main.served_by}`] : [];
}

function statedGoals(plan: StrategistOutput['plan']): string[] {
  const stated = plan.client_goals ?? [];
  if (stated.length === 0) return [];
  return [
    list(
      stated.map(
        (goal) => `**${goal.main ? 'Your main goal' : 'Your goal'}:** “${goal.text}” ${goal.served_by}`,
      ),
    ),
  ];
}

function audiences(config: BrandConfig): string[] {
  const tiers = ['primary', 'secondary', 'tertiary'] as const;
  return tiers.map((tier) => {
    const audience = config.demographics[tier];
    const reachedOn = config.platforms
      .filter((platform) => platform.demographics.includes(audience.id))
      .map((platform) => PLATFORM_LABELS[platform.id]);
    return [
      `### ${capitalise(tier)}: ${audience.name} (${audience.age_range.min}–${audience.age_range.max})`,
      '',
      audience.description,
      '',
      `- **Mindset:** ${audience.psychographics.join('; ')}`,
      `- **Where they spend time:** ${audience.media_habits.join('; ')}`,
      `- **Pain points:** ${audience.pain_points.join('; ')}`,
      `- **What moves them:** ${audience.motivations.join('; ')}`,
      `- **Reached on:** ${reachedOn.length > 0 ? reachedOn.join(', ') : 'organic and owned channels only'}`,
    ].join('\n');
  });
}

function platforms(config: BrandConfig): string[] {
  const formatMoney = (amount: number) => formatAmount(amount, config.budget.currency);
  const names = new Map(
    [config.demographics.primary, config.demographics.secondary, config.demographics.tertiary].map((d) => [
      d.id,
      d.name,
    ]),
  );
  return config.platforms.map((platform) => {
    const line = config.budget.allocation.find((candidate) => candidate.platform === platform.id);
    return [
      `### ${PLATFORM_LABELS[platform.id]}`,
      '',
      `- **Why:** ${platform.rationale}`,
      `- **Objective:** ${platform.objective}`,
      `- **Formats:** ${platform.formats.join(', ')}`,
      `- **Audiences:** ${platform.demographics.map((id) => names.get(id) ?? id).join(', ')}`,
      line
        ? `- **Budget:** ${formatMoney(line.monthly)} a month (${percent(line.share)}), about ${formatMoney(line.daily)} a day`
        : '- **Budget:** none allocated',
    ].join('\n');
  });
}

function budget(config: BrandConfig, plan: StrategistOutput['plan']): string[] {
  const formatMoney = (amount: number) => formatAmount(amount, config.budget.currency);
  const { budget } = config;
  const rows = budget.allocation.map((line) =>
    row([
      PLATFORM_LABELS[line.platform],
      percent(line.share),
      formatMoney(line.monthly),
      formatMoney(line.core_monthly),
      formatMoney(line.test_monthly),
      formatMoney(line.daily),
    ]),
  );
  const sum = (pick: (line: (typeof budget.allocation)[number]) => number) =>
    budget.allocation.reduce((total, line) => total + pick(line), 0);
  const table = [
    row(['Platform', 'Share', 'Monthly', 'Core', 'Test', 'Daily']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...rows,
    row([
      '**Total**',
      '100%',
      `**${formatMoney(budget.monthly_total)}**`,
      formatMoney(sum((line) => line.core_monthly)),
      formatMoney(budget.test_allocation.monthly),
      formatMoney(budget.daily_total),
    ]),
  ].join('\n');
  const parts = [
    `All amounts in ${budget.currency}. ${percent(budget.test_allocation.share)} of the budget ` +
      `(${formatMoney(budget.test_allocation.monthly)}) is the test allocation: it is carved out of every platform ` +
      'to try new audiences, creative and placements, and is never counted against the targets.',
    table,
  ];
  if (plan.budget_notes.length > 0) parts.push(list(plan.budget_notes));
  if (plan.dropped_platforms.length > 0) {
    parts.push(
      `Left out for now: ${plan.dropped_platforms.map((id) => PLATFORM_LABELS[id]).join(', ')}. ` +
        `Add them back when the budget allows at least ${formatMoney(50)} a day per platform.`,
    );
  }
  return parts;
}

const RESULT_WORDS = { lead: 'Leads', booking: 'Bookings', purchase: 'Purchases' } as const;

/** Forecast ranges per platform and for the month: what the plan promises is what the benchmarks give. */
function forecast(config: BrandConfig): string[] {
  const { budget } = config;
  const total = budget.forecast;
  if (!total) return ['No forecast: the budget has none yet.'];
  const money = (amount: number) => formatAmount(Math.round(amount), budget.currency);
  const count = (range: { low: number; expected: number; high: number }) =>
    `${range.low.toLocaleString('en-US')}–${range.high.toLocaleString('en-US')} (about ${range.expected.toLocaleString('en-US')})`;
  const cost = (range: { low: number; expected: number | null; high: number | null }) =>
    range.high === null
      ? `${money(range.low)} or more`
      : `${money(range.low)}–${money(range.high)}${range.expected === null ? '' : ` (about ${money(range.expected)})`}`;
  const noun = RESULT_WORDS[total.result];
  const rows = budget.allocation
    .filter((line) => line.forecast)
    .map((line) =>
      row([
        PLATFORM_LABELS[line.platform],
        formatAmount(line.monthly, budget.currency),
        count(line.forecast!.clicks),
        count(line.forecast!.results),
        cost(line.forecast!.cost_per_result),
      ]),
    );
  return [
    `A month's results for the whole budget (tests included), worked out from typical prices, click-through and conversion rates on each platform, ` +
      `the same figures the sandbox ad market is built on. ${Math.round(total.coverage * 50)} months in 50 land inside each range; ` +
      `the figure in brackets is the middle one. The ranges are wide because nothing is known yet of how well the ads fit this audience; ` +
      'they narrow once the client has two weeks of its own results.',
    [
      row(['Platform', 'Spend', 'Clicks', noun, `Cost per ${total.result}`]),
      row(['---', '---:', '---:', '---:', '---:']),
      ...rows,
      row([
        '**Total**',
        formatAmount(budget.monthly_total, budget.currency),
        count(total.clicks),
        count(total.results),
        cost(total.cost_per_result),
      ]),
    ].join('\n'),
  ];
}

function geography(config: BrandConfig): string[] {
  const { zones, rationale } = config.geographic_strategy;
  const table = [
    row(['Zone', 'Kind', 'Priority', 'Share', 'Centre']),
    row(['---', '---', '---', '---:', '---']),
    ...zones.map((zone) =>
      row([
        zone.name,
        zone.radius_km
          ? `${zone.kind} (${localRadius(zone.radius_km, zone.place.country).short})`
          : zone.kind,
        zone.priority,
        percent(zone.budget_share),
        zone.center
          ? `${zone.center.lat}, ${zone.center.lng}`
          : zone.kind === 'radius'
            ? 'to be geocoded'
            : '—',
      ]),
    ),
  ].join('\n');
  return [rationale, table];
}

function goals(config: BrandConfig): string[] {
  const formatMoney = (amount: number) => formatAmount(amount, config.budget.currency);
  const { campaign_goals: goals } = config;
  const targets = [
    goals.targets.monthly_leads !== null ? `Monthly leads or bookings: ${goals.targets.monthly_leads}` : null,
    goals.targets.cost_per_lead !== null
      ? `Cost per lead or booking: ${formatMoney(goals.targets.cost_per_lead)}`
      : null,
    goals.targets.roas !== null ? `ROAS: ${goals.targets.roas}×` : null,
    goals.targets.monthly_revenue !== null
      ? `Attributed monthly revenue: ${formatMoney(goals.targets.monthly_revenue)}`
      : null,
  ].filter((target): target is string => target !== null);
  return [
    `**Primary KPI:** ${KPI_LABELS[goals.primary_kpi]}`,
    list(targets.length > 0 ? targets : ['Targets are set after the first two weeks of data.']),
    `**Also watched:** ${goals.secondary_kpis.map((kpi) => kpi.replaceAll('_', ' ')).join(', ')}`,
    goals.rationale,
  ];
}

function timeline(config: BrandConfig): string[] {
  const names = config.platforms.map((platform) => PLATFORM_LABELS[platform.id]).join(', ');
  return [
    [
      '### Weeks 1–2: launch and learning',
      '',
      `- Connect tracking and launch on ${names} with the daily budgets above.`,
      '- Launch two or three creative variations per audience; no changes to a campaign in its first 7 days.',
      '- Check daily that spend paces with the plan and that leads or sales are recorded end to end.',
    ].join('\n'),
    [
      '### Weeks 3–6: optimise',
      '',
      `- Move budget towards the best cost per result, at most 30% of the daily total per cycle and never below ${formatAmount(50, config.budget.currency)} a day on an active platform.`,
      '- Rotate creative whose click-through falls by more than 30%; pause the weakest audiences and keywords.',
      '- Use the test allocation for new audiences and messages; reset targets from the client’s own results.',
    ].join('\n'),
    [
      '### Weeks 7–12: scale',
      '',
      '- Scale the campaigns that beat their targets; widen zones or audiences where results hold.',
      '- Promote winning tests into the core budget and start the next round of tests.',
      '- Review the plan with the client at day 90 with the results against these targets.',
    ].join('\n'),
  ];
}

function measurement(config: BrandConfig): string[] {
  const tags = config.platforms.map(
    (platform) => `${PLATFORM_LABELS[platform.id]}: ${TRACKING[platform.id]}`,
  );
  return [
    list([
      ...tags,
      'First-party tracking on the website records visits, UTM parameters and click ids, and form submissions.',
      `Performance is pulled every night per campaign${isShipped('liveAdAccounts') ? '' : ' (from the built-in practice market until live ad accounts are connected)'}; every budget move and rested ad is recorded with the rule and the numbers behind it.`,
    ]),
  ];
}

function essentials(config: BrandConfig): string[] {
  const { brand_voice: voice, brand_colors: colors } = config;
  return [
    list([
      `**Tone:** ${voice.tone.join(', ')}`,
      `**Personality:** ${voice.personality.join(', ')}`,
      `**Never say:** ${voice.avoid.map((word) => `“${word}”`).join(', ')}`,
      `**Colours:** primary ${colors.primary}, secondary ${colors.secondary}, accent ${colors.accent}, text ${colors.text} on ${colors.background}`,
      `**Offerings:** ${config.offerings.map((offering) => offering.name).join(', ')}`,
    ]),
  ];
}

function list(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
