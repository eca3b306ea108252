import type { BrandProfile } from '../../src/schemas/brand-profile.ts';
import type { Finding, FoundItem } from '../../src/schemas/finding.ts';

/** Small builders for hand-written brand profiles in tests: every value cites a page, as research would. */
export const PAGE = 'https://example.test/';

export function found<T>(value: T): Finding<T> {
  return { value, confidence: 0.9, sources: [{ kind: 'json-ld', page: PAGE }] };
}

export function item<T>(value: T): FoundItem<T> {
  return { value, confidence: 0.9, sources: [{ kind: 'html', page: PAGE }] };
}

export const none = <T>(): Finding<T> => ({ value: null, confidence: 0, sources: [] });

export function emptyProfile(): BrandProfile {
  return {
    schema_version: 1,
    source: { kind: 'site', url: PAGE, pages: [PAGE] },
    name: none(),
    tagline: none(),
    description: none(),
    offerings: [],
    value_propositions: [],
    proof: { testimonials: [], credentials: [], years_in_business: none() },
    tone_of_voice: none(),
    colors: [],
    fonts: [],
    logo: none(),
    images: [],
    contact: { phones: [], emails: [], addresses: [] },
    locations: [],
    social_links: [],
    industry: none(),
    business_model: none(),
    unknowns: [],
  };
}
