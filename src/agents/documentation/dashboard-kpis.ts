import { isShipped } from '../../capabilities/index.ts';
import { formatAmount } from '../../proposal/format-amount.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';

/** A level-1 dashboard card: what it counts, how to read it, and the plan's target when there is one. */
export interface DashboardKpi {
  key: 'leads' | 'cost_per_lead' | 'hot_leads' | 'revenue' | 'roas' | 'purchases' | 'spend_vs_plan';
  label: string;
  meaning: string;
  target: string | null;
}

/**
 * The (at most four) cards of the 30-second view, routed by business model (DESIGN §4): leads and
 * cost per lead for lead businesses, revenue and ROAS for e-commerce, both for hybrid.
 */
export function dashboardKpis(config: BrandConfig): DashboardKpi[] {
  const { targets, primary_kpi } = config.campaign_goals;
  const { currency, monthly_total } = config.budget;
  const bookings = primary_kpi === 'cost_per_booking';
  const noun = bookings ? 'bookings' : 'leads';
  const leads: DashboardKpi = {
    key: 'leads',
    label: bookings ? 'Bookings' : 'Leads',
    meaning: `New ${noun} from the website forms, calls and lead ads in the period.`,
    target: targets.monthly_leads !== null ? `${targets.monthly_leads} a month` : null,
  };
  const costPerLead: DashboardKpi = {
    key: 'cost_per_lead',
    label: bookings ? 'Cost per booking' : 'Cost per lead',
    meaning: `Ad spend divided by ${noun}; lower is better.`,
    target: targets.cost_per_lead !== null ? `about ${formatAmount(targets.cost_per_lead, currency)}` : null,
  };
  const hotLeads: DashboardKpi = {
    key: 'hot_leads',
    label: 'Hot leads',
    meaning: 'Leads scored above 90 out of 100: the ones to call back first.',
    target: null,
  };
  const revenue: DashboardKpi = {
    key: 'revenue',
    label: 'Revenue from ads',
    meaning: 'Sales attributed to the ads, counting every channel a buyer touched.',
    target:
      targets.monthly_revenue !== null ? `${formatAmount(targets.monthly_revenue, currency)} a month` : null,
  };
  const roas: DashboardKpi = {
    key: 'roas',
    label: 'Return on ad spend',
    meaning: 'Revenue from ads divided by ad spend: 3.0 means three back for every one spent.',
    target: targets.roas !== null ? `${targets.roas.toFixed(1)}×` : null,
  };
  const purchases: DashboardKpi = {
    key: 'purchases',
    label: 'Purchases',
    meaning: 'Orders attributed to the ads.',
    target: null,
  };
  const spend: DashboardKpi = {
    key: 'spend_vs_plan',
    label: 'Spend against plan',
    meaning: 'What has been spent so far this month against the pace of the monthly budget.',
    target: `${formatAmount(monthly_total, currency)} a month`,
  };
  switch (config.business_model) {
    case 'ecommerce-primary':
      return [revenue, roas, purchases, spend];
    case 'hybrid':
      return [leads, costPerLead, revenue, roas];
    default:
      return isShipped('leadScoring') ? [leads, costPerLead, hotLeads, spend] : [leads, costPerLead, spend];
  }
}
