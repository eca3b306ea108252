import type { VisitorSink } from '../../connectors/ad-platform.ts';
import { createSandboxMarket, type SandboxMarket } from '../../connectors/sandbox/sandbox-market.ts';
import type { PlatformId } from '../../schemas/brand-config.ts';
import type { ClientSetup } from '../client-setup.ts';

/** Where the market's visitors say they landed (the address `factory serve` uses by default). */
export const SANDBOX_SITE_URL = 'http://127.0.0.1:3000/';

/** A new sandbox market for a built client: its campaigns and ads as the store was seeded. */
export function clientSandboxMarket(
  setup: ClientSetup,
  options: { seed: number; startDate: string; now: () => Date; visitors?: VisitorSink },
): SandboxMarket {
  return createSandboxMarket({
    seed: options.seed,
    campaigns: setup.seed.campaigns.map((campaign) => ({
      id: campaign.id,
      platform: campaign.platform as PlatformId,
      name: campaign.name,
      daily_budget: campaign.daily_budget,
      utm_campaign: campaign.utm_campaign,
    })),
    ads: setup.seed.ads.map((ad) => ({ id: ad.id, campaign_id: ad.campaign_id })),
    startDate: options.startDate,
    timezone: setup.policy.timezone,
    conversionKind: setup.conversionKind,
    siteUrl: SANDBOX_SITE_URL,
    now: options.now,
    ...(options.visitors ? { visitors: options.visitors } : {}),
  });
}
