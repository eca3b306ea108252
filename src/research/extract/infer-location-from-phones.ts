import type { Location } from '../../schemas/brand-profile.ts';
import type { FoundItem } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { phoneKey } from './extract-phones.ts';
import { type AreaCodeRegion, areaCodeRegion, NON_GEOGRAPHIC_AREA_CODES } from './nanp-area-codes.ts';

/** An area code says where a number was issued, not where the business is: a weak hint only. */
const INFERRED_CONFIDENCE = 0.4;
const NANP_NATIONAL = /^[2-9]\d{2}[2-9]\d{6}$/;

export interface InferLocationOptions {
  businessName: string | null;
  /** Page to cite when a phone carries no page of its own. */
  page: string;
}

/**
 * A region-only location read from the area codes of North American phones, for service-area
 * businesses that print a number but no address. Phones are expected strongest first. Toll-free,
 * non-geographic and foreign numbers are ignored; a NANP number whose code is not surely tied to
 * one state or province, or phones that disagree, leave the location unknown.
 *
 * @example
 * inferLocationFromPhones(profile.contact.phones, { businessName: 'J. Knisely', page: rootUrl });
 * // [{ value: { address: { region: 'MA', country: 'US', city: null, … } }, confidence: 0.4, … }]
 */
export function inferLocationFromPhones(
  phones: FoundItem<string>[],
  options: InferLocationOptions,
): FoundItem<Location>[] {
  let first: { phone: FoundItem<string>; areaCode: string; place: AreaCodeRegion } | null = null;
  for (const phone of phones) {
    if (/^\+(?!1)/.test(phone.value.trim())) continue;
    const national = phoneKey(phone.value);
    if (!NANP_NATIONAL.test(national)) continue;
    const areaCode = national.slice(0, 3);
    if (NON_GEOGRAPHIC_AREA_CODES.has(areaCode)) continue;
    const place = areaCodeRegion(areaCode);
    if (!place) return [];
    if (!first) first = { phone, areaCode, place };
    else if (first.place.region !== place.region || first.place.country !== place.country) return [];
  }
  if (!first) return [];
  const { phone, areaCode, place } = first;
  return [
    found(
      {
        name: options.businessName,
        address: { street: null, city: null, region: place.region, postalCode: null, country: place.country },
        geo: null,
      },
      INFERRED_CONFIDENCE,
      [
        evidence(
          'inferred',
          phone.sources[0]?.page ?? options.page,
          `phone area code ${areaCode}`,
          phone.value,
        ),
      ],
    ),
  ];
}
