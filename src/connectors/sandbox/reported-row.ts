import { daysBetween } from '../../calendar/calendar-days.ts';
import type { Day, PerformanceRow } from '../ad-platform.ts';
import type { StoredRow } from './market-state.ts';

/** A stored ad-day as the platform reports it once `through` is simulated: only the conversions that have arrived. */
export function reportedRow(row: StoredRow, through: Day): PerformanceRow {
  const arrived = Math.min(daysBetween(row.date, through), row.conversions.length - 1);
  let conversions = 0;
  let revenue = 0;
  for (let lag = 0; lag <= arrived; lag += 1) {
    conversions += row.conversions[lag]!;
    revenue += row.revenue[lag]!;
  }
  return {
    date: row.date,
    campaign_id: row.campaign_id,
    ad_id: row.ad_id,
    impressions: row.impressions,
    clicks: row.clicks,
    spend: row.spend,
    conversions,
    revenue: Math.round(revenue * 100) / 100,
  };
}
