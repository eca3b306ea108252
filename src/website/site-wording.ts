import { isClean } from '../creative/avoided-words.ts';
import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { cleanSentences, withoutSharedSentences } from '../text/clean-copy.ts';
import { editCopy, isProse } from '../text/copy-editor/index.ts';

/** Whether research's words read as copy: no cut-off heading ("Perfect For"), slug or button label. */
function readsWell(text: string): boolean {
  return editCopy(text, { form: isProse(text) ? 'prose' : 'fragment' }).length === 0;
}

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
  const clean = (text: string) => isClean(text, avoid) && readsWell(text);
  // An offering whose name does not read as words ("Perfect For") is a heading research took for one.
  const named = config.offerings.filter((offering) => readsWell(offering.name));
  const kept = named.length > 0 ? named : config.offerings;
  const descriptions = withoutSharedSentences(
    kept.map((offering) => cleanSentences(offering.description ?? null, clean)),
  );
  const offerings = kept.map((offering, index) => ({
    ...offering,
    description: descriptions[index] ?? null,
  }));
  const worded = profile && {
    ...profile,
    value_propositions: profile.value_propositions.filter((item) => clean(item.value)),
    proof: {
      ...profile.proof,
      testimonials: profile.proof.testimonials.filter((item) => clean(item.value.quote)),
      credentials: profile.proof.credentials.filter((item) => clean(item.value)),
    },
  };
  return { config: { ...config, offerings }, profile: worded };
}
