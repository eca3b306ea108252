import type { PlatformId } from '../../schemas/brand-config.ts';
import type { BrandSeed } from '../../store/index.ts';
import type { AgentRunContext } from '../builder-agent.ts';
import { adText } from './ad-text.ts';
import { campaignId } from './campaign-id.ts';
import type { DatabaseSchemaInput } from './database-schema-input.ts';

const PLATFORM_NAMES: Record<PlatformId, string> = {
  google: 'Google Ads',
  meta: 'Meta',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  microsoft: 'Microsoft Advertising',
  pinterest: 'Pinterest',
};

const PRIORITIES = ['primary', 'secondary', 'tertiary'] as const;

/**
 * The brand's graph as store rows: the brand, its three demographics, the geographic zones, the
 * platforms with their daily budgets, one campaign per platform × objective (with the platform's
 * daily budget) and one ad per ad-copy variant of a seeded campaign. Deterministic: same input, same rows.
 */
export function planSeed(input: DatabaseSchemaInput, context: AgentRunContext): BrandSeed {
  const demographics = PRIORITIES.map((priority) => {
    const { id, name, age_range, description, psychographics, media_habits, pain_points, motivations } =
      input.demographics[priority];
    return {
      id,
      name,
      priority,
      age_min: age_range.min,
      age_max: age_range.max,
      profile: { description, psychographics, media_habits, pain_points, motivations },
    };
  });

  const geoAreas = input.zones.map((zone) => ({
    id: zone.id,
    name: zone.name,
    kind: zone.kind,
    priority: zone.priority,
    budget_share: zone.budget_share,
    definition: { center: zone.center, radius_km: zone.radius_km, place: zone.place },
  }));

  const platforms = input.platforms.map((platform) => {
    const line = input.budget.allocation.find((candidate) => candidate.platform === platform.id);
    if (!line)
      context.note('warning', `Platform ${platform.id} has no budget line; it is seeded at 0 a day.`);
    return {
      id: platform.id,
      objective: platform.objective,
      budget_share: platform.budget_share,
      daily_budget: line?.daily ?? 0,
      formats: [...platform.formats],
      demographics: [...platform.demographics],
    };
  });

  const campaigns = platforms.map((platform) => {
    const id = campaignId(platform.id, platform.objective);
    return {
      id,
      platform: platform.id,
      objective: platform.objective,
      daily_budget: platform.daily_budget,
      name: `${PLATFORM_NAMES[platform.id as PlatformId] ?? platform.id} — ${capitalise(platform.objective)}`,
      utm_campaign: id,
    };
  });

  return {
    brand: { ...input.brand },
    demographics,
    geoAreas,
    platforms,
    campaigns,
    ads: planAds(input, new Set(campaigns.map((campaign) => campaign.id)), context),
  };
}

function planAds(input: DatabaseSchemaInput, campaignIds: Set<string>, context: AgentRunContext) {
  const { adCopy } = input;
  if (!adCopy) {
    context.note('warning', 'There is no creative/ad-copy.json yet: campaigns are seeded without ads.');
    return [];
  }
  if (adCopy.brand_id !== input.brand.id) {
    context.note(
      'warning',
      `creative/ad-copy.json belongs to "${adCopy.brand_id}", not "${input.brand.id}": no ads are seeded.`,
    );
    return [];
  }
  const ads: BrandSeed['ads'] = [];
  const orphans: string[] = [];
  for (const variant of adCopy.variants) {
    const campaign = campaignId(variant.platform, variant.objective);
    if (!campaignIds.has(campaign)) {
      orphans.push(variant.id);
      continue;
    }
    ads.push({ id: variant.id, campaign_id: campaign, variant_id: variant.id, ...adText(variant.fields) });
  }
  if (orphans.length > 0) {
    context.note(
      'warning',
      `Ad copy variants for campaigns the strategy no longer runs were not seeded: ${orphans.join(', ')}.`,
    );
  }
  return ads;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).replaceAll('-', ' ');
}
