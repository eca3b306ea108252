import type { Cheerio, CheerioAPI } from 'cheerio';
import nlp from 'compromise';
import type { Element } from 'domhandler';
import type { Offering } from '../../schemas/brand-profile.ts';
import type { FoundItem, Source } from '../../schemas/finding.ts';
import { classifyUrl, NOT_OFFERINGS, namedKind } from './classify-page.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { GENERIC_NAV, SERVICE_HEADING, SERVICE_PATH } from './offering-words.ts';
import type { ParsedPage } from './parsed-page.ts';
import { findPricedCards } from './priced-cards.ts';
import { ldList, ldText } from './read-json-ld.ts';
import { kindOf, type SiteContext } from './site-context.ts';
import {
  cleanText,
  clip,
  normalizeKey,
  splitTitle,
  titleCase,
  toAbsoluteUrl,
  wordCount,
} from './text-utils.ts';

const MAX_OFFERINGS = 30;
const HEADINGS = 'h1,h2,h3,h4,h5,h6,.panel-title';

function offering(
  name: string,
  description: string | null,
  price: string | null,
  url: string | null,
): Offering {
  return {
    // List markers typed into the text ("• Open gym access") are not part of the name.
    name: titleCase(cleanText(name).replace(/^[•·▪►*–—-]+\s*/u, '')).slice(0, 120),
    description: description ? clip(description, 400) : null,
    price,
    url,
  };
}

function plausibleOffering(name: string): boolean {
  const clean = cleanText(name);
  return (
    clean.length >= 3 &&
    clean.length <= 80 &&
    wordCount(clean) <= 8 &&
    !GENERIC_NAV.test(clean.replace(/[^\p{L}\p{N} ]+/gu, '').trim()) &&
    !/[?!]$/.test(clean) &&
    // A price alone ("$24.99") or a sentence ("Stay inside a piece of history.") names nothing sold.
    /\p{L}.*\p{L}/u.test(clean) &&
    !(/\.$/.test(clean) && wordCount(clean) >= 4) &&
    !/^(our|meet|why|how|what|who|welcome|contact|call|book|find|get|see|view|visit|follow|join|start|read|reserve|download|sign|learn|schedule|choose|discover|try|select|tell|show|open|go|it's|it’s|ready|typical|plans? for)\b/i.test(
      clean,
    ) &&
    !/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}(:\d{2})?\s?(am|pm)\b/i.test(clean)
  );
}

const PRICE = /(?:[$€£]\s?\d[\d,]*(?:\.\d{2})?(?:\s?\/\s?(?:mo|month|year|yr|week|session|hour|hr|visit))?)/i;

/** Offerings from JSON-LD: Product, Service, Offer catalogues and menus. */
function fromJsonLd(page: ParsedPage): FoundItem<Offering>[] {
  const out: FoundItem<Offering>[] = [];
  for (const node of page.jsonLd) {
    const isItem = node.types.some((t) =>
      /^(Product|Service|MenuItem|Course|IndividualProduct|ProductModel|Offer)$/.test(t),
    );
    if (!isItem) continue;
    const item = node.types.includes('Offer')
      ? (node.data.itemOffered as Record<string, unknown> | undefined)
      : node.data;
    const name = ldText(item?.name ?? node.data.name);
    if (!name || !plausibleOfferingLoose(name)) continue;
    const offers = ldList(node.types.includes('Offer') ? node.data : node.data.offers)[0] as
      | Record<string, unknown>
      | undefined;
    const amount = offers
      ? ldText(offers.price ?? (offers.priceSpecification as Record<string, unknown> | undefined)?.price)
      : null;
    const currency = offers ? ldText(offers.priceCurrency) : null;
    const price = amount ? `${currency === 'USD' || !currency ? '$' : `${currency} `}${amount}` : null;
    const url = ldText(item?.url ?? node.data.url);
    out.push(
      found(
        offering(
          name,
          ldText(item?.description ?? node.data.description),
          price,
          url ? toAbsoluteUrl(url, page.url) : null,
        ),
        0.95,
        [evidence('json-ld', page.url, `${node.path}.name`, name)],
      ),
    );
  }
  return out;
}

function plausibleOfferingLoose(name: string): boolean {
  return cleanText(name).length >= 2 && cleanText(name).length <= 120;
}

