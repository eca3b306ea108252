import { BrandConfig } from '../../schemas/brand-config.ts';
import { BrandProfile } from '../../schemas/brand-profile.ts';
import { CompetitiveLandscape } from '../../schemas/competitive-landscape.ts';
import type { Workspace } from '../builder-agent.ts';
import type { CreativeInput } from './creative-input.ts';

export const BRAND_CONFIG_PATH = 'brand-config.json';
export const PROFILE_PATH = 'research/brand-profile.json';
export const LANDSCAPE_PATH = 'research/competitive-landscape.json';

const LOCAL_MODELS = new Set<BrandConfig['business_model']>(['brick-and-mortar-primary', 'hybrid']);

/** Reads the brand config, the profile and (when competitive intelligence ran) the landscape. */
export async function distillCreative(workspace: Workspace): Promise<CreativeInput> {
  const config = await workspace.readJson(BRAND_CONFIG_PATH, BrandConfig);
  const profile = await workspace.readJson(PROFILE_PATH, BrandProfile);
  const landscape = (await workspace.exists(LANDSCAPE_PATH))
    ? await workspace.readJson(LANDSCAPE_PATH, CompetitiveLandscape)
    : null;
  return creativeInputFrom(config, profile, landscape);
}

/** The pure half of distillation: what the creative work depends on, provenance dropped. */
export function creativeInputFrom(
  config: BrandConfig,
  profile: BrandProfile,
  landscape: CompetitiveLandscape | null,
): CreativeInput {
  const { demographics } = config;
  const years = profile.proof.years_in_business.value;
  const testimonials = profile.proof.testimonials.map(({ value }) => ({
    quote: value.quote,
    author: value.author,
  }));
  const credentials = profile.proof.credentials.map((item) => item.value);
  const valuePropositions = profile.value_propositions.map((item) => item.value);
  return {
    brand: {
      id: config.brand_id,
      name: config.brand_name,
      tagline: config.tagline,
      description: profile.description.value,
    },
    industry: config.industry,
    business_model: config.business_model,
    voice: config.brand_voice,
    colors: config.brand_colors,
    fonts: unique(profile.fonts.map((item) => item.value.trim()).filter(Boolean)),
    offerings: config.offerings,
    demographics: [demographics.primary, demographics.secondary, demographics.tertiary],
    platforms: config.platforms.map(({ id, objective, formats, demographics: targeted }) => ({
      id,
      objective,
      formats,
      demographics: targeted,
    })),
    primary_kpi: config.campaign_goals.primary_kpi,
    geography: {
      zones: config.geographic_strategy.zones.map((zone) => zone.name),
      places: placesOf(config),
      local: LOCAL_MODELS.has(config.business_model),
    },
    value_propositions: valuePropositions,
    proof: { testimonials, credentials, years_in_business: years },
    competition: landscape
      ? {
          differentiation: landscape.differentiation.map(({ point, evidence }) => ({ point, evidence })),
          gaps: landscape.gaps.map(({ gap, evidence }) => ({ gap, evidence })),
        }
      : null,
    source_text: [
      profile.name.value ?? config.brand_name,
      profile.tagline.value,
      profile.description.value,
      ...profile.offerings.flatMap(({ value }) => [value.name, value.description, value.price]),
      ...config.offerings.flatMap((offering) => [offering.name, offering.description, offering.price]),
      ...valuePropositions,
      ...testimonials.map((testimonial) => testimonial.quote),
      ...credentials,
      years === null ? null : `${years} years in business`,
    ]
      .filter((text): text is string => typeof text === 'string' && text.trim().length > 0)
      .join('\n'),
  };
}

/**
 * Cities first (they read best in an ad), then regions; each once. A country is not a place a local
 * ad names (and zones hold it as a code: "Acme Plumbing US" is not a headline).
 */
function placesOf(config: BrandConfig): string[] {
  const zones = config.geographic_strategy.zones;
  const address = config.contact.address;
  return unique([
    ...(address?.city ? [address.city] : []),
    ...zones.flatMap((zone) => (zone.place.city ? [zone.place.city] : [])),
    ...zones.flatMap((zone) => (zone.place.region ? [zone.place.region] : [])),
  ]);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
