import type { Location } from '../../schemas/brand-profile.ts';
import type { FoundItem } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { cityMentionsIn } from './postal/read-postal-addresses.ts';
import type { SiteContext } from './site-context.ts';
import { normalizeKey } from './text-utils.ts';

/** Mountains, lakes and rivers are named like towns ("Mt. Hood, OR") but are not one. */
const NATURAL_FEATURE = /^(?:mt\.?|mount|lake|river|cape|point|glacier|valley|canyon)\s/i;
const MAX_LINES_PER_PAGE = 400;

/**
 * Where a business with no postal address says it is: "Cakes & Pastries in Asheville, NC" in its
 * title, headings or text. The place named most often wins (the earliest on a tie); a natural
 * feature gives its region only. Low confidence: a mention is not an address.
 */
export function mentionedPlaces(ctx: SiteContext, businessName: string | null): FoundItem<Location>[] {
  const tally = new Map<
    string,
    { location: Location; count: number; order: number; page: string; excerpt: string }
  >();
  let order = 0;
  for (const page of ctx.pages) {
    const texts = [
      page.title,
      page.meta.get('description') ?? '',
      ...page.lines.slice(0, MAX_LINES_PER_PAGE),
    ];
    for (const text of texts) {
      for (const { address, excerpt } of cityMentionsIn(text)) {
        const city = address.city && !NATURAL_FEATURE.test(address.city) ? address.city : null;
        const key = normalizeKey(`${city ?? ''} ${address.region ?? ''}`);
        const entry = tally.get(key);
        if (entry) entry.count += 1;
        else
          tally.set(key, {
            location: { name: businessName, address: { ...address, city }, geo: null },
            count: 1,
            order: order++,
            page: page.url,
            excerpt,
          });
      }
    }
  }
  const best = [...tally.values()].sort((a, b) => b.count - a.count || a.order - b.order)[0];
  if (!best) return [];
  return [
    found(best.location, Math.min(0.55, 0.35 + 0.05 * best.count), [
      evidence('text', best.page, 'place named in the text', best.excerpt),
    ]),
  ];
}
