import type { Day } from '../calendar/calendar-days.ts';
import type { PlatformId } from '../schemas/brand-config.ts';

export type { Day };

export type DeliveryStatus = 'active' | 'paused';

export interface PlatformCampaign {
  id: string;
  platform: PlatformId;
  name: string;
  status: DeliveryStatus;
  daily_budget: number;
  /** The first day the campaign delivered. */
  started_on: Day;
}

export interface PlatformAd {
  id: string;
  campaign_id: string;
  status: DeliveryStatus;
  /** The last day the ad's status changed (its rest starts here when paused). */
  status_since: Day;
}

/**
 * One ad's results for one day, as the platform reports them: conversions by the day of the
 * click, so a day's conversions keep arriving for a few days after it (re-read recent days).
 */
export interface PerformanceRow {
  date: Day;
  campaign_id: string;
  ad_id: string;
  impressions: number;
  clicks: number;
  spend: number;
  conversions: number;
  revenue: number;
}

/**
 * What the runtime needs from an ad platform (DESIGN §5). Mutations take an idempotency key: the
 * same key twice changes nothing the second time, so a retried call never applies twice.
 */
export interface AdPlatformConnector {
  /** `sandbox`, `google-ads`, `meta`, … (the `source` of stored performance rows). */
  readonly name: string;
  listCampaigns(): Promise<PlatformCampaign[]>;
  listAds(): Promise<PlatformAd[]>;
  /** Per-ad rows for every day from `from` to `to` inclusive (complete days only). */
  dailyPerformance(range: { from: Day; to: Day }): Promise<PerformanceRow[]>;
  setCampaignBudget(campaignId: string, dailyBudget: number, idempotencyKey: string): Promise<void>;
  setCampaignStatus(campaignId: string, status: DeliveryStatus, idempotencyKey: string): Promise<void>;
  setAdStatus(adId: string, status: DeliveryStatus, idempotencyKey: string): Promise<void>;
}

/** A platform error worth retrying (rate limit, timeout, 5xx); anything else fails at once. */
export class TransientPlatformError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientPlatformError';
  }
}

/**
 * Where the sandbox market's visitors go: the client's own site, through the same code path as a
 * browser (`POST /api/events`, `POST /api/forms/:form`). `at` is when the visitor acted.
 */
export interface VisitorSink {
  /** Tracking events as the site's script sends them (at most 100 a batch). */
  sendEvents(events: import('../schemas/tracking-event.ts').TrackingEvent[], at: Date): Promise<void>;
  /** A url-encoded form post with the visible and hidden fields a generated form carries. */
  submitForm(form: string, fields: Record<string, string>, at: Date): Promise<void>;
}
