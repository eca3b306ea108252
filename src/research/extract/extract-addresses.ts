import type { PostalAddress } from '../../schemas/brand-profile.ts';
import type { FoundItem, Source } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { postalAddressesIn } from './postal/read-postal-addresses.ts';
import { ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';
import { cleanText, normalizeKey } from './text-utils.ts';
import { STATE_PATTERN, stateCode } from './us-states.ts';

const STREET =
  /^(?:\d{1,6}[A-Za-z]?\s+[\w .'#&-]{2,60}|p\.?\s?o\.?\s+box\s+\d+|[\w .'-]{2,40}\s+(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|parkway|pkwy|highway|hwy)\b[\w .#-]*)$/i;
/** "Bellingham, WA 98226" and "El Cerrito, California 94530". */
const CITY_STATE_ZIP = new RegExp(
  `(?:^|,\\s*|\\s)([A-Z][A-Za-z.'\\- ]{1,30}?),?\\s+(${STATE_PATTERN})\\.?,?\\s+(\\d{5}(?:-\\d{4})?)\\b`,
);
/** "London, NW1 3FG": UK postcodes carry enough structure to anchor an address. */
const CITY_UK_POSTCODE = /(?:^|,\s*)([A-Z][A-Za-z.' -]{1,30}),?\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/;

const UK_NATIONS = /^(england|scotland|wales|northern ireland|uk|u\.k\.|united kingdom|great britain|gb)$/i;

export function addressKey(address: PostalAddress): string {
  // House number plus postcode identifies a place however the street name is spelled.
  const houseNumber = address.street?.match(/\d+/)?.[0];
  if (houseNumber && address.postalCode) return `${houseNumber} ${normalizeKey(address.postalCode)}`;
  return normalizeKey(
    [
      address.street?.replace(/\b(street|st|avenue|ave|suite|ste)\b\.?/gi, ''),
      address.city,
      address.postalCode,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** Reads a postal address out of one text line, using the line before it as the street when needed. */
export function parseAddressText(line: string, previous?: string): PostalAddress | null {
  const us = line.match(CITY_STATE_ZIP);
  if (us?.[1] && us[2] && us[3]) {
    const before = line.slice(0, us.index ?? 0).replace(/^.*?:\s*/, '');
    const parts = `${before}`.split(',').map(cleanText).filter(Boolean);
    let city = cleanText(us[1]);
    let street = parts.length > 0 ? parts.join(', ') : null;
    // The match may have swallowed the street into the city when no comma separates them.
    const streetInCity = city.match(
      /^(.*\b(?:st|ave|rd|dr|blvd|way|ln|street|avenue|road|drive)\.?)\s+(.+)$/i,
    );
    if (!street && streetInCity?.[1] && streetInCity[2]) {
      street = streetInCity[1];
      city = streetInCity[2];
    }
    if (!street && previous && STREET.test(cleanText(previous).replace(/^.*?:\s*/, ''))) {
      street = cleanText(previous).replace(/^.*?:\s*/, '');
    }
    // Lead-in words ("Visit us at 12 Main St") are not part of the street.
    if (street && !/^p\.?\s?o\.?\s/i.test(street)) street = street.replace(/^[^\d]*?(?=\d)/, '');
    if (street && !STREET.test(street) && !/\d/.test(street)) street = null;
    return { street, city, region: stateCode(us[2]), postalCode: us[3], country: 'US' };
  }
  const uk = line.match(CITY_UK_POSTCODE);
  if (uk?.[1] && uk[2]) {
    const start = (uk.index ?? 0) + uk[0].indexOf(uk[1]);
    // "29 Oldfield Rd, Windermere, Cumbria, England, LA23 2AZ": street, town, county, nation.
    const parts = `${line.slice(0, start)}${uk[1]}`
      .replace(/^.*?:\s*/, '')
      .split(',')
      .map(cleanText)
      .filter((part) => part && !UK_NATIONS.test(part));
    const last = parts.pop();
    if (!last) return null;
    const county = parts.length >= 2 ? last : null;
    const city = county ? (parts.pop() ?? last) : last;
    const street = parts.length > 0 ? parts.join(', ') : null;
    if (!street && !county && !(previous && /\d/.test(previous))) return null;
    return {
      street: street ?? (previous && /\d/.test(previous) ? cleanText(previous) : null),
      city,
      region: county,
      postalCode: uk[2].toUpperCase(),
      country: 'GB',
    };
  }
  return otherCountryAddress(line, previous);
}

/** Canada, Australia, Ireland and New Zealand, read as the brief reader reads them. */
function otherCountryAddress(line: string, previous?: string): PostalAddress | null {
  const sighting = postalAddressesIn(line.replace(/^.*?:\s*/, '')).find(
    ({ address }) => address.country !== 'US' && address.country !== 'GB' && address.city,
  );
  if (!sighting) return null;
  const { address } = sighting;
  if (address.street) return address;
  // "12 Lydiard Street North" on the line above "Ballarat VIC 3350".
  const above = previous ? cleanText(previous).replace(/^.*?:\s*/, '') : '';
  return /^\d{1,6}[A-Za-z]?\s+\p{Lu}/u.test(above) && above.length <= 80
    ? { ...address, street: above }
    : address;
}

export function findAddressesInLines(
  lines: string[],
  makeSource: (excerpt: string, index: number) => Source,
  confidence = 0.7,
): FoundItem<PostalAddress>[] {
  const out: FoundItem<PostalAddress>[] = [];
  lines.forEach((line, i) => {
    if (line.length > 300) return;
    const address = parseAddressText(line, lines[i - 1]);
    if (address) {
      const excerpt = address.street && !line.includes(address.street) ? `${lines[i - 1]}, ${line}` : line;
      out.push(found(address, address.street ? confidence : confidence - 0.1, [makeSource(excerpt, i)]));
    }
  });
  return out;
}

function fromJsonLd(value: unknown): PostalAddress | null {
  if (typeof value === 'string') return parseAddressText(value);
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const country = ldText(record.addressCountry);
  const address: PostalAddress = {
    street: ldText(record.streetAddress),
    city: ldText(record.addressLocality),
    region: ldText(record.addressRegion),
    postalCode: ldText(record.postalCode),
    country: country ? country.slice(0, 60) : null,
  };
  if (address.region) address.region = stateCode(address.region) ?? address.region;
  return address.street || address.city ? address : null;
}

export function extractAddresses(ctx: SiteContext): FoundItem<PostalAddress>[] {
  const items: FoundItem<PostalAddress>[] = [];
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      if (node.types.includes('PostalAddress')) continue;
      for (const value of [node.data.address].flat()) {
        const address = fromJsonLd(value);
        if (address) {
          items.push(
            found(address, 0.95, [
              evidence('json-ld', page.url, `${node.path}.address`, JSON.stringify(value)),
            ]),
          );
        }
      }
    }
    const { $ } = page;
    $('[itemtype*="PostalAddress"], .h-adr, .p-adr, .adr').each((_, el) => {
      const scope = $(el);
      const pick = (prop: string, mf: string) =>
        cleanText(scope.find(`[itemprop="${prop}"], .${mf}, .p-${mf}`).first().text()) || null;
      const address: PostalAddress = {
        street: pick('streetAddress', 'street-address'),
        city: pick('addressLocality', 'locality'),
        region: pick('addressRegion', 'region'),
        postalCode: pick('postalCode', 'postal-code'),
        country: pick('addressCountry', 'country-name'),
      };
      if (address.region) address.region = stateCode(address.region) ?? address.region;
      if (address.street || address.city) {
        items.push(
          found(address, 0.9, [evidence('microformat', page.url, '[itemtype*=PostalAddress]', scope.text())]),
        );
      }
    });
    $('address').each((_, el) => {
      const html = $(el).html() ?? '';
      const lines = html
        .split(/<br\s*\/?>|<\/p>|<\/div>|\n/i)
        .map((part) => cleanText(part.replace(/<[^>]+>/g, ' ')))
        .filter(Boolean);
      items.push(
        ...findAddressesInLines(lines, (excerpt) => evidence('html', page.url, 'address', excerpt), 0.85),
      );
    });
    items.push(
      ...findAddressesInLines(page.lines, (excerpt, i) =>
        evidence('text', page.url, `line ${i + 1}`, excerpt),
      ),
    );
  }
  const merged = mergeFound(items, addressKey);
  // A city-only sighting adds nothing once the same city is known with its street.
  return merged
    .filter(
      (item) =>
        item.value.street ||
        !merged.some(
          (other) =>
            other.value.street &&
            normalizeKey(other.value.city ?? '') === normalizeKey(item.value.city ?? ''),
        ),
    )
    .slice(0, 10);
}
