import type { BrandProfile } from '../../schemas/brand-profile.ts';

/** Names every field that came back empty, so "not found" is said plainly instead of implied. */
export function listUnknowns(profile: BrandProfile): string[] {
  const checks: [string, boolean][] = [
    ['name', profile.name.value === null],
    ['tagline', profile.tagline.value === null],
    ['description', profile.description.value === null],
    ['offerings', profile.offerings.length === 0],
    ['value_propositions', profile.value_propositions.length === 0],
    ['proof.testimonials', profile.proof.testimonials.length === 0],
    ['proof.credentials', profile.proof.credentials.length === 0],
    ['proof.years_in_business', profile.proof.years_in_business.value === null],
    ['tone_of_voice', profile.tone_of_voice.value === null],
    ['colors', profile.colors.length === 0],
    ['fonts', profile.fonts.length === 0],
    ['logo', profile.logo.value === null],
    ['images', profile.images.length === 0],
    ['contact.phones', profile.contact.phones.length === 0],
    ['contact.emails', profile.contact.emails.length === 0],
    ['contact.addresses', profile.contact.addresses.length === 0],
    ['locations', profile.locations.length === 0],
    ['social_links', profile.social_links.length === 0],
    ['industry', profile.industry.value === null],
    ['business_model', profile.business_model.value === null],
  ];
  return checks.filter(([, missing]) => missing).map(([field]) => field);
}
