import { isShipped } from '../capabilities/index.ts';
import type { BrandConfig, Demographic } from '../schemas/brand-config.ts';
import { escapeHtml } from './escape-html.ts';
import { formatAmount, formatShare } from './format-amount.ts';
import {
  listInWords,
  OBJECTIVE_LABELS,
  PLATFORM_LABELS,
  PRIMARY_KPI_LABELS,
  PRIORITY_LABELS,
  placeName,
} from './plain-labels.ts';
import type { ProposalContent } from './proposal-content.ts';
import { proposalStyles } from './proposal-styles.ts';
import { proposalTheme } from './proposal-theme.ts';

/** One level-1 dashboard card as the client will see it, with its target when the plan sets one. */
export interface ProposalKpi {
  label: string;
  target: string | null;
}

/** The computed facts the proposal shows next to the prose. */
export interface ProposalFacts {
  config: BrandConfig;
  kpis: ProposalKpi[];
}

/** The sections in reading order; the nav and the print page breaks follow it. */
export const PROPOSAL_SECTIONS = [
  { id: 'at-a-glance', title: 'At a glance' },
  { id: 'who', title: 'Who we will reach' },
  { id: 'where', title: 'Where we will reach them' },
  { id: 'budget', title: 'The budget' },
  { id: 'what-you-see', title: 'What you will see' },
  { id: 'timeline', title: 'The first 90 days' },
  { id: 'next-steps', title: 'Next steps' },
] as const;

type SectionId = (typeof PROPOSAL_SECTIONS)[number]['id'];

/**
 * The client proposal as one self-contained HTML file: inline CSS, no scripts, no external
 * requests (the logo is not hot-linked; the brand name is the wordmark). Every piece of brand
 * content is escaped, since it comes from the open web.
 */
export function renderProposalHtml(content: ProposalContent, facts: ProposalFacts): string {
  const { config } = facts;
  const name = escapeHtml(config.brand_name);
  const lang = escapeHtml(config.locale.split('-')[0] || 'en');
  const bodies: Record<SectionId, string> = {
    'at-a-glance': atAGlance(config),
    who: who(content, config),
    where: where(content, config),
    budget: budget(content, config),
    'what-you-see': whatYouSee(content, facts),
    timeline: timeline(content),
    'next-steps': `<ol class="steps">${content.next_steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>`,
  };
  const sections = PROPOSAL_SECTIONS.map(
    ({ id, title }) =>
      `<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(title)}</h2>\n${bodies[id]}\n</section>`,
  ).join('\n');
  const nav = PROPOSAL_SECTIONS.map(
    ({ id, title }) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`,
  ).join('');
  const contact = [config.website, config.contact.phone, config.contact.email].filter(
    (part): part is string => Boolean(part),
  );

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marketing proposal for ${name}</title>
<style>
${proposalStyles(proposalTheme(config.brand_colors))}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the proposal</a>
<header class="band">
<div class="wrap">
<p class="wordmark">${name}</p>
<h1>Marketing proposal for ${name}</h1>
${config.tagline ? `<p class="tagline">${escapeHtml(config.tagline)}</p>\n` : ''}<p class="summary">${escapeHtml(content.summary)}</p>
</div>
</header>
<nav aria-label="Proposal sections"><div class="wrap"><ul>${nav}</ul></div></nav>
<main id="main"><div class="wrap">
${sections}
</div></main>
<footer><div class="wrap">
<p>Prepared for ${name}. Every figure in this proposal comes from the campaign plan (brand-config.json).</p>
${contact.length > 0 ? `<p>${contact.map(escapeHtml).join(' · ')}</p>\n` : ''}</div></footer>
</body>
</html>
`;
}

function atAGlance(config: BrandConfig): string {
  const { budget, campaign_goals: goals } = config;
  const platforms = config.platforms.map((platform) => PLATFORM_LABELS[platform.id]);
  const primaryZone = config.geographic_strategy.zones.find((zone) => zone.priority === 'primary');
  const items: [string, string][] = [
    ['Monthly ad budget', formatAmount(budget.monthly_total, budget.currency)],
    ['Platforms', listInWords(platforms)],
    ['Main measure of success', capitalise(PRIMARY_KPI_LABELS[goals.primary_kpi])],
    ['Main area', primaryZone?.name ?? config.geographic_strategy.zones[0]?.name ?? ''],
  ];
  return `<dl class="glance">${items
    .map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`)
    .join('')}</dl>`;
}

function who(content: ProposalContent, config: BrandConfig): string {
  const { primary, secondary, tertiary } = config.demographics;
  const card = (demographic: Demographic, rank: string) => `<li class="card">
<h3>${escapeHtml(demographic.name)}</h3>
<p class="meta">${escapeHtml(`${rank} · ages ${demographic.age_range.min}–${demographic.age_range.max}`)}</p>
<p>${escapeHtml(demographic.description)}</p>
<p><strong>What moves them:</strong> ${escapeHtml(demographic.motivations.join('; '))}</p>
<p><strong>What holds them back:</strong> ${escapeHtml(demographic.pain_points.join('; '))}</p>
<p><strong>Where they spend time:</strong> ${escapeHtml(demographic.media_habits.join(', '))}</p>
</li>`;
  return `<p>${escapeHtml(content.audience)}</p>
