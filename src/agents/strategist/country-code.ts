/** ISO 3166 alpha-2 codes for the countries the strategist knows by name; others stay unknown. */
const COUNTRY_NAMES: Record<string, string> = {
  us: 'US',
  usa: 'US',
  'united states': 'US',
  'united states of america': 'US',
  ca: 'CA',
  canada: 'CA',
  gb: 'GB',
  uk: 'GB',
  'united kingdom': 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  ie: 'IE',
  ireland: 'IE',
  au: 'AU',
  australia: 'AU',
  nz: 'NZ',
  'new zealand': 'NZ',
  de: 'DE',
  germany: 'DE',
  deutschland: 'DE',
  fr: 'FR',
  france: 'FR',
  es: 'ES',
  spain: 'ES',
  it: 'IT',
  italy: 'IT',
  nl: 'NL',
  netherlands: 'NL',
  mx: 'MX',
  mexico: 'MX',
  in: 'IN',
  india: 'IN',
  sg: 'SG',
  singapore: 'SG',
  jp: 'JP',
  japan: 'JP',
  za: 'ZA',
  'south africa': 'ZA',
};

export const COUNTRY_LABELS: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  DE: 'Germany',
  FR: 'France',
  ES: 'Spain',
  IT: 'Italy',
  NL: 'Netherlands',
  MX: 'Mexico',
  IN: 'India',
  SG: 'Singapore',
  JP: 'Japan',
  ZA: 'South Africa',
};

/** `'United States'`, `'usa'`, `'US'` → `'US'`; null when the name is not one we know. */
export function countryCode(country: string | null | undefined): string | null {
  if (!country) return null;
  const key = country
    .trim()
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '');
  return COUNTRY_NAMES[key] ?? null;
}
