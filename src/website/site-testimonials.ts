import type { BrandProfile } from '../schemas/brand-profile.ts';

export interface SiteTestimonial {
  quote: string;
  author: string | null;
}

/**
 * Every review and testimonial research found, once: quotes that are the same words (ignoring case,
 * punctuation and quote marks), or one a shortened form of another, count as one, the longer kept.
 * A quote holding a word on the brand's avoid list is left out: a customer's words are not edited.
 */
export function siteTestimonials(
  profile: BrandProfile | null,
  avoid: readonly string[] = [],
): SiteTestimonial[] {
  const kept: Array<SiteTestimonial & { key: string }> = [];
  const avoided = avoid.map(comparable).filter(Boolean);
  for (const { value } of profile?.proof.testimonials ?? []) {
    const quote = value.quote.replace(/\s+/g, ' ').trim();
    const key = comparable(quote);
    if (key.length === 0) continue;
    if (avoided.some((phrase) => ` ${key} `.includes(` ${phrase} `))) continue;
    const same = kept.findIndex((item) => item.key.includes(key) || key.includes(item.key));
    const author = value.author?.replace(/\s+/g, ' ').trim() || null;
    if (same === -1) kept.push({ quote, author, key });
    else if (key.length > kept[same]!.key.length)
      kept[same] = { quote, author: author ?? kept[same]!.author, key };
  }
  return kept.map(({ quote, author }) => ({ quote, author }));
}

/** Distinct facts by their words: "Board-certified" and "board certified." are one credential. */
export function distinctFacts(values: string[]): string[] {
  const kept: Array<{ value: string; key: string }> = [];
  for (const raw of values) {
    const value = raw.replace(/\s+/g, ' ').trim();
    const key = comparable(value);
    if (!key) continue;
    const same = kept.findIndex((item) => item.key.includes(key) || key.includes(item.key));
    if (same === -1) kept.push({ value, key });
    else if (key.length > kept[same]!.key.length) kept[same] = { value, key };
  }
  return kept.map((item) => item.value);
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
