import type { ParsedPage } from './parsed-page.ts';
import { cleanText, splitTitle } from './text-utils.ts';

/** What a crawled page is for; facts are taken from the pages that carry them. */
export type PageKind =
  | 'home'
  | 'offer'
  | 'listing'
  | 'about'
  | 'contact'
  | 'booking'
  | 'legal'
  | 'blog'
  | 'gallery'
  | 'events'
  | 'careers'
  | 'nearby'
  | 'other';

/** Pages that talk about something other than what the business sells, so never name an offering. */
export const NOT_OFFERINGS: ReadonlySet<PageKind> = new Set([
  'legal',
  'blog',
  'gallery',
  'events',
  'careers',
  'nearby',
]);

/**
 * How each kind names itself in a path segment, a title segment or the page's main heading. The
 * names are matched on their own ("Events", "Upcoming events"), so a page named "Private events"
 * (something a venue sells) is not an events listing.
 */
const NAMED: ReadonlyArray<[PageKind, RegExp]> = [
  [
    'legal',
    /^(?:privacy|cookies?|terms|legal|disclaimer|gdpr|data protection|accessibility|safeguarding|imprint|impressum)(?: (?:policy|policies|notice|statement|information|and [\p{L} ]+))?$|\b(?:polic(?:y|ies)|terms and conditions|terms of (?:use|service))$/iu,
  ],
  [
    'careers',
    /^(?:careers?|jobs?|vacancies|employment|hiring|join (?:our|the) team|work (?:with|for) us|volunteer(?:s|ing|ism)?|volunteer opportunities|get involved)$/i,
  ],
  [
    'blog',
    /^(?:(?:our |the |latest )?(?:blogs?|news|articles?|journal|stories|insights|press(?: releases)?|updates))$/i,
  ],
  ['gallery', /^(?:(?:photo |image |video )?(?:gallery|galleries)|photos|pictures|[\p{L}-]+ gallery)$/iu],
  ['events', /^(?:(?:upcoming|club|latest|our|local) )?(?:events?|event calendar|calendar|what'?s on)$/i],
  [
    'nearby',
    /\b(?:things to do|attractions|nearby|local area|area guide|explore the (?:area|town|city|region|neighbou?rhood)|around (?:town|the area)|neighbou?rhood guide|getting here)\b/i,
  ],
  ['contact', /^(?:contact(?: us)?|get in touch|find us|directions|locations?|visit us)$/i],
  [
    'about',
    /^(?:about(?: us)?|our story|our history|history|who we are|(?:meet )?(?:our |the )?team|our people)$/i,
  ],
  [
    'booking',
    /^(?:book(?: now| online| a [\p{L} ]+)?|bookings?|reservations?|reserve(?: a table)?|appointments?)$/iu,
  ],
];

/** schema.org types that say outright what a page is. */
const TYPED: ReadonlyArray<[PageKind, RegExp]> = [
  ['blog', /^(?:BlogPosting|Blog|NewsArticle|Article|Report)$/],
  ['careers', /^JobPosting$/],
  ['contact', /^ContactPage$/],
  ['about', /^AboutPage$/],
  ['offer', /^(?:Product|Service|Offer|IndividualProduct|ProductModel|Menu)$/],
];

/**
 * Classifies a crawled page from its structured data, its address, its title and its main
 * heading, in that order of trust. Each title segment is read on its own, so "Gallery — Some Club"
 * is a gallery whatever the club is called.
 */
export function classifyPage(page: ParsedPage, options: { isRoot?: boolean } = {}): PageKind {
  for (const node of page.jsonLd) {
    for (const [kind, type] of TYPED) {
      if (node.types.some((name) => type.test(name))) return kind;
    }
  }
  if (page.jsonLd.filter((node) => node.types.includes('Event')).length >= 2) return 'events';

  const byUrl = classifyUrl(page.url);
  if (byUrl !== 'other') return options.isRoot && byUrl !== 'home' ? 'home' : byUrl;
  if (options.isRoot) return 'home';

  const heading = cleanText(page.$('h1').first().text());
  for (const text of [...splitTitle(page.title), heading]) {
    const kind = namedKind(text);
    if (kind) return kind;
  }
  return 'other';
}

/**
 * The kind a link's address alone says, for pages that were not crawled: "/privacy-policy" is a
 * legal page, "/blog/2024/05/…" an article, "/" the home page.
 */
export function classifyUrl(url: string): PageKind {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  const segments = decodeSegments(path);
  if (segments.length === 0) return 'home';
  // Dated paths are articles, whatever they are called.
  if (/\/(?:19|20)\d{2}\/\d{1,2}\//.test(path)) return 'blog';
  for (const [index, segment] of segments.entries()) {
    const kind = namedKind(segment);
    // "/blog/our-new-oven" is an article; "/services/gallery-hanging" is not a gallery.
    if (
      kind &&
      (index === segments.length - 1 || ['blog', 'careers', 'legal', 'events', 'gallery'].includes(kind))
    )
      return kind;
  }
  return 'other';
}

/** The kind a page's own name says ("Privacy policy", "Photo gallery"), or null. */
export function namedKind(text: string): PageKind | null {
  const clean = cleanText(text)
    .replace(/[|»«›‹>]+$/u, '')
    .replace(/\s*&\s*/g, ' and ')
    .trim();
  if (!clean || clean.split(/\s+/).length > 6) return null;
  for (const [kind, pattern] of NAMED) if (pattern.test(clean)) return kind;
  return null;
}

function decodeSegments(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      let text = segment;
      try {
        text = decodeURIComponent(segment);
      } catch {
        // A malformed escape is read as written.
      }
      return text
        .replace(/\.(?:html?|php|aspx?|jsp)$/i, '')
        .replace(/[-_+]+/g, ' ')
        .trim();
    })
    .filter((segment) => segment && segment.toLowerCase() !== 'index');
}
