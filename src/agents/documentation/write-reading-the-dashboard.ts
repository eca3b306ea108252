import { formatAmount, formatShare } from '../../proposal/format-amount.ts';
import { PLATFORM_LABELS } from '../../proposal/plain-labels.ts';
import { dashboardKpis } from './dashboard-kpis.ts';
import type { DocumentationInput } from './documentation-input.ts';
import type { DocPage } from './documentation-output.ts';
import { mdCell, mdText } from './markdown-text.ts';

/** docs/reading-the-dashboard.md: the three levels, this business's KPIs, and how to read a decision. */
export function writeReadingTheDashboard(input: DocumentationInput): DocPage {
  const { config, guardrails: g } = input;
  const { budget } = config;
  const money = (amount: number) => formatAmount(amount, budget.currency);
  const kpis = dashboardKpis(config);
  const leads = config.business_model !== 'ecommerce-primary';
  const ecommerce = config.business_model === 'ecommerce-primary' || config.business_model === 'hybrid';
  const { primary, secondary, tertiary } = config.demographics;

  return {
    title: 'Reading the dashboard',
    intro:
      `The dashboard at \`/dashboard\` shows how ${mdText(config.brand_name)}'s marketing is doing. It has three levels: ` +
      'a 30-second view for a quick look, detail pages when you want to know more, and the full media-buyer detail for specialists. ' +
      'It works on a phone as well as on a computer.',
    sections: [
      {
        heading: 'Level 1: the 30-second view',
        body: [
          'The first page answers one question: is it working? It shows:',
          '',
          '- **A short summary in plain language** of the last period and what the system did about it.',
          `- **${kpis.length} key numbers**, each with its change against the previous period (green when better, red when worse):`,
          '',
          '| Card | What it means | Plan |',
          '|---|---|---|',
          ...kpis.map((kpi) => `| ${kpi.label} | ${kpi.meaning} | ${kpi.target ?? '—'} |`),
          '',
          '- **A 7-day trend** of the main number, so a bad day is not mistaken for a bad week.',
          '- **The top three insights**, each with what the system did about it (for example: "Evening ads bring cheaper leads; more budget moved to evenings").',
          '',
          leads && ecommerce
            ? 'Your business takes enquiries and sells online, so the front page shows both: leads and cost per lead, revenue and return on ad spend.'
            : leads
              ? 'Your business wins customers through enquiries, so the front page is about leads and what each one costs.'
              : 'Your business sells online, so the front page is about revenue and the return on every unit of ad spend.',
        ].join('\n'),
      },
      {
        heading: 'Level 2: the detail pages',
        body: [
          '- **Campaigns:** each campaign on each platform, its spend, results and trend.',
          '- **Content:** every photo and video in use, how it performs, and which are tiring.',
          `- **Audiences:** how each audience responds: ${[primary, secondary, tertiary].map((d) => `*${mdText(d.name)}*`).join(', ')}.`,
          `- **Geography:** results by area: ${config.geographic_strategy.zones.map((zone) => `*${mdText(zone.name)}*`).join(', ')}.`,
          ...(leads
            ? [
                `- **Leads:** every lead with its score out of 100: hot above ${g.lead_tiers.hot} (call now), warm ${g.lead_tiers.warm}–${g.lead_tiers.hot - 1}, cold ${g.lead_tiers.cold}–${g.lead_tiers.warm - 1}, and below ${g.lead_tiers.cold} kept warm by email.`,
              ]
            : []),
          ...(ecommerce
            ? ['- **Sales:** orders and revenue, and which ads and visits each order came through.']
            : []),
          '- **Insights:** what the system has learned, for example which message works for which audience.',
          '- **Decisions:** every change the system made or proposes (see below).',
        ].join('\n'),
      },
      {
        heading: 'Level 3: the media-buyer detail',
        body: [
          'For specialists: every metric the platforms report, side by side.',
          '',
          `- ${[
            'Impressions, reach, frequency, CPM, clicks, click-through rate, cost per click, conversion rate',
            leads ? 'leads, cost per lead' : null,
            ecommerce ? 'purchases, revenue, return on ad spend' : null,
          ]
            .filter(Boolean)
            .join(', ')}.`,
          `- Filters by platform (${config.platforms.map((platform) => mdText(PLATFORM_LABELS[platform.id])).join(', ')}), campaign, audience, area and ad.`,
          '- Date ranges of 7, 14, 30 or 90 days.',
          '- Export to CSV for your own spreadsheets.',
        ].join('\n'),
      },
      {
        heading: 'Reading a decision',
        body: [
          'Each decision in **Decisions** is a card with:',
          '',
          '- **What changed**, for example a budget move between platforms or an ad rested.',
          '- **Why**: the numbers it looked at, and the rule or assistant that made the call.',
          '- **Checks passed**: the limits it respected (below).',
          '- **Expected result**, and after a few days the **actual result**, so you can see whether it paid off.',
          '',
          exampleDecision(input, money),
          '',
          `Limits every decision respects: at most ${formatShare(g.max_shift_share)} of the daily budget moved per night, at least ${money(g.min_daily_per_platform)} a day per active platform, ${formatShare(g.exploration_share)} kept for tests, and no changes in a campaign's first ${g.learning_phase_days} days.`,
        ].join('\n'),
      },
      {
        heading: 'Approving or rolling back',
        body: [
          '- **Waiting for you:** changes outside the limits (a bigger budget, a new platform, a new offer) wait under **Decisions → Waiting** with **Approve** and **Decline** buttons. Nothing happens until you choose.',
          '- **Rolling back:** any change the system made on its own has a **Roll back** button. It restores the settings from before the change and records the rollback as a decision of its own, so the history stays complete.',
          '- **After a rollback** the system does not repeat the same change for that campaign until new data gives a different reason.',
          '',
          'If something looks wrong and you are not sure, roll back first and ask: nothing is lost.',
        ].join('\n'),
      },
    ],
  };
}

/** A worked example built from this client's own plan, so the numbers look like the ones they will see. */
function exampleDecision(input: DocumentationInput, money: (amount: number) => string): string {
  const { allocation, daily_total } = input.config.budget;
  const { guardrails: g } = input;
  const [first, second] = allocation;
  // A tenth of the daily total, within the nightly limit, leaving the donor above its floor.
  const moved =
    first && second
      ? Math.floor(
          Math.min(
            daily_total * 0.1,
            daily_total * g.max_shift_share,
            second.daily - g.min_daily_per_platform,
          ),
        )
      : 0;
  if (first && second && moved >= 1) {
    return (
      '> **Example.** *Moved ' +
      `${money(moved)} a day from ${mdCell(PLATFORM_LABELS[second.platform])} to ${mdCell(PLATFORM_LABELS[first.platform])}.* ` +
      `Why: over the last 14 days ${mdCell(PLATFORM_LABELS[first.platform])} brought results at a lower cost. ` +
      `Checks: the move is ${formatShare(moved / daily_total)} of the daily budget; both platforms stay above ${money(g.min_daily_per_platform)} a day; ` +
      'neither campaign is in its learning phase. Expected: more results for the same spend; the actual result is added after 7 days.'
    );
  }
  return (
    '> **Example.** *Rested the ad "Spring offer, video 2" and started "Spring offer, video 3".* ' +
    `Why: its click-through rate fell by more than ${formatShare(g.fatigue_ctr_drop)} over the last ${g.fatigue_window_days.max} days. ` +
    `Checks: at least ${g.fatigue_min_points} days of data; a fresh ad was ready. Expected: click-through back to its earlier level; the actual result is added after 7 days.`
  );
}
