import { formatAmount } from '../../proposal/format-amount.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { ClientGoal } from '../../schemas/brand-profile.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import type { IndustryPlaybook } from './industry-playbook.ts';

export type CampaignGoals = BrandConfig['campaign_goals'];
export type PrimaryKpi = CampaignGoals['primary_kpi'];

export interface PlanGoalsOptions {
  businessModel: BusinessModel;
  playbook: IndustryPlaybook;
  industryLabel: string;
  /** Core (non-test) monthly spend on platforms whose objective is leads or bookings. */
  leadCore: number;
  /** Core (non-test) monthly spend on platforms whose objective is sales. */
  salesCore: number;
  /** The client's main goal; when given, it decides the primary KPI. */
  clientGoal?: ClientGoal | null;
  /** The goal whose number becomes the target (the main one, or another of its kind with a number). */
  targetGoal?: ClientGoal | null;
  /** The budget's currency: a money target in another currency is quoted, not used. */
  currency?: string;
  /** Cost per result the ad market's benchmarks give for the whole budget (see `forecastPlan`). */
  forecastCost?: { low: number; expected: number | null; high: number | null } | null;
}

/** DESIGN §4 routing: lead businesses are judged on cost per lead (or booking), sellers on ROAS. */
export function primaryKpiFor(businessModel: BusinessModel, bookings: boolean): PrimaryKpi {
  switch (businessModel) {
    case 'brick-and-mortar-primary':
      return bookings ? 'cost_per_booking' : 'cost_per_lead';
    case 'service-online':
      return 'cost_per_lead';
    case 'ecommerce-primary':
    case 'hybrid':
      return 'roas';
  }
}

const SECONDARY_KPIS: Record<PrimaryKpi, string[]> = {
  cost_per_lead: [
    'monthly_leads',
    'conversion_rate',
    'click_through_rate',
    'cost_per_click',
    'lead_to_customer_rate',
  ],
  cost_per_booking: [
    'monthly_bookings',
    'conversion_rate',
    'click_through_rate',
    'cost_per_click',
    'show_up_rate',
  ],
  roas: [
    'monthly_revenue',
    'cost_per_acquisition',
    'average_order_value',
    'conversion_rate',
    'click_through_rate',
  ],
  cost_per_acquisition: ['conversion_rate', 'click_through_rate', 'cost_per_click'],
};

/** The KPI a stated goal is judged on; `fallback` (the business model's) when the goal names none. */
export function primaryKpiForGoal(goal: ClientGoal, fallback: PrimaryKpi): PrimaryKpi {
  switch (goal.kind) {
    case 'wholesale':
    case 'leads':
      return 'cost_per_lead';
    case 'bookings':
      return 'cost_per_booking';
    case 'online-sales':
      return goal.target?.measure === 'count' ? 'cost_per_acquisition' : 'roas';
    default:
      return fallback;
  }
}

/** A goal's number as a monthly figure, with how it was worked out; null when it has no period or horizon. */
export function monthlyTarget(goal: ClientGoal): { monthly: number; basis: string } | null {
  const target = goal.target;
  if (!target) return null;
  const perMonth: Record<NonNullable<typeof target.period>, number> = {
    day: 30.4,
    week: 4.35,
    month: 1,
    quarter: 1 / 3,
    year: 1 / 12,
  };
  if (target.period) {
    const monthly = target.value * perMonth[target.period];
    return {
      monthly: Math.max(1, Math.round(monthly)),
      basis: target.period === 'month' ? 'a month' : `a ${target.period}`,
    };
  }
  const months = horizonMonths(goal.timing);
  if (months === null) return null;
  return { monthly: Math.max(1, Math.ceil(target.value / months)), basis: `over ${months} months` };
}

/** "by the end of the year" → 12, "in its first six months" → 6, "next quarter" → 3. */
function horizonMonths(timing: string | null): number | null {
  if (!timing) return null;
  const counted = timing.match(
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(months?|quarters?|years?)\b/i,
  );
  if (counted?.[1] && counted[2]) {
    const words = [
      'zero',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
    ];
    const count = /^\d+$/.test(counted[1])
      ? Number(counted[1])
      : counted[1] === 'eighteen'
        ? 18
        : words.indexOf(counted[1].toLowerCase());
    const unit = counted[2].toLowerCase();
    return count * (unit.startsWith('year') ? 12 : unit.startsWith('quarter') ? 3 : 1);
  }
  if (/\byear\b/i.test(timing)) return 12;
  if (/\bquarter\b/i.test(timing)) return 3;
  if (/\bmonth\b/i.test(timing)) return 1;
  return null;
}