/** The text right after a heading inside its card: the offering's description. */
function describe($: CheerioAPI, heading: Cheerio<Element>): string | null {
  const parts: string[] = [];
  let next = heading.next();
  for (let i = 0; i < 4 && next.length; i++, next = next.next()) {
    if (next.is(HEADINGS)) break;
    const text = next.is('ul,ol')
      ? next
          .find('li')
          .map((_, li) => cleanText($(li).text()))
          .get()
          .join(', ')
      : cleanText(next.text());
    if (text) parts.push(text);
  }
  if (parts.length === 0) {
    // Accordion and card layouts put the heading in a wrapper; look at the wrapper's next sibling.
    const wrapper = heading.parent();
    const body = wrapper.nextAll().not(HEADINGS).first();
    const text = cleanText(body.text());
    if (text && !body.find(HEADINGS).length) parts.push(text);
    else {
      const collapse = wrapper.parent().nextAll().first();
      if (collapse.length && !collapse.find(HEADINGS).length) parts.push(cleanText(collapse.text()));
    }
  }
  const joined = parts.join(' ').trim();
  return joined && wordCount(joined) >= 2 ? joined : null;
}

function priceOf(text: string): string | null {
  return text.match(PRICE)?.[0]?.replace(/\s+/g, '') ?? null;
}

/** Headings inside sections introduced by "Services", "Menu", "Classes" and the like. */
function fromServiceSections(page: ParsedPage): FoundItem<Offering>[] {
  const { $ } = page;
  const out: FoundItem<Offering>[] = [];
  const servicePage =
    SERVICE_PATH.test(pathOf(page.url)) || SERVICE_HEADING.test(page.title.split(/[|–—-]/)[0] ?? '');
  $(
    'section, [class*="service"], [id*="service"], [class*="menu-section"], [class*="program"], [id*="program"], body',
  )
    .not('nav, nav *, header, header *, footer, footer *')
    .each((_, el) => {
      const section = $(el);
      const isBody = section.is('body');
      const lead = section.find(HEADINGS).first();
      const label = `${section.attr('class') ?? ''} ${section.attr('id') ?? ''} ${cleanText(lead.text())}`;
      const isServiceSection = isBody
        ? servicePage
        : SERVICE_HEADING.test(label) && !/nav|menu-item|navbar/i.test(section.attr('class') ?? '');
      if (!isServiceSection) return;
      // Tier names under a "Prepaid Plans" heading ("Silver", "Gold") mean nothing alone.
      const leadText = cleanText(lead.text());
      const tierOf =
        !isBody && PLAN_SECTION.test(leadText) && wordCount(leadText) <= 3
          ? leadText.replace(/s$/i, '')
          : null;
      // On a page about offerings, each product or integration may carry its own h1.
      section
        .find(isBody ? 'h1,h2,h3,h4,h5,.panel-title' : 'h2,h3,h4,h5,.panel-title')
        .not('nav *, header *, footer *')
        .each((_, h) => {
          const heading = $(h);
          if (h === lead.get(0) && !isBody) return;
          const headingText = cleanText(heading.text());
          if (
            !plausibleOffering(headingText) ||
            (SERVICE_HEADING.test(headingText) && wordCount(headingText) <= 2)
          )
            return;
          const bare = headingText.replace(PRICE, '').trim() || headingText;
          const name =
            tierOf && wordCount(bare) <= 2 && !PLAN_SECTION.test(bare) ? `${bare} ${tierOf}` : bare;
          const description = describe($, heading);
          const price = priceOf(headingText) ?? (description ? priceOf(description) : null);
          out.push(
            found(offering(name, description, price, null), isBody ? 0.6 : 0.7, [
              evidence(
                'html',
                page.url,
                isBody ? 'service page heading' : `section "${clip(label, 60)}" heading`,
                name,
              ),
            ]),
          );
        });
    });
  return out;
}

/** Card grids where each card is a heading over a list of several short items: capability groups. */
function fromHeadingLists(page: ParsedPage): FoundItem<Offering>[] {
  const { $ } = page;
  const out: FoundItem<Offering>[] = [];
  $('h2,h3,h4').each((_, h) => {
    const heading = $(h);
    if (heading.closest('nav, header, footer').length) return;
    // The list either follows the heading directly or sits beside the heading's wrapper in the card.
    const direct = heading.next().is('ul,ol') ? heading.next() : heading.parent().children('ul,ol').first();
    if (!direct.length) return;
    const items = direct
      .children('li')
      .map((_, li) => cleanText($(li).text()))
      .get()
      .filter((t) => t && wordCount(t) <= 8);
    if (items.length < 3) return;
    const siblings = heading.parent().parent().children().length;
    const name = cleanText(heading.text());
    if (siblings < 2 || !plausibleOffering(name.replace(PRICE, '').trim() || name)) return;
    out.push(
      found(offering(name.replace(PRICE, '').trim() || name, items.join(', '), priceOf(name), null), 0.6, [
        evidence('html', page.url, 'heading + list card', `${name}: ${items.join(', ')}`),
      ]),
    );
  });
  return out;
}

