import { z } from 'zod';
import type { AdCopy, AdFields, AdVariant } from '../schemas/ad-copy.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import type { ReservedLandingPage, SitePlan } from './site-plan.ts';

/** The words of one campaign landing page: its headline and offer continue the ad's promise. */
export const LandingCopy = z.object({
  campaign: z.string().regex(/^[a-z0-9-]+$/),
  headline: z.string().min(1),
  offer: z.string().min(1),
  /** Proof points from the profile (never new claims). */
  proof: z.array(z.string().min(1)),
  cta_label: z.string().min(1),
  /** Ids of the ad variants whose copy the page matches; empty when the campaign has no ad copy yet. */
  matched_variants: z.array(z.string()),
});
export type LandingCopy = z.infer<typeof LandingCopy>;

export const LandingPages = z.object({ pages: z.array(LandingCopy) });
export type LandingPages = z.infer<typeof LandingPages>;

/** The headline-like texts of an ad, whatever the platform. */
export function adHeadlines(fields: AdFields): string[] {
  switch (fields.kind) {
    case 'google-rsa':
    case 'microsoft-rsa':
      return fields.headlines;
    case 'meta':
    case 'linkedin':
      return [fields.headline];
    case 'tiktok':
      return [fields.ad_text];
    case 'youtube':
      return [fields.headline, fields.long_headline];
    case 'pinterest':
      return [fields.title];
  }
}

/** The offer-like texts of an ad (descriptions, primary text), whatever the platform. */
export function adOffers(fields: AdFields): string[] {
  switch (fields.kind) {
    case 'google-rsa':
    case 'microsoft-rsa':
      return fields.descriptions;
    case 'meta':
      return [fields.primary_text, fields.description].filter(Boolean);
    case 'linkedin':
      return [fields.intro];
    case 'tiktok':
      return [fields.ad_text];
    case 'youtube':
      return [fields.description];
    case 'pinterest':
      return [fields.description];
  }
}

/** The ad variants that send visitors to a landing page (by its final URL path, or platform × objective). */
export function variantsFor(landing: ReservedLandingPage, adCopy: AdCopy | null | undefined): AdVariant[] {
  return (adCopy?.variants ?? []).filter(
    (variant) =>
      variant.final_url_path.replace(/\/$/, '') === landing.path ||
      (variant.platform === landing.platform && variant.objective === landing.objective),
  );
}

/**
 * The offline landing copy: the first matching variant's headline and offer, word for word, so the
 * page continues the ad; proof from the profile. A campaign without ad copy falls back to the home
 * page's wording, and says so in `matched_variants: []`.
 */
export function writeLandingCopy(
  plan: SitePlan,
  adCopy: AdCopy | null | undefined,
  profile: BrandProfile | null,
): LandingPages {
  const home = plan.pages.find((page) => page.key === 'home')!;
  const proof = [
    ...(profile?.value_propositions.map((item) => item.value) ?? []),
    ...(profile?.proof.credentials.map((item) => item.value) ?? []),
  ].slice(0, 4);
  const ctaLabel =
    plan.conversion === 'purchase'
      ? 'Shop now'
      : plan.conversion === 'booking'
        ? 'Request a booking'
        : 'Get in touch';
  return {
    pages: plan.landing_pages.map((landing) => {
      const variants = variantsFor(landing, adCopy);
      const first = variants[0];
      return {
        campaign: landing.campaign,
        headline: first ? adHeadlines(first.fields)[0]! : home.heading,
        offer: first ? (adOffers(first.fields)[0] ?? home.intro) : home.intro,
        proof,
        cta_label: ctaLabel,
        matched_variants: variants.map((variant) => variant.id),
      };
    }),
  };
}

/** Lower-case words of three letters or more, for the "shares a key phrase" message-match check. */
export function keyWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3),
  );
}
