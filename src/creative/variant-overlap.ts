import type { AdVariant } from '../schemas/ad-copy.ts';

/** Two ads of one campaign that a viewer would take for the same ad, or one ad padded with filler. */
export interface VariantOverlap {
  ids: [string] | [string, string];
  message: string;
}

// Words of a call to action with nothing of the business in it ("Visit Us Today", "Learn More").
const FILLER_WORDS = new Set(
  'a an the us our now today online here more learn visit contact call book get in touch shop find out see discover click start join sign up enquire inquire apply order buy try explore check'.split(
    ' ',
  ),
);

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Words that pad a call to action without changing it ("Visit Us Today", "Visit Us Online").
const PADDING = new Set('a an the us our now today online here more'.split(' '));

/** The headlines of one ad that say the same call to action again with padding ("Visit Us / Visit Us Today"). */
export function paddedRepeats(headlines: readonly string[]): string[] {
  const byCore = new Map<string, string[]>();
  for (const headline of headlines) {
    const core = fold(headline)
      .split(' ')
      .filter((word) => word && !PADDING.has(word))
      .join(' ');
    byCore.set(core, [...(byCore.get(core) ?? []), headline]);
  }
  return [...byCore.values()].filter((group) => group.length > 1).flat();
}

/** A headline made only of generic call-to-action words. */
export function isFillerHeadline(headline: string): boolean {
  const words = fold(headline).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => FILLER_WORDS.has(word));
}

/** Headlines (RSA) or the primary text (Meta) that make two ads of one campaign the same ad. */
function sharedShare(a: AdVariant, b: AdVariant): number | null {
  if ((a.fields.kind === 'google-rsa' || a.fields.kind === 'microsoft-rsa') && 'headlines' in b.fields) {
    const left = new Set(a.fields.headlines.map(fold));
    const right = new Set(b.fields.headlines.map(fold));
    const shared = [...left].filter((headline) => right.has(headline)).length;
    return shared / Math.min(left.size, right.size);
  }
  if (a.fields.kind === 'meta' && b.fields.kind === 'meta')
    return fold(a.fields.primary_text) === fold(b.fields.primary_text) ? 1 : 0;
  return null;
}

/**
 * Within one ad group (a platform's campaign × an audience), the pairs of ads that are not distinct: Google and Microsoft ads
 * sharing more than half their headlines, Meta ads with the same primary text; and search ads with
 * more than one filler headline.
 *
 * @example variantOverlaps(adCopy.variants).map((overlap) => overlap.message)
 */
export function variantOverlaps(variants: readonly AdVariant[]): VariantOverlap[] {
  const overlaps: VariantOverlap[] = [];
  for (const [index, a] of variants.entries()) {
    if ('headlines' in a.fields) {
      const fillers = a.fields.headlines.filter(isFillerHeadline);
      if (fillers.length > 1)
        overlaps.push({
          ids: [a.id],
          message: `${fillers.length} filler headlines (${fillers.join(' / ')})`,
        });
      const padded = paddedRepeats(a.fields.headlines);
      if (padded.length > 0)
        overlaps.push({
          ids: [a.id],
          message: `headlines that repeat one call to action (${padded.join(' / ')})`,
        });
    }
    for (const b of variants.slice(index + 1)) {
      // One ad group: the same campaign (platform) and audience. Across audiences the engine still
      // prefers new lines, but two audiences may hear the same offer in the same words.
      if (b.platform !== a.platform || b.demographic !== a.demographic) continue;
      const share = sharedShare(a, b);
      if (share === null) continue;
      if (a.fields.kind === 'meta' && share === 1)
        overlaps.push({ ids: [a.id, b.id], message: 'the same primary text' });
      else if (a.fields.kind !== 'meta' && share > 0.5)
        overlaps.push({
          ids: [a.id, b.id],
          message: `${Math.round(share * 100)}% of their headlines are shared`,
        });
    }
  }
  return overlaps;
}

/** The share of variants that overlap no other variant of their ad group (1 when there are none). */
export function distinctVariantShare(variants: readonly AdVariant[]): number {
  if (variants.length === 0) return 1;
  const overlapping = new Set(
    variantOverlaps(variants)
      .filter((overlap) => overlap.ids.length === 2)
      .flatMap((overlap) => overlap.ids),
  );
  return (variants.length - overlapping.size) / variants.length;
}
