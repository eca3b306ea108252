import type { BrandConfig, Demographic, PlatformId } from '../../schemas/brand-config.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';

export type PlatformObjective = BrandConfig['platforms'][number]['objective'];

export interface CreativePlatform {
  id: PlatformId;
  objective: PlatformObjective;
  formats: string[];
  /** Demographic ids of `demographics`, in the strategist's order. */
  demographics: string[];
}

/**
 * What the creative director is given: the strategy's audiences, platforms and voice, and the
 * research facts every claim must come from. Everything its output depends on is here.
 */
export interface CreativeInput {
  brand: {
    id: string;
    name: string;
    tagline: string | null;
    description: string | null;
  };
  industry: { key: string; label: string };
  business_model: BusinessModel;
  voice: BrandConfig['brand_voice'];
  colors: BrandConfig['brand_colors'];
  /** Font families the site uses, most used first; empty when research found none. */
  fonts: string[];
  offerings: BrandConfig['offerings'];
  /** Primary, secondary, tertiary. */
  demographics: Demographic[];
  platforms: CreativePlatform[];
  primary_kpi: BrandConfig['campaign_goals']['primary_kpi'];
  geography: {
    /** The geo zones' names, primary first. */
    zones: string[];
    /** Place names usable in copy (cities first, then regions, then countries). */
    places: string[];
    /** True when customers come to the business (or it comes to them): place names belong in the copy. */
    local: boolean;
  };
  value_propositions: string[];
  proof: {
    testimonials: Array<{ quote: string; author: string | null }>;
    credentials: string[];
    years_in_business: number | null;
  };
  /** Null when competitive intelligence has not run. */
  competition: {
    differentiation: Array<{ point: string; evidence: string }>;
    gaps: Array<{ gap: string; evidence: string }>;
  } | null;
  /** The profile's own words joined: every factual claim in copy must be found here. */
  source_text: string;
}
