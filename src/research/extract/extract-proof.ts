import type { Finding, FoundItem } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import { evidence, found, known } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { isOrgNode, ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';
import { cleanText, clip, normalizeKey, wordCount } from './text-utils.ts';

export interface TestimonialValue {
  quote: string;
  author: string | null;
}

const CARD = '[class*="testimonial"], [class*="review"], [itemtype*="Review"], blockquote';
const AUTHOR = '[class*="author"], [class*="source"], [class*="name"], [itemprop="author"], cite, footer';
/** Where the reviewer's name is, most specific first: an author block also holds dates and sources. */
const AUTHOR_NAME = ['[itemprop="author"]', '[class*="name"]', 'cite', '[class*="author"]', 'footer'];

function stripQuotes(text: string): string {
  return cleanText(text)
    .replace(/^["“”'‘]+|["“”'’]+$/g, '')
    .trim();
}

/** Quotes from customers: review markup and testimonial cards, each with its author when given. */
export function extractTestimonials(ctx: SiteContext): FoundItem<TestimonialValue>[] {
  const items: FoundItem<TestimonialValue>[] = [];
  for (const page of ctx.pages) {
    const { $ } = page;
    for (const node of page.jsonLd) {
      if (!node.types.includes('Review')) continue;
      const quote = ldText(node.data.reviewBody ?? node.data.description);
      if (!quote || wordCount(quote) < 4) continue;
      const author = ldText(node.data.author);
      items.push(
        found({ quote: clip(quote, 500), author }, 0.9, [
          evidence('json-ld', page.url, `${node.path}.reviewBody`, quote),
        ]),
      );
    }
    $(CARD).each((_, el) => {
      const card = $(el);
      if (card.closest('nav, header').length) return;
      if (
        card.find(CARD).filter((_, inner) => $(inner).find('p').length > 0 || $(inner).is('blockquote'))
          .length
      )
        return;
      if (!card.find('p').length && !card.is('blockquote')) return;
      // A review card often keeps the quote in one element and the name beside it, in the card around.
      const around = card.parents(CARD).first();
      const authorEl =
        AUTHOR_NAME.map((selector) => card.find(selector).first()).find((el) => el.length > 0) ??
        // Only a card around with one name: in a list of reviews the name could be anyone's.
        AUTHOR_NAME.map((selector) => around.find(selector).not(card.find('*'))).find(
          (el) => el.length === 1,
        );
      let author = authorEl?.length ? cleanText(authorEl.text()).replace(/^[-–—~\s]+/, '') : null;
      const body = card.clone();
      body.find(AUTHOR).remove();
      let quote = stripQuotes(body.text());
      const trailing = quote.match(/\s[-–—~]\s?([A-Z][\w.' ]{1,40}(?:,\s*[\w .']{2,30})?)$/);
      if (!author && trailing?.[1]) {
        author = trailing[1].trim();
        quote = stripQuotes(quote.slice(0, trailing.index));
      }
      // A bare blockquote is as likely a mission statement as a customer; require an attribution.
      if (card.is('blockquote') && !author) return;
      if (wordCount(quote) < 5 || wordCount(quote) > 150) return;
      items.push(
        found({ quote: clip(quote, 500), author: author ? clip(author, 80) : null }, author ? 0.8 : 0.65, [
          evidence(
            'html',
            page.url,
            card.is('blockquote') ? 'blockquote' : `.${(card.attr('class') ?? '').split(/\s+/)[0]}`,
            quote,
          ),
        ]),
      );
    });
  }
  return mergeFound(items, (t) => normalizeKey(t.quote).slice(0, 80)).slice(0, 10);
}

/** Stock credential phrases, in any capitalisation. */
const CREDENTIAL_PHRASE =
  /\b(board[- ]certified(?: [a-z]+){0,3}|licensed,? (?:bonded )?(?:and|&) insured|licensed and bonded|fully insured|award[- ]winning(?: [a-z]+){0,3}|official [a-z]+(?: [a-z]+)? (?:affiliate|partner|dealer|provider)|preferred provider for [\w ,&]{3,80}|(?:a\+ )?bbb accredited[\w ]{0,20}|better business bureau|\d+\+? (?:five[- ]star|5[- ]star|google|yelp) reviews|winner of [\w' ]{3,50}|voted [\w' ]{3,50})/gi;
/** Certifications and memberships name a body, so they must be followed by a proper noun. */
const CREDENTIAL_NAMED =
  /\b((?:Certified|Accredited|Registered) (?:by |with )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}|[Mm]ember of (?:the )?[A-Z][\w&.']*(?: [A-Z&][\w&.']*){0,5})/g;

/** Credentials, awards and memberships, quoted as the site words them. */
export function extractCredentials(ctx: SiteContext): FoundItem<string>[] {
  const items: FoundItem<string>[] = [];
  for (const page of ctx.pages) {
    page.lines.forEach((line, i) => {
      if (line.length > 400) return;
      for (const match of [...line.matchAll(CREDENTIAL_PHRASE), ...line.matchAll(CREDENTIAL_NAMED)]) {
        const phrase = cleanText(match[0]).replace(/[,\s]+$/, '');
        if (wordCount(phrase) < 2) continue;
        const text = wordCount(line) <= 10 ? line : phrase;
        items.push(found(clip(text, 120), 0.7, [evidence('text', page.url, `line ${i + 1}`, line)]));
      }
    });
  }
  return mergeFound(items, (c) => normalizeKey(c)).slice(0, 10);
}

/** Years in business from foundingDate or "since 2003" / "over 20 years", measured from the snapshot's year. */
export function extractYearsInBusiness(ctx: SiteContext): Finding<number> {
  const year = ctx.referenceYear;
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      const founded = ldText(node.data.foundingDate);
      const foundedYear = founded ? Number.parseInt(founded.slice(0, 4), 10) : Number.NaN;
      if (isOrgNode(node) && year && foundedYear > 1700 && foundedYear <= year) {
        return known(year - foundedYear, 0.9, [
          evidence('json-ld', page.url, `${node.path}.foundingDate`, founded ?? ''),
        ]);
      }
    }
  }
  const candidates: { years: number; score: number; page: string; line: string }[] = [];
  for (const page of ctx.pages) {
    for (const line of page.lines) {
      if (line.length > 500) continue;
      const since = line.match(
        /\b(founded|established|est\.?|serving[\w ,]{0,40}?|in business|opened)\s+(?:in\s+|since\s+)?(1[7-9]\d{2}|20[0-4]\d)\b/i,
      );
      const bareSince = line.match(/\bsince\s+(1[89]\d{2}|20[0-4]\d)\b/i);
      const over = line.match(
        /\b(?:over|more than|nearly|almost)?\s*(\d{1,3})\+?\s+years\s+(?:of\s+experience|in business|serving|experience)?/i,
      );
      if (year && since?.[2] && Number(since[2]) <= year) {
        candidates.push({ years: year - Number(since[2]), score: 3, page: page.url, line });
      } else if (year && bareSince?.[1] && Number(bareSince[1]) <= year) {
        candidates.push({ years: year - Number(bareSince[1]), score: 2, page: page.url, line });
      } else if (
        over?.[1] &&
        /business|serving|experience|company|family/i.test(line) &&
        Number(over[1]) <= 150
      ) {
        candidates.push({ years: Number(over[1]), score: 1, page: page.url, line });
      }
    }
  }
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (!best) return unknown<number>();
  return known(best.years, 0.4 + best.score * 0.1, [
    evidence('text', best.page, 'years in business', best.line),
  ]);
}
