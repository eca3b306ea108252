import { isDay } from '../../calendar/calendar-days.ts';
import { assertTimeZone } from '../../calendar/local-time.ts';
import { PLATFORM_BENCHMARKS } from '../../knowledge/platform-benchmarks.ts';
import type { DeliveryStatus } from '../ad-platform.ts';
import type { SandboxMarketOptions } from './sandbox-market-options.ts';

/** The site URL as a base that relative landing paths append to (always ending in `/`). */
export function siteBaseUrl(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(
      `sandbox: siteUrl must be an absolute URL such as http://127.0.0.1:3000/, got "${siteUrl}"`,
    );
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash)
    throw new Error(`sandbox: siteUrl must be an http(s) URL without query or fragment, got "${siteUrl}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function checkMarketOptions(options: Required<Omit<SandboxMarketOptions, 'visitors'>>): void {
  if (!Number.isSafeInteger(options.seed))
    throw new Error(`sandbox: seed must be an integer, got ${options.seed}`);
  checkDay(options.startDate, 'startDate');
  assertTimeZone(options.timezone);
  if (options.conversionKind !== 'leads' && options.conversionKind !== 'sales')
    throw new Error(`sandbox: conversionKind must be "leads" or "sales", got "${options.conversionKind}"`);
  if (!Number.isInteger(options.activeAdsPerCampaign) || options.activeAdsPerCampaign < 0)
    throw new Error(
      `sandbox: activeAdsPerCampaign must be a whole number ≥ 0, got ${options.activeAdsPerCampaign}`,
    );
  for (const rate of [options.failure.callFailureRate, options.failure.outageDayRate])
    if (!(rate >= 0 && rate <= 1))
      throw new Error(`sandbox: failure rates must be between 0 and 1, got ${rate}`);
  const seen = new Set<string>();
  for (const campaign of options.campaigns) {
    if (seen.has(campaign.id)) throw new Error(`sandbox: campaign "${campaign.id}" is listed twice`);
    seen.add(campaign.id);
    if (!Object.hasOwn(PLATFORM_BENCHMARKS, campaign.platform))
      throw new Error(`sandbox: campaign "${campaign.id}" is on unknown platform "${campaign.platform}"`);
    if (!Number.isFinite(campaign.daily_budget) || campaign.daily_budget < 0)
      throw new Error(`sandbox: campaign "${campaign.id}" needs a finite daily_budget ≥ 0`);
    if (!campaign.utm_campaign) throw new Error(`sandbox: campaign "${campaign.id}" needs a utm_campaign`);
  }
  const ads = new Set<string>();
  for (const ad of options.ads) {
    if (ads.has(ad.id)) throw new Error(`sandbox: ad "${ad.id}" is listed twice`);
    ads.add(ad.id);
    if (!seen.has(ad.campaign_id))
      throw new Error(`sandbox: ad "${ad.id}" belongs to unknown campaign "${ad.campaign_id}"`);
  }
}

export function checkDay(day: string, what: string): void {
  if (typeof day !== 'string' || !isDay(day))
    throw new Error(`sandbox: ${what} must be a day like 2026-03-01, got "${day}"`);
}

export function checkStatus(status: DeliveryStatus): DeliveryStatus {
  if (status !== 'active' && status !== 'paused')
    throw new Error(`sandbox: status must be "active" or "paused", got "${status}"`);
  return status;
}
