import type { CheerioAPI } from 'cheerio';
import { cleanText } from './text-utils.ts';

/** A price as shops write it: "$14.00", "£9", "1,200 INR". */
export const CARD_PRICE =
  /(?:[$€£₹]\s?\d[\d,]*(?:\.\d{2})?|\d[\d,]*(?:\.\d{2})?\s?(?:USD|EUR|GBP|AUD|CAD|NZD|INR))/;
const HEADINGS = 'h2, h3, h4, h5';
const MAX_CARD_CHARS = 600;

export interface PricedCard {
  name: string;
  /** The card's other text, without its name and price. */
  description: string | null;
  price: string;
}

/**
 * Product grids: two or more sibling cards that each hold a heading and a price ("Breakfast
 * Blend · $14.00", "Smoky Lapsang · $16.00"). Cards in navigation, header or footer are not read.
 */
export function findPricedCards($: CheerioAPI): PricedCard[] {
  const out: PricedCard[] = [];
  const seen = new Set<unknown>();
  $(HEADINGS).each((_, heading) => {
    const card = $(heading).parent();
    if (seen.has(card.get(0)) || card.closest('nav, header, footer').length > 0) return;
    if (!isCard(card.text())) return;
    const siblings = card
      .siblings()
      .filter((_, sibling) => $(sibling).find(HEADINGS).length > 0 && isCard($(sibling).text()));
    if (siblings.length === 0) return;
    seen.add(card.get(0));
    const name = cleanText($(heading).text());
    const text = cleanText(card.text());
    const price = text.match(CARD_PRICE)?.[0]?.replace(/\s+/g, '') ?? '';
    const description = cleanText(text.replace(name, '').replace(CARD_PRICE, ''))
      .replace(/\b(?:add to (?:cart|bag|basket)|buy now|view|details|shop now|order now)\b\.?$/i, '')
      .trim();
    if (name && price)
      out.push({ name, description: description.split(/\s+/).length >= 2 ? description : null, price });
  });
  return out;
}

function isCard(text: string): boolean {
  return text.length <= MAX_CARD_CHARS && CARD_PRICE.test(text);
}
