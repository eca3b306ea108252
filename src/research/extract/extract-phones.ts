import type { CheerioAPI } from 'cheerio';
import { type CountryCode, findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PostalAddress } from '../../schemas/brand-profile.ts';
import type { FoundItem, Source } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { isOrgNode, ldText } from './read-json-ld.ts';
import { kindOf, type SiteContext } from './site-context.ts';

const FAX_BEFORE = /(fax|\bf)\s*[:.]?\s*$/i;
const LABELLED = /phone|call|tel\b|ring|text us|mobile|☎|📞/i;
/** Where a business puts its own number: the header, the footer, a contact block. */
const OWN_PLACES =
  'header, footer, address, [class*="contact"], [id*="contact"], [class*="footer"], [class*="header"]';
/**
 * Where a number belongs to someone else: quoted reviews and testimonials. (Articles are whole
 * pages of kind `blog`, skipped as such; `<article>` alone also wraps ordinary pages.)
 */
const OTHERS_PLACES =
  'blockquote, q, [class*="testimonial"], [class~="review"], [class~="reviews"], [class*="review-"], [class*="-review"]';
const MAX_PHONES = 5;

/**
 * A phone number as the site's own country writes it ("(360) 647-0525", "0113 496 0321"), a
 * number from another country in its international form; null when it is not a valid number.
 */
export function formatPhone(raw: string, country: CountryCode = 'US'): string | null {
  const number = parsePhoneNumberFromString(raw.trim(), country);
  if (!number?.isValid()) return null;
  return number.country === country ? number.formatNational() : number.formatInternational();
}

/** The national digits of a North American number, every digit of any other. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** One key for every way a number is written: "+44 113 496 0321" and "0113 496 0321" are one. */
function numberKey(phone: string, country: CountryCode): string {
  return parsePhoneNumberFromString(phone, country)?.number ?? phoneKey(phone);
}

/**
 * Finds phone numbers in free text in every format of the given country, and international
 * ones; fax lines are left out, and prices, dates and order numbers are not valid numbers.
 */
export function findPhonesInText(
  text: string,
  makeSource: (excerpt: string) => Source,
  country: CountryCode = 'US',
): FoundItem<string>[] {
  const out: FoundItem<string>[] = [];
  for (const { number, startsAt, endsAt } of findPhoneNumbersInText(text, country)) {
    if (FAX_BEFORE.test(text.slice(Math.max(0, startsAt - 8), startsAt))) continue;
    const written = number.country === country ? number.formatNational() : number.formatInternational();
    const context = text.slice(Math.max(0, startsAt - 40), endsAt + 20);
    out.push(found(written, LABELLED.test(context) ? 0.8 : 0.65, [makeSource(context)]));
  }
  return out;
}

/**
 * The country whose phone formats the site uses: its address, else its domain (`.co.uk`,
 * `.com.au`…), else the language of its pages (`en-GB`); the US when nothing says.
 */
export function siteCountry(ctx: SiteContext, addresses: readonly FoundItem<PostalAddress>[]): CountryCode {
  const fromAddress = addresses.map((address) => countryCodeOf(address.value.country)).find(Boolean);
  if (fromAddress) return fromAddress;
  const host = hostOf(ctx.rootUrl ?? ctx.root?.url ?? '');
  const tld = host.match(/\.(uk|au|nz|ie|ca|in|za|sg)$/)?.[1];
  if (tld) return (tld === 'uk' ? 'GB' : tld.toUpperCase()) as CountryCode;
  const lang = ctx.root?.$('html').attr('lang') ?? '';
  const region = lang.match(/^[a-z]{2}[-_]([A-Za-z]{2})$/)?.[1]?.toUpperCase();
  return (region && region !== 'US' ? countryCodeOf(region) : null) ?? 'US';
}

const COUNTRY_NAMES: Record<string, CountryCode> = {
  'united states': 'US',
  usa: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  australia: 'AU',
  'new zealand': 'NZ',
  ireland: 'IE',
  canada: 'CA',
  india: 'IN',
};

function countryCodeOf(country: string | null): CountryCode | null {
  if (!country) return null;
  const trimmed = country.trim();
  if (/^[A-Z]{2}$/.test(trimmed)) return trimmed === 'UK' ? 'GB' : (trimmed as CountryCode);
  return COUNTRY_NAMES[trimmed.toLowerCase()] ?? null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * The business's phones, main first, ranked by where each stands: `tel:` links and structured
 * data, then numbers in the header, the footer or on the contact page, then other text. A number
 * only quoted inside a review or an article is not the business's, and articles are not read.
 */
export function extractPhones(
  ctx: SiteContext,
  addresses: readonly FoundItem<PostalAddress>[] = [],
): FoundItem<string>[] {
  const country = siteCountry(ctx, addresses);
  const items: FoundItem<string>[] = [];
  for (const page of ctx.pages) {
    const { $ } = page;
    const kind = kindOf(ctx, page);
    if (kind === 'blog' || kind === 'legal') continue;
    $('a[href^="tel:" i]').each((_, el) => {
      const href = ($(el).attr('href') ?? '').slice(4);
      const formatted = formatPhone(safeDecode(href), country);
      if (formatted)
        items.push(found(formatted, 0.95, [evidence('html', page.url, 'a[href^="tel:"]', href)]));
    });
    for (const node of page.jsonLd) {
      const tel = ldText(node.data.telephone);
      const formatted = tel ? formatPhone(tel, country) : null;
      if (tel && formatted) {
        items.push(
          found(formatted, isOrgNode(node) ? 0.95 : 0.8, [
            evidence('json-ld', page.url, `${node.path}.telephone`, tel),
          ]),
        );
      }
    }
    $('[itemprop="telephone"], .p-tel, .tel').each((_, el) => {
      const raw = $(el).attr('content') ?? $(el).text();
      const formatted = formatPhone(raw, country);
      if (formatted)
        items.push(found(formatted, 0.9, [evidence('microformat', page.url, 'telephone markup', raw)]));
    });
    items.push(...phonesInBlocks($, page.url, country, kind === 'contact'));
  }
  return mergeFound(items, (phone) => numberKey(phone, country)).slice(0, MAX_PHONES);
}

const BLOCKS =
  'body, p, li, ul, ol, dl, td, th, tr, table, dd, dt, address, h1, h2, h3, h4, h5, h6, div, section, article, blockquote, figure, figcaption, header, footer, main, aside, center, form, label, nav';

/** Numbers in the page's text blocks, each weighed by the place it stands in. */
function phonesInBlocks(
  $: CheerioAPI,
  url: string,
  country: CountryCode,
  contactPage: boolean,
): FoundItem<string>[] {
  const out: FoundItem<string>[] = [];
  // Each block's own text (nested blocks are read on their own), so every sentence is read once
  // and the place it stands in is known.
  $(BLOCKS).each((_, el) => {
    const block = $(el);
    const text = block
      .contents()
      .toArray()
      .filter((node) => node.type === 'text' || (node.type === 'tag' && !$(node).is(BLOCKS)))
      .map((node) => $(node).text())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!/\d{3}/.test(text)) return;
    if (block.closest(OTHERS_PLACES).length > 0) return;
    const own = contactPage || block.closest(OWN_PLACES).length > 0;
    const source = (excerpt: string) => evidence('text', url, own ? 'contact block' : 'text', excerpt);
    for (const phone of findPhonesInText(text.slice(0, 5_000), source, country)) {
      out.push({ ...phone, confidence: Math.min(0.9, phone.confidence + (own ? 0.1 : 0)) });
    }
  });
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
