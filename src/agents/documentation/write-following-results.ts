import { isShipped } from '../../capabilities/index.ts';
import { formatAmount, formatShare } from '../../proposal/format-amount.ts';
import { PRIMARY_KPI_LABELS } from '../../proposal/plain-labels.ts';
import type { DocumentationInput } from './documentation-input.ts';
import type { DocPage } from './documentation-output.ts';
import { mdText } from './markdown-text.ts';

/**
 * docs/following-results.md: where the results are today and how to act on them — the stored
 * leads, the nightly figures and the decision ledger — in the words of what the system does now.
 */
export function writeFollowingResults(input: DocumentationInput): DocPage {
  const { config, guardrails: g } = input;
  const { budget, campaign_goals: goals } = config;
  const money = (amount: number) => formatAmount(amount, budget.currency);
  const name = mdText(config.brand_name);
  const slug = config.brand_id;
  const sales = config.business_model === 'ecommerce-primary';
  const bookings = goals.primary_kpi === 'cost_per_booking';
  const noun = sales ? 'sales' : bookings ? 'bookings' : 'enquiries';
  const practice = !isShipped('liveAdAccounts');
  const measures = [
    goals.targets.monthly_leads !== null
      ? `- **${bookings ? 'Bookings' : 'Leads'} a month**: the plan aims for about ${goals.targets.monthly_leads}.`
      : null,
    goals.targets.cost_per_lead !== null
      ? `- **Cost per ${bookings ? 'booking' : 'lead'}**: ad spend divided by ${bookings ? 'bookings' : 'leads'}; the plan aims for about ${money(goals.targets.cost_per_lead)}.`
      : null,
    goals.targets.roas !== null
      ? `- **Return on ad spend**: the plan aims for ${goals.targets.roas.toFixed(1)}×.`
      : null,
    `- **Spend against plan**: ${money(budget.monthly_total)} a month, about ${money(budget.daily_total)} a day.`,
  ].filter((line): line is string => line !== null);

  return {
    title: 'Following the results',
    intro:
      `Where ${name}'s results are kept, what is measured every night, and how to check, approve or undo what the system changed. ` +
      `The commands below are run by your account manager (\`factory\` is the system's command line).`,
    sections: [
      {
        heading: 'Every enquiry, with where it came from',
        body: [
          `Every form on the website stores the ${sales ? 'enquiry' : noun.replace(/s$/, '')} the moment it is sent, before the visitor sees the thank-you page, so none is lost.`,
          'Each one keeps the ad, search or link that first brought the visitor and the one that brought them last (campaign tags and click ids), with consent to tracking respected.',
          "They are kept in the client's own database, scoped to this client only.",
        ].join('\n\n'),
      },
      {
        heading: 'The numbers, every night',
        body: [
          `At 02:00 (${mdText(config.timezone)}) the system collects the previous day's spend, impressions, clicks and results for every campaign${practice ? ' — today from the built-in practice market, a simulation of the ad platforms, until live ad accounts are connected' : ''}. The main measure of success is **${PRIMARY_KPI_LABELS[goals.primary_kpi]}**; the figures followed:`,
          '',
          ...measures,
        ].join('\n'),
      },
      {
        heading: 'What the system changed, and why',
        body: [
          'Every change the system makes (resting a tired ad, moving budget) is recorded with the rule it followed and the numbers behind it. To see them:',
          '',
          '```sh',
          `npx factory decisions ${slug}`,
          '```',
          '',
          `Budget moves stay within the agreed limits (at most ${formatShare(g.max_shift_share)} of the day's budget a night, at least ${money(g.min_daily_per_platform)} a day per platform). A move that waits for approval is approved or rejected by its id, and a change already made can be undone:`,
          '',
          '```sh',
          `npx factory decisions ${slug} approve <id>`,
          `npx factory decisions ${slug} reject <id>`,
          `npx factory decisions ${slug} rollback <id>`,
          '```',
        ].join('\n'),
      },
      {
        heading: 'Trying it before it goes live',
        body: [
          `The whole system can run ahead in simulated time against the practice market, whose ideal outcome is known, to show how it decides:`,
          '',
          '```sh',
          `npx factory simulate ${slug} --days 90`,
          '```',
          '',
          `It prints the ${noun} reached against the most the practice market allowed, the decisions taken and whether any limit was broken.`,
        ].join('\n'),
      },
    ],
  };
}