const GOAL_KIND_LABELS: Record<ClientGoal['kind'], string> = {
  wholesale: 'winning wholesale accounts',
  leads: 'more enquiries',
  bookings: 'more bookings',
  'online-sales': 'online sales',
  awareness: 'being better known',
  other: 'their stated goal',
};

/**
 * Targets follow from the money, not from hope: leads = floor(core lead spend / target cost per
 * lead), revenue = core sales spend × target ROAS. The test budget is left out because it buys
 * learning, not results. Benchmarks are the industry's typical midpoint until the client has history.
 */
export function planGoals(options: PlanGoalsOptions): CampaignGoals {
  const { businessModel, playbook, industryLabel, leadCore, salesCore } = options;
  const formatMoney = (amount: number) => formatAmount(amount, options.currency ?? 'USD');
  const goal = options.clientGoal ?? null;
  const modelPrimary = primaryKpiFor(businessModel, playbook.bookings);
  const primary = goal ? primaryKpiForGoal(goal, modelPrimary) : modelPrimary;
  const { low, high } = playbook.kpi.costPerLead;
  const industryCost = Math.round((low + high) / 2);
  // The industry's typical cost is only a target when the platforms' own benchmarks can deliver it.
  const market = options.forecastCost ?? null;
  const outsideMarket =
    market !== null &&
    market.expected !== null &&
    (industryCost < market.low || (market.high !== null && industryCost > market.high));
  const benchmarkCost = outsideMarket ? Math.max(1, Math.round(market.expected!)) : industryCost;
  const benchmarkRoas = playbook.kpi.roas;
  const unit =
    primary === 'cost_per_booking'
      ? 'booking'
      : primary === 'cost_per_lead'
        ? 'lead'
        : playbook.bookings
          ? 'booking'
          : 'lead';
  const goalLeads = primary === 'cost_per_lead' || primary === 'cost_per_booking';
  const goalSales = primary === 'roas';

  const tracksLeads = (businessModel !== 'ecommerce-primary' || (goal !== null && goalLeads)) && leadCore > 0;
  const tracksSales =
    (businessModel === 'ecommerce-primary' || businessModel === 'hybrid' || (goal !== null && goalSales)) &&
    salesCore > 0;
  let monthlyLeads = tracksLeads ? Math.floor(leadCore / benchmarkCost) : null;
  let costPerLead = benchmarkCost;
  let monthlyRevenue = tracksSales ? Math.round(salesCore * benchmarkRoas) : null;
  let roas = benchmarkRoas;

  const secondary = [...SECONDARY_KPIS[primary]];
  if (businessModel === 'hybrid' && !goal) secondary.unshift('cost_per_lead', 'monthly_leads');
  if (goal?.kind === 'wholesale') secondary.unshift('wholesale_enquiries', 'qualified_b2b_leads');
  else if (goal?.audience === 'b2b' && goalLeads) secondary.unshift('qualified_b2b_leads');
  if (goal?.kind === 'awareness') secondary.unshift('reach', 'branded_search_volume');

  const reasons: string[] = [];
  if (goal) {
    reasons.push(
      `The client's main goal is ${GOAL_KIND_LABELS[goal.kind]} (“${goal.text}”), so ${KPI_WORDS[primary]} is the measure that matters.`,
    );
  } else {
    reasons.push(
      primary === 'roas'
        ? 'The business earns from online sales, so return on ad spend is the measure that matters.'
        : `The business wins customers through ${unit}s, so cost per ${unit} is the measure that matters.`,
    );
  }

  const targetGoal = options.targetGoal ?? null;
  const stated = targetGoal ? monthlyTarget(targetGoal) : null;
  const statedTarget = targetGoal?.target ?? null;
  let usedStated = false;
  if (targetGoal && stated && statedTarget?.measure === 'count' && monthlyLeads !== null && goalLeads) {
    // The cost target is what the budget allows for the client's number, never above the benchmark.
    // The client's number is a floor: when the budget buys more at the benchmark, the target is what it buys.
    const affordable = Math.max(1, Math.floor(leadCore / stated.monthly));
    const budgetLeads = Math.floor(leadCore / benchmarkCost);
    monthlyLeads = Math.max(stated.monthly, budgetLeads);
    costPerLead = Math.min(benchmarkCost, affordable);
    usedStated = true;
    reasons.push(
      `Target from the client: ${statedTarget.value} ${statedTarget.unit}${periodWords(targetGoal)}` +
        `${statedTarget.period === 'month' ? '.' : ` (${stated.monthly} a month).`} ${formatMoney(leadCore)} core spend ÷ ${stated.monthly} = ${formatMoney(affordable)} per ${unit} at most; ` +
        (affordable < low
          ? `that is below the typical ${formatMoney(low)}–${formatMoney(high)} for ${industryLabel.toLowerCase()}, so the target is a stretch at this budget.`
          : affordable < benchmarkCost
            ? `that is inside the typical ${formatMoney(low)}–${formatMoney(high)} for ${industryLabel.toLowerCase()}, below its midpoint, so the cost target is ${formatMoney(costPerLead)}.`
            : `at the benchmark ${formatMoney(costPerLead)} per ${unit} the budget buys about ${budgetLeads} ${unit}s a month, ` +
              (monthlyLeads > stated.monthly
                ? `so the target is ${monthlyLeads} ${unit}s a month, more than the client's ${stated.monthly}: not every ${unit} becomes one of their ${statedTarget.unit}.`
                : `so the target is the client's ${monthlyLeads} a month.`)),
    );
  } else if (
    targetGoal &&
    stated &&
    statedTarget?.measure === 'money' &&
    goalSales &&
    salesCore > 0 &&
    statedTarget.unit === (options.currency ?? 'USD')
  ) {
    monthlyRevenue = stated.monthly;
    roas = Math.max(0.1, Math.round((stated.monthly / salesCore) * 10) / 10);
    usedStated = true;
    reasons.push(
      `Target from the client: ${formatMoney(statedTarget.value)} in sales${periodWords(targetGoal)}. ` +
        `${formatMoney(stated.monthly)} ÷ ${formatMoney(salesCore)} core spend on sales campaigns = ROAS ${roas}× needed` +
        (roas > benchmarkRoas * 1.5
          ? `, well above the ${benchmarkRoas}× typical for the industry: a stretch at this budget.`
          : '.'),
    );
  } else if (statedTarget && targetGoal) {
    const money = statedTarget.measure === 'money';
    const otherCurrency = money && statedTarget.unit !== (options.currency ?? 'USD');
    reasons.push(
      `The client's own number (${money ? `${statedTarget.unit} ${statedTarget.value.toLocaleString('en-US')}` : `${statedTarget.value} ${statedTarget.unit}`}` +
        `${periodWords(targetGoal)}) is tracked alongside the targets below; ` +
        (otherCurrency
          ? `it is in ${statedTarget.unit} and the budget in ${options.currency ?? 'USD'}, so it is quoted, not converted.`
          : 'it does not translate into them directly.'),
    );
  }

  if (monthlyLeads !== null && !usedStated && outsideMarket) {
    reasons.push(
      `The typical ${formatMoney(low)}–${formatMoney(high)} per ${unit} for ${industryLabel.toLowerCase()} (midpoint ${formatMoney(industryCost)}) is outside what ` +
        `the ad platforms' benchmarks give for this budget (${formatMoney(market!.low)}–${market!.high === null ? 'more' : formatMoney(market!.high)}), ` +
        `so the target is their median ${formatMoney(costPerLead)} per ${unit}: ${formatMoney(leadCore)} core spend on ${unit} ` +
        `campaigns ÷ ${formatMoney(costPerLead)} = ${monthlyLeads} ${unit}s a month.`,
    );
  } else if (monthlyLeads !== null && !usedStated) {
    reasons.push(
      `Target cost per ${unit} ${formatMoney(costPerLead)} is the midpoint of the typical ${formatMoney(low)}–${formatMoney(high)} for ${industryLabel.toLowerCase()} ` +
        `(an industry benchmark, not the client's history): ${formatMoney(leadCore)} core spend on ${unit} ` +
        `campaigns ÷ ${formatMoney(costPerLead)} = ${monthlyLeads} ${unit}s a month.`,
    );
  }
  if (monthlyRevenue !== null && !(usedStated && statedTarget?.measure === 'money')) {
    reasons.push(
      `Target ROAS ${roas}× is a sensible first-quarter goal for the industry: ${formatMoney(salesCore)} core ` +
        `spend on sales campaigns × ${roas} = ${formatMoney(monthlyRevenue)} attributed revenue a month.`,
    );
  }
  reasons.push('The 15% test budget is excluded from targets because it buys learning, not results.');

  return {
    primary_kpi: primary,
    secondary_kpis: [...new Set(secondary)],
    targets: {
      monthly_leads: monthlyLeads,
      cost_per_lead: monthlyLeads !== null ? costPerLead : null,
      roas: monthlyRevenue !== null ? roas : null,
      monthly_revenue: monthlyRevenue,
    },
    rationale: reasons.join(' '),
  };
}

const KPI_WORDS: Record<PrimaryKpi, string> = {
  cost_per_lead: 'cost per lead',
  cost_per_booking: 'cost per booking',
  roas: 'return on ad spend',
  cost_per_acquisition: 'cost per acquisition',
};

function periodWords(goal: ClientGoal): string {
  const target = goal.target;
  if (target?.period) return target.period === 'month' ? ' a month' : ` a ${target.period}`;
  return goal.timing ? ` ${goal.timing}` : '';
}
