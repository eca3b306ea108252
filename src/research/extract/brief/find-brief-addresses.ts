import type { PostalAddress } from '../../../schemas/brand-profile.ts';
import type { FoundItem } from '../../../schemas/finding.ts';
import { found } from '../evidence.ts';
import { mergeFound } from '../merge-found.ts';
import { cityMentionsIn, postalAddressesIn } from '../postal/read-postal-addresses.ts';
import { normalizeKey } from '../text-utils.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

const POSTAL_CONFIDENCE = 0.85;
const CITY_CONFIDENCE = 0.7;

/**
 * Postal addresses in a brief (see postalAddressesIn for the countries and how they are read).
 * When the brief gives no postcode anywhere, "Portland, Oregon"-style mentions give city and region.
 */
export function findBriefAddresses(sentences: BriefSentence[]): FoundItem<PostalAddress>[] {
  const items: FoundItem<PostalAddress>[] = [];
  for (const sentence of sentences) {
    const text = sentence.label ? sentence.label.value : sentence.text;
    for (const { address, excerpt } of postalAddressesIn(text)) {
      items.push(found(address, POSTAL_CONFIDENCE, [briefSource(sentence, excerpt)]));
    }
  }
  if (items.length === 0) {
    for (const sentence of sentences) {
      const text = sentence.label ? sentence.label.value : sentence.text;
      for (const { address, excerpt } of cityMentionsIn(text)) {
        items.push(found(address, CITY_CONFIDENCE, [briefSource(sentence, excerpt)]));
      }
    }
  }
  return mergeFound(items, addressKey);
}

export function addressKey(address: PostalAddress): string {
  return normalizeKey([address.street, address.city, address.region, address.postalCode].join(' '));
}
