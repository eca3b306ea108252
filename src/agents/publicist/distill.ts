import { BrandConfig } from '../../schemas/brand-config.ts';
import { CreativePlan } from '../../schemas/creative-brief.ts';
import type { Workspace } from '../builder-agent.ts';
import type { PublicistInput } from './publicist-input.ts';

export const BRAND_CONFIG_PATH = 'brand-config.json';
export const CREATIVE_PLAN_PATH = 'creative/briefs/briefs.json';

/** Reads the brand config and the creative plan; both are required, a missing one fails the run. */
export async function distillPublicist(workspace: Workspace): Promise<PublicistInput> {
  const config = await workspace.readJson(BRAND_CONFIG_PATH, BrandConfig);
  const plan = await workspace.readJson(CREATIVE_PLAN_PATH, CreativePlan);
  return publicistInputFrom(config, plan);
}

/** The pure half of distillation: keeps what the documents quote, drops budgets per line, tracking and colours. */
export function publicistInputFrom(config: BrandConfig, plan: CreativePlan): PublicistInput {
  const { demographics, contact } = config;
  return {
    brand: {
      id: config.brand_id,
      name: config.brand_name,
      tagline: config.tagline,
      industry: config.industry,
      business_model: config.business_model,
      timezone: config.timezone,
      website: config.website,
      email: contact.email,
      phone: contact.phone,
    },
    offerings: config.offerings.map(({ name, description, price }) => ({ name, description, price })),
    audiences: [demographics.primary, demographics.secondary, demographics.tertiary].map(({ id, name }) => ({
      id,
      name,
    })),
    platforms: config.platforms.map(({ id, formats }) => ({ id, formats })),
    budget: { monthly: config.budget.monthly_total, currency: config.budget.currency },
    voice: config.brand_voice,
    places: { address: streetAddress(config), names: placeNames(config) },
    creative: {
      themes: plan.themes,
      pillars: plan.pillars.map(({ id, name, message, proof }) => ({ id, name, message, proof })),
      imagery: plan.visual_direction.imagery,
      avoid: plan.avoid,
      briefs: plan.briefs,
    },
  };
}

function streetAddress(config: BrandConfig): string | null {
  const address = config.contact.address;
  if (!address?.street) return null;
  return [address.street, address.city].filter(Boolean).join(', ');
}

// Zone names like "15 km around …" are for ad targeting; the client needs the places themselves.
function placeNames(config: BrandConfig): string[] {
  const names: string[] = [];
  const zones = [...config.geographic_strategy.zones].sort(
    (a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority],
  );
  for (const zone of zones) {
    const { city, region } = zone.place;
    if (zone.kind === 'country') continue;
    if (city) names.push(city);
    else if (region) names.push(region);
  }
  const city = config.contact.address?.city;
  if (city) names.push(city);
  if (names.length === 0) {
    for (const zone of zones) if (zone.place.country || zone.name) names.push(zone.name);
  }
  return [...new Set(names)];
}

const PRIORITY_ORDER = { primary: 0, secondary: 1, tertiary: 2 } as const;
