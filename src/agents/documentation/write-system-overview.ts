import { isShipped } from '../../capabilities/index.ts';
import { formatAmount, formatShare } from '../../proposal/format-amount.ts';
import {
  listInWords,
  OBJECTIVE_LABELS,
  PLATFORM_LABELS,
  PRIMARY_KPI_LABELS,
  PRIORITY_LABELS,
} from '../../proposal/plain-labels.ts';
import type { DocumentationInput } from './documentation-input.ts';
import type { DocPage } from './documentation-output.ts';
import { mdCell, mdText } from './markdown-text.ts';

/** docs/system-overview.md: what the system is, what it does each day, with this client's numbers. */
export function writeSystemOverview(input: DocumentationInput): DocPage {
  const { config, guardrails: g } = input;
  const { budget, campaign_goals: goals } = config;
  const money = (amount: number) => formatAmount(amount, budget.currency);
  const name = mdText(config.brand_name);
  const ecommerce = config.business_model === 'ecommerce-primary' || config.business_model === 'hybrid';
  const leads = config.business_model !== 'ecommerce-primary';
  const practice = !isShipped('liveAdAccounts');

  const platformRows = budget.allocation.map((line) => {
    const platform = config.platforms.find((candidate) => candidate.id === line.platform);
    const objective = platform ? OBJECTIVE_LABELS[platform.objective] : '';
    return `| ${mdCell(PLATFORM_LABELS[line.platform])} | ${objective} | ${money(line.monthly)} | ${money(line.test_monthly)} | ${money(line.daily)} |`;
  });
  const zoneLines = config.geographic_strategy.zones.map(
    (zone) =>
      `- **${mdText(zone.name)}** (${PRIORITY_LABELS[zone.priority].toLowerCase()}): ${formatShare(zone.budget_share)} of the budget`,
  );
  const targetLines = [
    goals.targets.monthly_leads !== null ? `- About ${goals.targets.monthly_leads} leads a month` : null,
    goals.targets.cost_per_lead !== null
      ? `- A cost per lead of about ${money(goals.targets.cost_per_lead)}`
      : null,
    goals.targets.roas !== null ? `- A return on ad spend of ${goals.targets.roas.toFixed(1)}×` : null,
    goals.targets.monthly_revenue !== null
      ? `- About ${money(goals.targets.monthly_revenue)} of revenue from ads a month`
      : null,
  ].filter((line): line is string => line !== null);

  return {
    title: `How ${name}'s marketing system works`,
    intro:
      `${name} now has a marketing system that runs every day: it shows ads on ${listInWords(config.platforms.map((p) => PLATFORM_LABELS[p.id]))}, ` +
      `sends people to a website built to turn visits into ${leads ? 'enquiries' : 'orders'}, measures what every ad brings in, ` +
      `and moves money towards what works, within limits you agreed to. This page explains what it does and what it leaves to you.`,
    sections: [
      {
        heading: 'What the system is',
        body: [
          `- **A website** with ${leads ? 'lead forms' : 'product pages that link to your shop'}, campaign landing pages that match the ads, and a consent banner. It records which ad or search brought each visitor.`,
          isShipped('dashboard')
            ? '- **A dashboard** where you see, in thirty seconds, how the month is going (see [Reading the dashboard](reading-the-dashboard.md)).'
            : '- **Every enquiry kept** with the ad or search that brought it, and the nightly figures per campaign (see [Following the results](following-results.md)).',
          `- **Scheduled routines** that run every night in your time zone (${mdText(config.timezone)}).`,
          '- **Assistants** that each look after one job: the strategy that decides the budget, the media buying that carries it out, watching the creative, and analysing the data behind each decision.',
          '- **A record of every decision** the system takes, with its reasons, so any change can be checked and undone.',
        ].join('\n'),
      },
      {
        heading: 'Your plan in numbers',
        body: [
          `The monthly ad budget is **${money(budget.monthly_total)}** (about ${money(budget.daily_total)} a day). It is split like this:`,
          '',
          '| Platform | Aimed at | Per month | Of which tests | About per day |',
          '|---|---|---:|---:|---:|',
          ...platformRows,
          `| **Total** | | **${money(budget.monthly_total)}** | **${money(budget.test_allocation.monthly)}** | **${money(budget.daily_total)}** |`,
          '',
          `${formatShare(budget.test_allocation.share)} of the budget (${money(budget.test_allocation.monthly)} a month) is kept for tests of new audiences, messages and formats.`,
          '',
          `**The main measure of success is ${PRIMARY_KPI_LABELS[goals.primary_kpi]}.** The plan aims for:`,
          '',
          ...(targetLines.length > 0
            ? targetLines
            : ['- Targets are set once the first month of results is in.']),
          '',
          'Where the ads run:',
          '',
          ...zoneLines,
        ].join('\n'),
      },
      {
        heading: 'What happens every day',
        body: [
          `Times are local (${mdText(config.timezone)}). Each step uses the results of the one before.`,
          '',
          '1. **01:00 — creative rotation.** Ads whose click-through rate is fading are rested and fresh ones take their place.',
          `2. **02:00 — daily performance.** Yesterday's spend, clicks, leads and sales are collected for every campaign${practice ? ' (today from the built-in practice market, a simulation of the ad platforms, until live ad accounts are connected)' : ''}.`,
          '3. **03:00 — budget optimisation.** Money moves from what is working less well to what is working better, within the limits below.',
          '4. **04:00 — learn and remember.** What worked for which audience and message is stored, so tomorrow starts smarter.',
          '',
          'Whenever someone fills in a form, the enquiry is stored at once with the ad or search that brought the visitor.',
          ...(ecommerce && isShipped('orderWebhooks')
            ? [
                'Every online order is matched to the ads and visits that led to it, so revenue is credited fairly.',
              ]
            : []),
        ].join('\n'),
      },
      {
        heading: 'What the system does on its own',
        body: [
          'The system adjusts the campaigns by itself, but only inside these limits:',
          '',
          `- It moves at most **${formatShare(g.max_shift_share)}** of the daily budget in one night.`,
          `- Every active platform keeps at least **${money(g.min_daily_per_platform)} a day**, so none is starved before it can prove itself.`,
          `- **${formatShare(g.exploration_share)}** of the budget always stays on tests.`,
          `- A new campaign is left alone for its first **${g.learning_phase_days} days** while the platform learns.`,
          `- The daily budgets never add up to more than the monthly budget of ${money(budget.monthly_total)}.`,
          `- An ad is rested when its click-through rate has dropped by more than ${formatShare(g.fatigue_ctr_drop)} over ${g.fatigue_window_days.min}–${g.fatigue_window_days.max} days (with at least ${g.fatigue_min_points} days of data).`,
          '',
          `Each of these actions is recorded with the numbers behind it and can be rolled back (\`factory decisions ${config.brand_id} rollback <id>\`, see [Following the results](following-results.md)).`,
        ].join('\n'),
      },
      {
        heading: 'What needs your approval',
        body: [
          'The system proposes, and waits for you, before it:',
          '',
          `- spends more than the monthly budget of ${money(budget.monthly_total)}, or changes it;`,
          '- adds a new advertising platform or stops one completely;',
          '- promotes a new offer, price or claim about your business;',
          '- launches a campaign aimed at a new area or a new audience.',
          '',
          `Proposals wait in the decision record until they are approved or rejected (\`factory decisions ${config.brand_id}\`).`,
        ].join('\n'),
      },
      {
        heading: 'What we need from you',
        body: [
          '- Photos and videos of your work, your team and your customers (with their permission): see [Sending photos and videos](uploading-content.md).',
          ...(practice
            ? []
            : ['- Access to your advertising accounts, so the system can run the campaigns.']),
          ...(leads ? ['- A quick reply to every enquiry: speed wins the customer.'] : []),
          '- Your approval on the proposals above.',
          '',
          'For developers connecting other tools, see [The client API](api-and-webhooks.md).',
        ].join('\n'),
      },
    ],
  };
}
