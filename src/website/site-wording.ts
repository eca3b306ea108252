import { isClean } from '../creative/avoided-words.ts';
import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { cleanSentences, withoutSharedSentences } from '../text/clean-copy.ts';

/**
 * What the website may say of what research found: offering descriptions without button labels,
 * without sentences that use a word the brand avoids and without a disclaimer repeated under every
 * card; reviews and credentials that use an avoided word are left out whole (a cut quote misquotes).
 */
export function siteWording(
  config: BrandConfig,
  profile: BrandProfile | null,
): { config: BrandConfig; profile: BrandProfile | null } {
  const avoid = config.brand_voice.avoid;
  const clean = (text: string) => isClean(text, avoid);
  const descriptions = withoutSharedSentences(
    config.offerings.map((offering) => cleanSentences(offering.description ?? null, clean)),
  );
  const offerings = config.offerings.map((offering, index) => ({
    ...offering,
    description: descriptions[index] ?? null,
  }));
  const worded = profile && {
    ...profile,
    proof: {
      ...profile.proof,
      testimonials: profile.proof.testimonials.filter((item) => clean(item.value.quote)),
      credentials: profile.proof.credentials.filter((item) => clean(item.value)),
    },
  };
  return { config: { ...config, offerings }, profile: worded };
}