<ul class="cards">
${card(primary, 'Main audience')}
${card(secondary, 'Second audience')}
${card(tertiary, 'Third audience')}
</ul>`;
}

function where(content: ProposalContent, config: BrandConfig): string {
  const { currency } = config.budget;
  const platforms = config.platforms
    .map((platform) => {
      const line = config.budget.allocation.find((candidate) => candidate.platform === platform.id);
      const money = line ? ` · ${formatAmount(line.monthly, currency)} a month` : '';
      return `<li class="card">
<h3>${escapeHtml(PLATFORM_LABELS[platform.id])}</h3>
<p class="meta">${escapeHtml(`For ${OBJECTIVE_LABELS[platform.objective]}${money}`)}</p>
<p>${escapeHtml(platform.rationale)}</p>
<p><strong>Formats:</strong> ${escapeHtml(platform.formats.join(', '))}</p>
</li>`;
    })
    .join('\n');
  const zones = config.geographic_strategy.zones
    .map((zone) => {
      const place = placeName(zone.place);
      const detail =
        place && !zone.name.includes(place) ? `<span class="small">${escapeHtml(place)}</span>` : '';
      return `<tr><th scope="row">${escapeHtml(zone.name)}${detail}</th><td>${escapeHtml(PRIORITY_LABELS[zone.priority])}</td><td class="amount">${escapeHtml(formatShare(zone.budget_share))}</td></tr>`;
    })
    .join('\n');
  return `<p>${escapeHtml(content.platforms)}</p>
<ul class="cards">
${platforms}
</ul>
<h3>Geography</h3>
<p>${escapeHtml(content.geography)}</p>
<div class="table-scroll" role="region" aria-label="Where the budget is spent" tabindex="0">
<table>
<caption>Where the budget is spent</caption>
<thead><tr><th scope="col">Area</th><th scope="col">Priority</th><th scope="col" class="amount">Share of budget</th></tr></thead>
<tbody>
${zones}
</tbody>
</table>
</div>
<p>${escapeHtml(config.geographic_strategy.rationale)}</p>`;
}

function budget(content: ProposalContent, config: BrandConfig): string {
  const { budget: money, campaign_goals: goals } = config;
  const amount = (value: number) => escapeHtml(formatAmount(value, money.currency));
  const rows = money.allocation
    .map(
      (line) =>
        `<tr><th scope="row">${escapeHtml(PLATFORM_LABELS[line.platform])}</th><td class="amount" data-monthly="${line.monthly}">${amount(line.monthly)}</td><td class="amount">${amount(line.test_monthly)}</td><td class="amount">${amount(line.daily)}</td></tr>`,
    )
    .join('\n');
  return `<p>${escapeHtml(content.budget)}</p>
<div class="table-scroll" role="region" aria-label="Monthly ad budget by platform" tabindex="0">
<table data-budget-table>
<caption>Monthly ad budget by platform (${escapeHtml(money.currency)})</caption>
<thead><tr><th scope="col">Platform</th><th scope="col" class="amount">Per month</th><th scope="col" class="amount">Of which tests</th><th scope="col" class="amount">About per day</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Total</th><td class="amount" data-monthly-total="${money.monthly_total}">${amount(money.monthly_total)}</td><td class="amount">${amount(money.test_allocation.monthly)}</td><td class="amount">${amount(money.daily_total)}</td></tr></tfoot>
</table>
</div>
<p>${escapeHtml(
    `${formatShare(money.test_allocation.share)} of the budget (${formatAmount(money.test_allocation.monthly, money.currency)} a month) is kept for tests: new audiences, messages and formats, so the plan keeps learning what works.`,
  )}</p>
<h3>What the budget should deliver</h3>
<p>${escapeHtml(content.goals)}</p>
<p>${escapeHtml(goals.rationale)}</p>`;
}

function whatYouSee(content: ProposalContent, facts: ProposalFacts): string {
  const cards = facts.kpis
    .map(
      (kpi) =>
        `<div><dt>${escapeHtml(kpi.label)}</dt><dd>${escapeHtml(kpi.target ? `Target: ${kpi.target}` : 'Tracked daily')}</dd></div>`,
    )
    .join('');
  return `<p>${escapeHtml(content.reporting)}</p>
<h3>${isShipped('dashboard') ? "The numbers on your dashboard's front page" : 'The numbers the plan is judged on'}</h3>
<dl class="glance">${cards}</dl>`;
}

function timeline(content: ProposalContent): string {
  return `<ol class="timeline">${content.timeline
    .map(
      (phase) =>
        `<li><h3>${escapeHtml(`Days ${phase.from_day}–${phase.to_day}: ${phase.title}`)}</h3><p>${escapeHtml(phase.description)}</p></li>`,
    )
    .join('')}</ol>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