/** A heading such as "Our services" or "Menu" over a plain list: each list item is an offering. */
function fromServiceHeadingList(page: ParsedPage): FoundItem<Offering>[] {
  const { $ } = page;
  const out: FoundItem<Offering>[] = [];
  $('h1,h2,h3,h4').each((_, h) => {
    const heading = $(h);
    if (heading.closest('nav, header, footer').length) return;
    const label = cleanText(heading.text());
    if (!SERVICE_HEADING.test(label) || wordCount(label) > 5) return;
    const list = heading.nextUntil(HEADINGS).filter('ul,ol').first();
    list.children('li').each((_, li) => {
      const name = cleanText($(li).text());
      if (!name || wordCount(name) > 8 || !plausibleOffering(name)) return;
      out.push(
        found(offering(name, null, priceOf(name), null), 0.7, [
          evidence('html', page.url, `list under "${clip(label, 60)}"`, name),
        ]),
      );
    });
  });
  return out;
}

/** Navigation dropdowns labelled Services, Programs, Classes or Menu list the offerings by name. */
function fromNavigation(page: ParsedPage): FoundItem<Offering>[] {
  const { $ } = page;
  const out: FoundItem<Offering>[] = [];
  $('nav li, header li, [class*="menu"] li').each((_, li) => {
    const item = $(li);
    const submenu = item.children('ul');
    if (!submenu.length) return;
    const label = cleanText(item.children('a, span, button').first().text());
    if (!SERVICE_HEADING.test(label)) return;
    submenu.find('a').each((_, a) => {
      const name = cleanText($(a).text());
      if (!plausibleOffering(name)) return;
      const href = toAbsoluteUrl($(a).attr('href') ?? '', page.url);
      // "Programs ▸ Galleries, Volunteering, Events": items that lead to such pages are not offerings.
      if (leadsAwayFromOfferings(name, href)) return;
      out.push(
        found(offering(name, null, null, href), 0.75, [
          evidence('html', page.url, `nav "${label}" submenu`, name),
        ]),
      );
    });
  });
  return out;
}

/**
 * What the site's titles say the business sells, beside its name: "Verona House | Boutique
 * Heritage Accommodation in Glebe" → "Boutique Heritage Accommodation". A weak source: the site's
 * own summary, used when its offer structures name few offerings. The segments that recur on most
 * pages come first, then the home page's; the place after "in" is left out; a segment that holds
 * the name, a phone number or a call to action is not an offering.
 */
function fromTitles(ctx: SiteContext, businessName: string | null): FoundItem<Offering>[] {
  const nameKey = businessName ? normalizeKey(businessName) : '';
  const tally = new Map<string, { segment: string; pages: number; home: boolean; url: string }>();
  for (const page of ctx.pages) {
    const seen = new Set<string>();
    for (const raw of splitTitle(page.title)) {
      const segment = cleanText(raw).replace(
        /\s+(?:in|near|across|serving|around)\s+(?:the\s+)?[\p{L}.' -]+(?:,\s*\p{Lu}{2})?$/iu,
        '',
      );
      const key = normalizeKey(segment);
      if (!key || seen.has(key) || (nameKey && (key.includes(nameKey) || nameKey.includes(key)))) continue;
      if (!namesAnOffering(segment)) continue;
      seen.add(key);
      const entry = tally.get(key) ?? { segment, pages: 0, home: false, url: page.url };
      entry.pages += 1;
      entry.home ||= page === ctx.root;
      tally.set(key, entry);
    }
  }
  return [...tally.values()]
    .filter((entry) => entry.home || entry.pages * 2 >= ctx.pages.length)
    .sort((a, b) => b.pages - a.pages || Number(b.home) - Number(a.home))
    .slice(0, 2)
    .map((entry) =>
      found(offering(entry.segment, null, null, null), 0.5, [
        evidence('html', entry.url, 'page title', entry.segment),
      ]),
    );
}

/** "Worth Park, Crawley": a place, written as places are. */
const PLACE_PAIR =
  /^\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*)*,\s*\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*)*$/u;

/**
 * A title segment that names something sold: a short noun phrase ("Boutique Heritage
 * Accommodation"), not a slogan ("Live Smarter": no noun at its end), a place or a number.
 */
