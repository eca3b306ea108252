import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import { formatMoney } from '../../text/format-money.ts';
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

/**
 * Targets follow from the money, not from hope: leads = floor(core lead spend / target cost per
 * lead), revenue = core sales spend × target ROAS. The test budget is left out because it buys
 * learning, not results. Benchmarks are the industry's typical midpoint until the client has history.
 */
export function planGoals(options: PlanGoalsOptions): CampaignGoals {
  const { businessModel, playbook, industryLabel, leadCore, salesCore } = options;
  const primary = primaryKpiFor(businessModel, playbook.bookings);
  const { low, high } = playbook.kpi.costPerLead;
  const costPerLead = Math.round((low + high) / 2);
  const roas = playbook.kpi.roas;
  const unit = playbook.bookings ? 'booking' : 'lead';

  const tracksLeads = businessModel !== 'ecommerce-primary' && leadCore > 0;
  const tracksSales = (businessModel === 'ecommerce-primary' || businessModel === 'hybrid') && salesCore > 0;
  const monthlyLeads = tracksLeads ? Math.floor(leadCore / costPerLead) : null;
  const monthlyRevenue = tracksSales ? Math.round(salesCore * roas) : null;

  const secondary = [...SECONDARY_KPIS[primary]];
  if (businessModel === 'hybrid') secondary.unshift('cost_per_lead', 'monthly_leads');

  const reasons: string[] = [];
  reasons.push(
    primary === 'roas'
      ? 'The business earns from online sales, so return on ad spend is the measure that matters.'
      : `The business wins customers through ${unit}s, so cost per ${unit} is the measure that matters.`,
  );
  if (monthlyLeads !== null) {
    reasons.push(
      `Target cost per ${unit} ${formatMoney(costPerLead)} is the midpoint of the typical ${formatMoney(low)}–${formatMoney(high)} for ${industryLabel.toLowerCase()} ` +
        `(an industry benchmark, not the client's history): ${formatMoney(leadCore)} core spend on ${unit} ` +
        `campaigns ÷ ${formatMoney(costPerLead)} = ${monthlyLeads} ${unit}s a month.`,
    );
  }
  if (monthlyRevenue !== null) {
    reasons.push(
      `Target ROAS ${roas}× is a sensible first-quarter goal for the industry: ${formatMoney(salesCore)} core ` +
        `spend on sales campaigns × ${roas} = ${formatMoney(monthlyRevenue)} attributed revenue a month.`,
    );
  }
  reasons.push('The 15% test budget is excluded from targets because it buys learning, not results.');

  return {
    primary_kpi: primary,
    secondary_kpis: secondary,
    targets: {
      monthly_leads: monthlyLeads,
      cost_per_lead: monthlyLeads !== null ? costPerLead : null,
      roas: monthlyRevenue !== null ? roas : null,
      monthly_revenue: monthlyRevenue,
    },
    rationale: reasons.join(' '),
  };
}
