import { addDays, daysBetween, monthPosition } from '../../calendar/calendar-days.ts';
import type { PlatformCampaign } from '../../connectors/ad-platform.ts';
import { readPerformance, type StoredDay } from '../performance/performance-rows.ts';
import type { RuntimeContext } from '../runtime-context.ts';

/** Days of history the budget agents read (response curves need spend at several levels). */
export const HISTORY_DAYS = 42;
const RECENT_DAYS = 14;

export interface CampaignSnapshot {
  campaign_id: string;
  platform: string;
  status: 'active' | 'paused';
  daily_budget: number;
  started_on: string;
  /** Days since the campaign started delivering (0 on its first day). */
  days_live: number;
  spend_14d: number;
  conversions_14d: number;
  revenue_14d: number;
  cost_per_result_14d: number | null;
  roas_14d: number | null;
}

/** What the budget agents decide from, read once per cycle: the platform's campaigns and the store's history. */
export interface BudgetSituation {
  as_of: string;
  campaigns: CampaignSnapshot[];
  /** Campaign-level rows of the last HISTORY_DAYS days up to yesterday. */
  history: StoredDay[];
  month_to_date_spend: number;
  days_elapsed: number;
  days_in_month: number;
  leads_7d: number;
}

export async function readBudgetSituation(context: RuntimeContext, day: string): Promise<BudgetSituation> {
  const platformCampaigns: PlatformCampaign[] = await context.ads.listCampaigns();
  const yesterday = addDays(day, -1);
  const history = await readPerformance(context.store, context.brandId, {
    from: addDays(day, -HISTORY_DAYS),
    to: yesterday,
    level: 'campaign',
  });
  const month = monthPosition(day);
  const monthToDate = history
    .filter((row) => row.date >= month.firstDay)
    .reduce((sum, row) => sum + row.spend, 0);
  const recentFrom = addDays(day, -RECENT_DAYS);
  const campaigns = platformCampaigns.map((campaign): CampaignSnapshot => {
    const recent = history.filter((row) => row.campaign_id === campaign.id && row.date >= recentFrom);
    const spend = recent.reduce((sum, row) => sum + row.spend, 0);
    const conversions = recent.reduce((sum, row) => sum + row.conversions, 0);
    const revenue = recent.reduce((sum, row) => sum + row.revenue, 0);
    return {
      campaign_id: campaign.id,
      platform: campaign.platform,
      status: campaign.status,
      daily_budget: campaign.daily_budget,
      started_on: campaign.started_on,
      days_live: Math.max(0, daysBetween(campaign.started_on, day)),
      spend_14d: round(spend),
      conversions_14d: conversions,
      revenue_14d: round(revenue),
      cost_per_result_14d: conversions > 0 ? round(spend / conversions) : null,
      roas_14d: spend > 0 ? Math.round((revenue / spend) * 1000) / 1000 : null,
    };
  });
  const { rows } = await context.store.query<{ leads: number }>(
    `SELECT count(*)::int AS leads FROM leads WHERE brand_id = $1 AND submitted_at >= $2 AND submitted_at < $3`,
    [context.brandId, `${addDays(day, -7)}T00:00:00Z`, `${day}T00:00:00Z`],
  );
  return {
    as_of: day,
    campaigns,
    history,
    month_to_date_spend: round(monthToDate),
    days_elapsed: month.daysElapsed,
    days_in_month: month.daysInMonth,
    leads_7d: rows[0]?.leads ?? 0,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