function namesAnOffering(segment: string): boolean {
  if (!plausibleOffering(segment) || wordCount(segment) < 2 || wordCount(segment) > 6) return false;
  if (/\d{3}/.test(segment) || PLACE_PAIR.test(segment)) return false;
  // Title case reads as a proper name to a tagger; the words are judged in lower case.
  return nlp(segment.toLowerCase()).terms().last().has('#Noun');
}

/** Product and price cards in a grid: each card's heading is an offering, with its price. */
function fromPricedCards(page: ParsedPage): FoundItem<Offering>[] {
  return findPricedCards(page.$)
    .filter((card) => plausibleOffering(card.name))
    .map((card) =>
      found(offering(card.name, card.description, card.price, null), 0.75, [
        evidence('html', page.url, 'priced card', `${card.name} ${card.price}`),
      ]),
    );
}

/** Kinds of page a menu item may lead to and still name something the business sells. */
const OFFER_KINDS: ReadonlySet<string> = new Set(['offer', 'listing', 'other']);

/**
 * The main menu's own items ("Rooms & Amenities", "Membership", "Private Events"): on a small site
 * they are the offerings. A weak source, used when the site's offer structures name too few: an
 * item is kept only when neither its words nor its address name a page of another kind.
 */
function fromTopNavigation(page: ParsedPage): FoundItem<Offering>[] {
  const { $ } = page;
  const out: FoundItem<Offering>[] = [];
  const menu = $('nav').first().length ? $('nav').first() : $('header').first();
  menu.find('a').each((_, a) => {
    const link = $(a);
    // Items of a submenu are read by fromNavigation under their parent's label.
    if (link.parentsUntil(menu, 'ul').length > 1) return;
    const name = cleanText(link.text())
      .replace(/\s*[»›→>]+$/u, '')
      .trim();
    const href = toAbsoluteUrl(link.attr('href') ?? '', page.url);
    if (!name || !plausibleOffering(name) || /^(?:tel|mailto):/i.test(link.attr('href') ?? '')) return;
    const named = namedKind(name);
    if (named || (href && !OFFER_KINDS.has(classifyUrl(href)) && !/#./.test(href))) return;
    if (href && page.url && !sameSite(href, page.url)) return;
    out.push(
      found(offering(name, null, null, href), 0.5, [evidence('html', page.url, 'main menu item', name)]),
    );
  });
  // One or two such items are more likely the site's sections ("Quest", "Developers") than a range.
  return out.length >= MIN_MENU_OFFERINGS ? out : [];
}

const MIN_MENU_OFFERINGS = 3;

const ORDINAL =
  /^(.*\S)\s+(?:no\.?\s*)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[A-H])$/i;

/**
 * "Room Two", "Room Three" … "Room Nine" are one offering, rooms, told apart by number: three or
 * more numbered items with the same name become one, named in the plural, that lists them.
 */
function joinNumbered(items: FoundItem<Offering>[]): FoundItem<Offering>[] {
  const groups = new Map<string, FoundItem<Offering>[]>();
  for (const item of items) {
    const head = item.value.name.match(ORDINAL)?.[1];
    if (!head) continue;
    const key = normalizeKey(head);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const out: FoundItem<Offering>[] = [];
  const joined = new Set<FoundItem<Offering>>();
  for (const item of items) {
    const head = item.value.name.match(ORDINAL)?.[1];
    const group = head ? groups.get(normalizeKey(head)) : undefined;
    if (!head || !group || group.length < 3) {
      out.push(item);
      continue;
    }
    if (joined.has(group[0]!)) continue;
    joined.add(group[0]!);
    const described = group
      .map((member) => member.value.description)
      .filter((text): text is string => Boolean(text));
    const prices = group
      .map((member) => member.value.price)
      .filter((price): price is string => Boolean(price));
    const list = group.map((member) => member.value.name).join(', ');
    out.push(
      found(
        offering(
          /s$/i.test(head) ? head : `${head}s`,
          [...new Set(described)].slice(0, 3).join(' ')
            ? `${list}: ${[...new Set(described)].slice(0, 3).join(' ')}`
            : list,
          prices.length > 0 ? `from ${prices.sort((a, b) => amountOf(a) - amountOf(b))[0]}` : null,
          null,
        ),
        Math.max(...group.map((member) => member.confidence)),
        group.flatMap((member) => member.sources).slice(0, 3),
      ),
    );
  }
  return out;
}

function amountOf(price: string): number {
  return Number(price.replace(/[^\d.]/g, '')) || Number.POSITIVE_INFINITY;
}

function sameSite(href: string, base: string): boolean {
  try {
    return new URL(href).host === new URL(base).host;
  } catch {
    return false;
  }
}

/** On a service or menu page without headings, in-page anchors usually index the categories. */
function fromAnchorIndex(page: ParsedPage): FoundItem<Offering>[] {
  if (!SERVICE_PATH.test(pathOf(page.url))) return [];
  const { $ } = page;
  const out: FoundItem<Offering>[] = [];
  $('a[href^="#"]').each((_, a) => {
    const name = cleanText($(a).text());
    const target = ($(a).attr('href') ?? '').slice(1);
    if (!target || !plausibleOffering(name)) return;
    if (!$(`a[name="${target.replace(/"/g, '')}"], [id="${target.replace(/"/g, '')}"]`).length) return;
    out.push(
      found(offering(name, null, null, null), 0.55, [
        evidence('html', page.url, `a[href="#${clip(target, 40)}"]`, name),
      ]),
    );
  });
  return out;
}

/** "We offer X, Y and Z" and "our services include ..." sentences. */
export function fromOfferSentences(
  text: string,
  makeSource: (excerpt: string) => Source,
): FoundItem<Offering>[] {
  const out: FoundItem<Offering>[] = [];
  const pattern =
    /\b(?:we (?:also )?(?:offer|provide|specialize in|specialise in)|(?:our )?services include|offering)\s+([^.!?]{3,240})/gi;
  for (const match of text.matchAll(pattern)) {
    const list = (match[1] ?? '')
      .replace(
        /^(a|an|the)\s+(wide |full |broad )?(variety|range|array|number) of\s+(\w+\s+)?(services|options)?\s*(from|including|like|such as)?\s*/i,
        '',
      )
      .replace(/\s+(in|during|for|to|with|at|so|that|which)\s+(the|our|your|a|an|all|any|each)\b.*$/i, '');
    for (const part of list.split(/,\s*|\s+(?:and|or|&|to)\s+/)) {
      const name = part
        .replace(/^(and|or)\s+/i, '')
        .replace(/^(a|an|the)\s+/i, '')
        .trim();
      if (
        plausibleOffering(name) &&
        wordCount(name) <= 5 &&
        !/^(you|your|our|we|it|them|this|these)\b/i.test(name)
      ) {
        out.push(found(offering(name, null, null, null), 0.5, [makeSource(match[0])]));
      }
    }
  }
  return out;
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

/** A link whose words or address name a page of a kind that never holds offerings. */
function leadsAwayFromOfferings(label: string, href: string | null): boolean {
  const named = namedKind(label);
  if (named && NOT_OFFERINGS.has(named)) return true;
  return href !== null && NOT_OFFERINGS.has(classifyUrl(href));
}

export function extractOfferings(
  ctx: SiteContext,
  businessName: string | null = null,
): FoundItem<Offering>[] {
  const items: FoundItem<Offering>[] = [];
  items.push(...fromTitles(ctx, businessName));
  for (const page of ctx.pages) {
    // Navigation is the same on every page, legal pages included; their content is not.
    items.push(...fromJsonLd(page), ...fromNavigation(page));
    if (page === ctx.root) items.push(...fromTopNavigation(page));
    if (NOT_OFFERINGS.has(kindOf(ctx, page))) continue;
    items.push(
      ...fromPricedCards(page),
      ...fromServiceSections(page),
      ...fromHeadingLists(page),
      ...fromServiceHeadingList(page),
    );
    items.push(...fromAnchorIndex(page));
    page.lines.forEach((line, i) => {
      items.push(
        ...fromOfferSentences(line, (excerpt) => evidence('text', page.url, `line ${i + 1}`, excerpt)),
      );
    });
  }
  const sameName = (o: Offering) => normalizeKey(o.name).replace(/s$/, '');
  const merged = mergeFound(joinNumbered(mergeFound(items, sameName)), sameName);
  // Headings on a service page are a guess (they also name benefits, steps and audiences): when
  // stronger sources already list three or more offerings, the guesses only add noise.
  const strong = merged.filter((item) => item.confidence >= STRONG_OFFERING);
  return (strong.length >= 3 ? strong : merged).slice(0, MAX_OFFERINGS);
}

const STRONG_OFFERING = 0.7;
const PLAN_SECTION = /\b(plans?|memberships?|packages?|passes|tiers?)\b/i;
