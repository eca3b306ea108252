import type { PostalAddress } from '../../../schemas/brand-profile.ts';
import { cleanText } from '../text-utils.ts';
import { findRegion, REGION_PATTERN } from './regions.ts';

interface PostalFormat {
  country: 'US' | 'CA' | 'AU' | 'GB' | 'IE' | 'NZ';
  /** Matches what follows the city: region and postcode, with the postcode in group `postcode`. */
  pattern: RegExp;
  /** Whether a comma separates the city from what the pattern matches ("Portland, OR 97214"). */
  commaBefore: boolean;
}

const FORMATS: readonly PostalFormat[] = [
  {
    country: 'US',
    pattern: new RegExp(
      String.raw`,\s*(?<region>${REGION_PATTERN})\.?,?\s+(?<postcode>\d{5}(?:-\d{4})?)\b`,
      'g',
    ),
    commaBefore: true,
  },
  {
    country: 'CA',
    pattern:
      /,\s*(?<region>AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?,?\s+(?<postcode>[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/g,
    commaBefore: true,
  },
  {
    country: 'AU',
    pattern: /,?\s+(?<region>ACT|NSW|NT|QLD|SA|TAS|VIC|WA)\.?,?\s+(?<postcode>\d{4})\b/g,
    commaBefore: false,
  },
  {
    country: 'GB',
    pattern: /,?\s+(?<postcode>(?:[A-Z]{1,2}\d[A-Z\d]?)\s+\d[A-Z]{2})\b/g,
    commaBefore: false,
  },
  {
    // Eircodes: a routing key ("D02", "V92") and a unique identifier ("X285").
    country: 'IE',
    pattern:
      /,?\s+(?:Co(?:\.|unty)?\s+(?<county>\p{Lu}[\p{L}]+),?\s+)?(?<postcode>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})\b/gu,
    commaBefore: false,
  },
  {
    // "Ponsonby, Auckland 1011, New Zealand": four digits, then the country named.
    country: 'NZ',
    pattern: /,?\s+(?<postcode>\d{4}),?\s+New\s+Zealand\b/g,
    commaBefore: false,
  },
];

const CITY_RUN = /((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:upon\s+|on\s+|de\s+)?\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;
/** Where an address starts inside a sentence: a house number before a capitalised word, or a unit. */
const ADDRESS_START =
  /(?:\b(?:Unit|Suite|Ste\.?|Floor|Level|Apt\.?|Flat|Shop|Building)\s+[\w-]+|\b\d{1,6}[A-Za-z]?(?:[-–]\d{1,6})?\s+(?:[NSEW]{1,2}\s+)?\p{Lu})/u;
const STREET_WORD =
  /\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|place|pl|court|ct|crescent|cres|terrace|tce|park|close|square|sq|row|parade|pde|highway|hwy|estate|works|house|centre|center|mews|wharf|quay|plaza|mall|arcade|yard|mill|hall|building|tower|pike|circle|trail)\b\.?/i;
const CITY_MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(${REGION_PATTERN})(?![\p{L}\p{N}])(?!\s*,?\s*\d)`,
  'gu',
);
/** Capitalised words in front of a place that belong to the sentence, not the place name. */
const NOT_PLACE = /^(?:In|At|Near|From|Based|Located|Serving|Across|Around|Visit|Our|The|We|And|Or)\s+/;

/** An address read from text, and the words it was read from. */
export interface Sighting {
  address: PostalAddress;
  excerpt: string;
}

/**
 * Postal addresses in a line of text, in the formats of the US, Canada, Australia, the UK, Ireland
 * and New Zealand: each anchored on its postcode, the city just before it, and the street parts
 * before that back to the house number or unit, so the words that lead into an address ("our shop
 * is at …") stay out.
 */
export function postalAddressesIn(text: string): Sighting[] {
  const anchors = FORMATS.flatMap((format) =>
    [...text.matchAll(format.pattern)].map((match) => ({ format, match })),
  ).sort((a, b) => (a.match.index ?? 0) - (b.match.index ?? 0));
  const sightings: Sighting[] = [];
  let from = 0;
  let lastEnd = -1;
  for (const { format, match } of anchors) {
    const at = match.index ?? 0;
    if (at < lastEnd) continue; // an overlapping reading of the same postcode
    const sighting = readAddress(text.slice(from, at), format, match);
    if (!sighting) continue;
    sightings.push(sighting);
    lastEnd = at + match[0].length;
    from = lastEnd;
  }
  return sightings;
}

function readAddress(before: string, format: PostalFormat, match: RegExpMatchArray): Sighting | null {
  const segments = before.split(',').map((segment) => cleanText(segment));
  let citySegment = segments.pop() ?? '';
  if (!format.commaBefore && citySegment === '' && segments.length > 0) citySegment = segments.pop() ?? '';
  // Dublin's postal districts: "Dublin 2" is the city Dublin.
  if (format.country === 'IE') citySegment = citySegment.replace(/\s+\d{1,2}W?$/i, '');
  const cityWords = citySegment.match(CITY_RUN)?.[1]?.replace(NOT_PLACE, '') ?? '';
  // A city is a place name, not a street: "Kirkstall Road LS4" has no city in front of the postcode.
  const city = cityWords && !STREET_WORD.test(cityWords) && !/\d/.test(cityWords) ? cityWords : null;
  if (!city && format.country !== 'GB') return null;
  if (!city) segments.push(citySegment);
  else {
    const rest = cleanText(citySegment.slice(0, citySegment.length - cityWords.length));
    // "12 Lydiard Street North Ballarat VIC": a street in the same segment as the city.
    if (rest && ADDRESS_START.test(rest)) segments.push(rest);
  }

  const street: string[] = [];
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index]!;
    const start = segment.match(ADDRESS_START);
    if (start?.index === 0) {
      street.unshift(segment);
      continue;
    }
    if (start?.index !== undefined) {
      street.unshift(segment.slice(start.index));
      break;
    }
    if (STREET_WORD.test(segment) && /^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u.test(segment)) {
      street.unshift(segment);
      continue;
    }
    // A suburb between the street and the city ("45 Ponsonby Road, Ponsonby, Auckland").
    const before = segments[index - 1];
    if (
      street.length === 0 &&
      before &&
      ADDRESS_START.test(before) &&
      /^(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u.test(segment)
    ) {
      street.unshift(segment);
      continue;
    }
    break;
  }
  if (!city && street.length === 0) return null;
  const region = match.groups?.region
    ? findRegion(match.groups.region, asRegionCountry(format.country))
    : null;
  const postcode = cleanText(match.groups?.postcode ?? '');
  const county = match.groups?.county ? `County ${match.groups.county}` : null;
  const address: PostalAddress = {
    street: street.length > 0 ? street.join(', ') : null,
    city,
    region: region?.code ?? county,
    postalCode: format.country === 'CA' ? postcode.replace(/^(\w{3})(\w{3})$/, '$1 $2') : postcode,
    country: format.country,
  };
  const excerpt = [address.street, address.city].filter(Boolean).join(', ') + match[0].replace(/\s+/g, ' ');
  return { address, excerpt };
}

/** "Portland, Oregon" and "Ballarat, VIC": a city and its region named without a postcode. */
export function cityMentionsIn(text: string): Sighting[] {
  return [...text.matchAll(CITY_MENTION)].flatMap((match) => {
    const city = (match[1] ?? '').replace(NOT_PLACE, '');
    const region = findRegion(match[2] ?? '');
    if (!city || !region || STREET_WORD.test(city)) return [];
    return [
      {
        address: { street: null, city, region: region.code, postalCode: null, country: region.country },
        excerpt: `${city}, ${match[2]}`,
      },
    ];
  });
}

function asRegionCountry(country: PostalFormat['country']): 'US' | 'CA' | 'AU' | null {
  return country === 'US' || country === 'CA' || country === 'AU' ? country : null;
}
