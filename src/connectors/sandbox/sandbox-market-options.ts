import type { PlatformId } from '../../schemas/brand-config.ts';
import type { VisitorSink } from '../ad-platform.ts';
import { DEFAULT_FAILURE_RATES, type FailureRates } from './failure-injection.ts';

export interface SandboxCampaignSpec {
  id: string;
  platform: PlatformId;
  name: string;
  daily_budget: number;
  utm_campaign: string;
}

export interface SandboxAdSpec {
  id: string;
  campaign_id: string;
}

export interface SandboxMarketOptions {
  seed: number;
  campaigns: SandboxCampaignSpec[];
  ads: SandboxAdSpec[];
  /** First simulated day (YYYY-MM-DD, client's calendar). Campaigns start that day. */
  startDate: string;
  /** Client's IANA time zone: visitors' timestamps are local daytime hours converted to UTC. */
  timezone: string;
  /** 'leads' (a conversion is a form lead, revenue 0) or 'sales' (a purchase with revenue). */
  conversionKind: 'leads' | 'sales';
  /** Absolute base URL of the client's site, e.g. http://127.0.0.1:3000/ (for landing URLs). */
  siteUrl: string;
  /** Where visitors go; without it no events/forms are sent (the performance numbers are the same). */
  visitors?: VisitorSink;
  /** Active ads per campaign at start (the rest wait paused in reserve). Default 3. */
  activeAdsPerCampaign?: number;
  /** Chance an API call fails with TransientPlatformError, and the chance a whole day is an outage (every call that day fails). Defaults 0.02 and 1/45. */
  failure?: FailureRates;
  /** The clock the market uses to know which day it is for outages (injected; never the wall clock inside the logic). */
  now: () => Date;
}

export const SANDBOX_MARKET_DEFAULTS = {
  activeAdsPerCampaign: 3,
  failure: DEFAULT_FAILURE_RATES,
} satisfies Partial<SandboxMarketOptions>;
