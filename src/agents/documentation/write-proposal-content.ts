import { isShipped } from '../../capabilities/index.ts';
import { formatAmount, formatShare } from '../../proposal/format-amount.ts';
import {
  listInWords,
  OBJECTIVE_LABELS,
  PLATFORM_LABELS,
  PRIMARY_KPI_LABELS,
} from '../../proposal/plain-labels.ts';
import type { ProposalContent } from '../../proposal/proposal-content.ts';
import type { DocumentationInput } from './documentation-input.ts';

/** The 90 days after sign-off, in three phases that cover every day once. */
export const PROPOSAL_TIMELINE: ProposalContent['timeline'] = [
  {
    title: 'Set up and launch',
    from_day: 1,
    to_day: 14,
    description:
      'We publish the landing pages and forms with their tracking, prepare the first ads from your photos and videos, and run the system ahead on a simulated ad market so you see how it decides before the campaigns go live.',
  },
  {
    title: 'Learn',
    from_day: 15,
    to_day: 45,
    description:
      'The platforms learn who responds. New campaigns are left alone while they learn; the test budget tries different audiences, messages and formats. Every change is recorded with its reasons for us to go through with you.',
  },
  {
    title: 'Optimise and scale',
    from_day: 46,
    to_day: 90,
    description:
      'Money moves each night towards what works and tired ads are replaced with fresh ones, within the limits you agreed. On day 90 we review the results with you against the targets and agree the next quarter.',
  },
];

/** The proposal's prose, offline: plain sentences around the computed figures. */
export function writeProposalContent(input: DocumentationInput): ProposalContent {
  const { config, guardrails: g } = input;
  const { budget, campaign_goals: goals } = config;
  const money = (amount: number) => formatAmount(amount, budget.currency);
  const platforms = listInWords(config.platforms.map((platform) => PLATFORM_LABELS[platform.id]));
  const objectives = listInWords([...new Set(config.platforms.map((p) => OBJECTIVE_LABELS[p.objective]))]);
  const { primary, secondary, tertiary } = config.demographics;
  const primaryZone =
    config.geographic_strategy.zones.find((zone) => zone.priority === 'primary') ??
    config.geographic_strategy.zones[0];
  const leads = config.business_model !== 'ecommerce-primary';
  const largest = [...budget.allocation].sort((a, b) => b.monthly - a.monthly)[0];

  const targets = [
    goals.targets.monthly_leads !== null ? `about ${goals.targets.monthly_leads} leads a month` : null,
    goals.targets.cost_per_lead !== null
      ? `a cost per lead of about ${money(goals.targets.cost_per_lead)}`
      : null,
    goals.targets.roas !== null ? `a return on ad spend of ${goals.targets.roas.toFixed(1)}×` : null,
    goals.targets.monthly_revenue !== null
      ? `about ${money(goals.targets.monthly_revenue)} of revenue from ads a month`
      : null,
  ].filter((target): target is string => target !== null);

  return {
    summary:
      `We propose a marketing system that finds the people most likely to choose ${config.brand_name}, reaches them on ${platforms} ` +
      `with ${money(budget.monthly_total)} a month, and improves itself every night. Every change it makes is recorded with its reasons and can be undone, ` +
      'and you approve anything beyond the agreed limits.',
    audience:
      `Three audiences matter most. ${primary.name} come first: ${lowerFirst(primary.description)} ` +
      `${secondary.name} and ${tertiary.name.toLowerCase()} follow. Each gets its own messages and ads, and the system learns which ones each responds to.`,
    platforms:
      `We will run ads on ${platforms}, aimed at ${objectives}. ` +
      (largest
        ? `${PLATFORM_LABELS[largest.platform]} gets the largest share (${formatShare(largest.share)}); the reason for each platform is on its card.`
        : ''),
    geography: primaryZone
      ? `Most of the budget goes to ${primaryZone.name} (${formatShare(primaryZone.budget_share)}), where customers are most likely to come from.`
      : 'The ads run where your customers are.',
    budget:
      `The monthly ad budget is ${money(budget.monthly_total)}, about ${money(budget.daily_total)} a day. ` +
      `Every active platform gets at least ${money(g.min_daily_per_platform)} a day so it can prove itself, and the system never moves more than ${formatShare(g.max_shift_share)} of the daily budget in one night.`,
    goals:
      `Success is measured by ${PRIMARY_KPI_LABELS[goals.primary_kpi]}.` +
      (targets.length > 0 ? ` For the first months the plan aims for ${listInWords(targets)}.` : '') +
      forecastSentence(budget.forecast, money),
    reporting:
      `Every ${leads ? 'enquiry from the website is stored the moment it is sent, with the ad or search that brought the visitor' : 'visit from an ad is tracked (with consent) back to the campaign that paid for it'}. ` +
      'Each night the system collects the spend and results of every campaign, and every decision it takes (resting a tired ad, moving budget) is recorded with the rule it followed and the numbers behind it, ' +
      'so any change can be checked and rolled back. We go through them with you at each review.',
    timeline: PROPOSAL_TIMELINE,
    next_steps: [
      'Approve this proposal, or tell us what to change.',
      ...(isShipped('liveAdAccounts')
        ? [
            `Give us access to your ${listInWords(config.platforms.map((platform) => PLATFORM_LABELS[platform.id]))} accounts (or let us create them for you).`,
          ]
        : []),
      'Send your first photos and videos; the filming guide says what to shoot.',
      'Confirm the targets above and who on your side answers new enquiries.',
      'Book a 30-minute kick-off call.',
    ],
  };
}

/** The month's forecast range, the same figures as the campaign plan's. */
function forecastSentence(
  forecast: DocumentationInput['config']['budget']['forecast'],
  money: (amount: number) => string,
): string {
  if (!forecast) return '';
  const { results, cost_per_result: cost, result } = forecast;
  const costWords =
    cost.high === null
      ? `${money(Math.round(cost.low))} or more`
      : `${money(Math.round(cost.low))}–${money(Math.round(cost.high))}`;
  return (
    ` Typical platform prices and response rates put a month's results at ${results.low}–${results.high} ${result}s (about ${results.expected}), ` +
    `${costWords} per ${result}; the range narrows once your own results come in.`
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
