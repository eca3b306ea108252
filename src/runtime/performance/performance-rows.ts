import type { PerformanceRow } from '../../connectors/ad-platform.ts';
import type { Queryable } from '../../store/index.ts';
import { toJsonParam } from '../../store/to-json-param.ts';

/**
 * Daily performance in the store: one row per day and ad as the platform reported it, plus one
 * per day and campaign (`ad_id = ''`) summing its ads. Re-reading a day replaces it, so the
 * conversions that arrive late (reported under the click day) land where they belong.
 */
export async function upsertPerformance(
  db: Queryable,
  brandId: string,
  source: string,
  rows: readonly PerformanceRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const campaignRows = new Map<string, PerformanceRow>();
  for (const row of rows) {
    const key = `${row.date}|${row.campaign_id}`;
    const total = campaignRows.get(key) ?? {
      date: row.date,
      campaign_id: row.campaign_id,
      ad_id: '',
      impressions: 0,
      clicks: 0,
      spend: 0,
      conversions: 0,
      revenue: 0,
    };
    total.impressions += row.impressions;
    total.clicks += row.clicks;
    total.spend += row.spend;
    total.conversions += row.conversions;
    total.revenue += row.revenue;
    campaignRows.set(key, total);
  }
  const all = [...rows, ...campaignRows.values()].map((row) => ({
    ...row,
    spend: Math.round(row.spend * 100) / 100,
    revenue: Math.round(row.revenue * 100) / 100,
  }));
  await db.query(
    `INSERT INTO daily_performance (brand_id, day, campaign_id, ad_id, impressions, clicks, spend, conversions,
                                    revenue, source)
     SELECT $1, date::date, campaign_id, ad_id, impressions, clicks, spend, conversions, revenue, $3
     FROM jsonb_to_recordset($2::jsonb) AS r(date text, campaign_id text, ad_id text, impressions bigint,
                                              clicks bigint, spend numeric, conversions numeric, revenue numeric)
     ON CONFLICT (brand_id, day, campaign_id, ad_id) DO UPDATE
       SET impressions = excluded.impressions, clicks = excluded.clicks, spend = excluded.spend,
           conversions = excluded.conversions, revenue = excluded.revenue, source = excluded.source`,
    [brandId, toJsonParam(all), source],
  );
  return all.length;
}

export interface StoredDay {
  date: string;
  campaign_id: string;
  ad_id: string;
  impressions: number;
  clicks: number;
  spend: number;
  conversions: number;
  revenue: number;
}

/** Rows from `from` to `to` inclusive: campaign totals (`level: 'campaign'`) or per ad. */
export async function readPerformance(
  db: Queryable,
  brandId: string,
  range: { from: string; to: string; level: 'campaign' | 'ad' },
): Promise<StoredDay[]> {
  const { rows } = await db.query<{
    date: string;
    campaign_id: string;
    ad_id: string;
    impressions: string;
    clicks: string;
    spend: string;
    conversions: string;
    revenue: string;
  }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS date, campaign_id, ad_id, impressions, clicks, spend, conversions, revenue
     FROM daily_performance
     WHERE brand_id = $1 AND day BETWEEN $2::date AND $3::date AND (ad_id = '') = $4
     ORDER BY day, campaign_id, ad_id`,
    [brandId, range.from, range.to, range.level === 'campaign'],
  );
  return rows.map((row) => ({
    date: row.date,
    campaign_id: row.campaign_id,
    ad_id: row.ad_id,
    impressions: Number(row.impressions),
    clicks: Number(row.clicks),
    spend: Number(row.spend),
    conversions: Number(row.conversions),
    revenue: Number(row.revenue),
  }));
}
