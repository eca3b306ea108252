import { z } from 'zod';
import { PlatformId } from '../../schemas/brand-config.ts';
import { MAX_LAG_DAYS } from './conversion-lag.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Status = z.enum(['active', 'paused']);
const Amount = z.number().finite();
const PerLag = z.array(Amount).length(MAX_LAG_DAYS + 1);

const CampaignTruth = z.object({
  cpm: Amount,
  ctr: Amount,
  cvr: Amount,
  max_impressions: Amount,
  half_saturation: Amount,
  shape: Amount,
  reach: Amount,
  order_value: Amount.nullable(),
});

const CampaignState = z.object({
  id: z.string().min(1),
  platform: PlatformId,
  name: z.string(),
  utm_campaign: z.string().min(1),
  status: Status,
  daily_budget: Amount,
  /** The budget of the last day the campaign delivered (learning compares against it). */
  delivered_budget: Amount.nullable(),
  /** Last day of the current learning phase, if any. */
  learning_until: Day.nullable(),
  truth: CampaignTruth,
});

const AdState = z.object({
  id: z.string().min(1),
  campaign_id: z.string().min(1),
  status: Status,
  status_since: Day,
  /** The ad's fresh CTR as a multiple of its campaign's. */
  fresh_ctr: Amount,
  exposure: Amount,
});

/** One ad-day as simulated: conversions and revenue by how many days after the click they are reported. */
const StoredRow = z.object({
  date: Day,
  campaign_id: z.string(),
  ad_id: z.string(),
  impressions: z.number().int(),
  clicks: z.number().int(),
  spend: Amount,
  conversions: PerLag,
  revenue: PerLag,
});

/** A converting visitor who comes back to fill in the form on a later day. */
const PendingForm = z.object({
  due: Day,
  /** When the visitor comes back (UTC ISO). */
  at: z.string(),
  conversion_id: z.string(),
  visitor_id: z.string(),
  consented: z.boolean(),
  campaign_id: z.string(),
  /** The landing path and query, relative to the site URL (so a restored market may serve another origin). */
  landing: z.string(),
});

const Journey = z.object({
  conversion_id: z.string(),
  touches: z.array(z.object({ campaign_id: z.string(), at: z.string() })),
  converting_campaign_id: z.string(),
});

const TruthLedger = z.object({
  conversions_by_day: z.record(z.string(), z.number().int()),
  revenue_by_day: z.record(z.string(), Amount),
  impressions_by_day: z.record(z.string(), z.number().int()),
  fatigued_impressions_by_day: z.record(z.string(), z.number().int()),
  journeys: z.array(Journey),
});

/**
 * Everything a market needs to continue exactly where it was, as plain JSON. To keep it small,
 * per-ad rows older than 30 days before the last simulated day are dropped (dailyPerformance no longer
 * returns them), and only the last 7 days of borrowed visitors are kept; the truth ledger is kept whole.
 */
export const SandboxMarketState = z.object({
  version: z.literal(1),
  seed: z.number().int(),
  start_date: Day,
  timezone: z.string(),
  conversion_kind: z.enum(['leads', 'sales']),
  /** Ads per campaign running at the start (the oracle replays the market from there). */
  active_ads_per_campaign: z.number().int().min(0),
  failure: z.object({ callFailureRate: z.number().min(0).max(1), outageDayRate: z.number().min(0).max(1) }),
  seasonality: z.array(Amount).length(7),
  campaigns: z.array(CampaignState),
  ads: z.array(AdState),
  last_simulated_day: Day.nullable(),
  rows: z.array(StoredRow),
  pending_forms: z.array(PendingForm),
  /** Earlier visitors already used as a converter's previous touch (each person converts once). */
  borrowed_visitors: z.array(z.object({ day: Day, visitor_id: z.string() })),
  truth: TruthLedger,
  /** The most recent idempotency keys, oldest first. */
  idempotency_keys: z.array(z.string()),
  /** Which API call of the (client's) day comes next, for failure injection. */
  calls: z.object({ day: Day, count: z.number().int().min(0) }).nullable(),
});
export type SandboxMarketState = z.infer<typeof SandboxMarketState>;
export type CampaignState = z.infer<typeof CampaignState>;
export type AdState = z.infer<typeof AdState>;
export type StoredRow = z.infer<typeof StoredRow>;
export type PendingForm = z.infer<typeof PendingForm>;
export type Journey = z.infer<typeof Journey>;

/** How many days of per-ad rows the state keeps before the last simulated day. */
export const ROW_RETENTION_DAYS = 30;
/** How many idempotency keys the state remembers. */
export const REMEMBERED_KEYS = 1000;
