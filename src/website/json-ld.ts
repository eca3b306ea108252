import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { safeExternalUrl } from './site-origin.ts';

// schema.org types by industry key; only used for businesses with a place customers visit.
const LOCAL_TYPES: Record<string, string> = {
  dental: 'Dentist',
  medical: 'MedicalClinic',
  restaurant: 'Restaurant',
  cafe: 'CafeOrCoffeeShop',
  fitness: 'ExerciseGym',
  'beauty-salon': 'BeautySalon',
  landscaping: 'HomeAndConstructionBusiness',
  'home-services': 'HomeAndConstructionBusiness',
  construction: 'GeneralContractor',
  'creative-agency': 'ProfessionalService',
  legal: 'LegalService',
  'accounting-finance': 'AccountingService',
  'real-estate': 'RealEstateAgent',
  'retail-ecommerce': 'Store',
  automotive: 'AutoRepair',
  hospitality: 'LodgingBusiness',
  veterinary: 'VeterinaryCare',
  photography: 'ProfessionalService',
};
const ORGANIZATION_TYPES: Record<string, string> = {
  education: 'EducationalOrganization',
  nonprofit: 'NGO',
};

/** The schema.org type: a LocalBusiness subtype for a business with an address, else Organization. */
export function businessType(config: BrandConfig): string {
  const organization = ORGANIZATION_TYPES[config.industry.key];
  if (organization) return organization;
  const local = config.business_model === 'brick-and-mortar-primary' || config.business_model === 'hybrid';
  if (local && config.contact.address) return LOCAL_TYPES[config.industry.key] ?? 'LocalBusiness';
  return 'Organization';
}

/**
 * JSON-LD for the business, with only facts brand-config and the profile state: no rating, price
 * range or opening hours unless research found them (it does not record them yet).
 */
export function businessJsonLd(
  config: BrandConfig,
  profile: BrandProfile | null,
  origin: string | null,
  logoPath: string | null,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': businessType(config),
    name: config.brand_name,
  };
  const description = profile?.description.value ?? config.tagline;
  if (description) data.description = description;
  if (origin) data.url = `${origin}/`;
  if (origin && logoPath) data.logo = `${origin}${logoPath}`;
  if (config.contact.phone) data.telephone = config.contact.phone;
  if (config.contact.email) data.email = config.contact.email;
  const address = config.contact.address;
  if (address && Object.values(address).some(Boolean)) {
    data.address = compact({
      '@type': 'PostalAddress',
      streetAddress: address.street,
      addressLocality: address.city,
      addressRegion: address.region,
      postalCode: address.postal_code,
      addressCountry: address.country,
    });
  }
  const geo = profile?.locations.find((location) => location.value.geo)?.value.geo;
  if (geo && data['@type'] !== 'Organization')
    data.geo = { '@type': 'GeoCoordinates', latitude: geo.lat, longitude: geo.lng };
  const sameAs = (profile?.social_links ?? [])
    .map((link) => safeExternalUrl(link.value.url))
    .filter((url): url is string => url !== null);
  if (sameAs.length > 0) data.sameAs = [...new Set(sameAs)];
  return data;
}

/** JSON for inside a <script> element: `<`, `>`, `&` and line separators escaped so text cannot close it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function compact(record: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value)) as Record<string, string>;
}
