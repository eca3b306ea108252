import type { IndustryKey } from '../../research/industry-keys.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';

/** A sentence of the client's own text that names another business in a comparative way. */
export interface CompetitorMention {
  /** The proper-noun name as written. */
  name: string;
  /** The comparative phrase that introduced it ("unlike", "compared to", "competitors:" …). */
  cue: string;
  /** A short quote around the name, at most 200 characters. */
  excerpt: string;
  /** The page URL, or `brief` for the brief file. */
  page: string;
  origin: 'site' | 'brief';
}

/** A piece of the brand profile used as evidence, with where the profile found it. */
export interface Evidence {
  text: string;
  page: string | null;
}

/** What competitive intelligence is given: the profile's essentials and the comparative excerpts. */
export interface CompetitiveInput {
  brand_name: string;
  /** Other spellings of the brand (site name, domain words) that must never be listed as competitors. */
  brand_aliases: string[];
  industry: { key: IndustryKey; label: string };
  business_model: BusinessModel | null;
  source_kind: 'site' | 'brief';
  website: string | null;
  locations: Array<{ city: string | null; region: string | null; country: string | null }>;
  offerings: string[];
  value_propositions: Evidence[];
  tagline: Evidence | null;
  description: Evidence | null;
  proof: {
    years_in_business: { years: number; page: string | null } | null;
    credentials: Evidence[];
    testimonial_count: number;
  };
  mentions: CompetitorMention[];
}
