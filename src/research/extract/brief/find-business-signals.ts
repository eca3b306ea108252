import type { PostalAddress } from '../../../schemas/brand-profile.ts';
import type { FoundItem, Source } from '../../../schemas/finding.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

/** How a brief says the business sells online. Each phrase counts once. */
const COMMERCE = [
  /\bonline\s+(?:[\p{L}-]+\s+){0,2}(?:shop|store|boutique|retailer)\b/iu,
  /\b(?:e-?commerce|shopify|woocommerce|etsy|bigcommerce|squarespace commerce)\b/i,
  /\bship(?:s|ped|ping)?\s+(?:(?:free|for free|fast|quickly|same-day|next-day)\s+)?(?:nationwide|worldwide|internationally|overseas|[\p{L}-]+-wide|across the (?:country|us|uk|state)|to your door|anywhere)/iu,
  /\b(?:sell|sells|selling|order|ordering)\s+(?:[\p{L}-]+\s+){0,3}online\b|\bonline orders?\b/iu,
  /\borders?\s+(?:go out|ship|are dispatched|are shipped|dispatch)|\bdispatch(?:ed)?\b/i,
  /\b(?:checkout|add to (?:cart|basket)|free (?:shipping|delivery) (?:over|on orders))\b/i,
  /\b(?:ship|deliver|post)(?:s|ped|ping)?\s+(?:every|each|all|most|your)\s+orders?\b/i,
  /\b(?:customers|shoppers|buyers|clients)\s+(?:all\s+)?(?:across|around|throughout|all over)\s+(?:the\s+)?(?:country|world|nation|united states|us|usa|uk|united kingdom|canada|australia|new zealand|ireland|europe)\b/i,
];
/** How a brief says customers come to a place or are served in an area. */
const LOCAL =
  /\b(storefront|shops? (?:in|on|at)|two shops|(?:our|the) (?:shop|store|café|cafe|bakery|clinic|studio|showroom|salon|practice|premises|restaurant|office)|visit us|walk-ins?|come in|serving|service area|across [\p{Lu}]|locals?|neighbourhood|neighborhood|in person)\b/iu;

export interface BusinessSignals {
  commerce: Source[];
  local: Source[];
}

/**
 * The facts the business model is decided on. A plan ("we want to sell online") is not a fact
 * about how the business sells today, so goal sentences do not count.
 */
export function findBusinessSignals(
  sentences: BriefSentence[],
  addresses: FoundItem<PostalAddress>[],
  isGoal: (sentence: BriefSentence) => boolean,
): BusinessSignals {
  const commerce: Source[] = [];
  // A street address is a place customers can come to; a town named in passing is not.
  const local: Source[] = addresses
    .filter((address) => address.value.street)
    .flatMap((address) => address.sources.slice(0, 1));
  for (const sentence of sentences) {
    if (isGoal(sentence)) continue;
    for (const pattern of COMMERCE) {
      const match = sentence.text.match(pattern);
      if (match) commerce.push(briefSource(sentence, match[0]));
    }
    const place = sentence.text.match(LOCAL);
    if (place) local.push(briefSource(sentence, place[0]));
  }
  return { commerce, local };
}
