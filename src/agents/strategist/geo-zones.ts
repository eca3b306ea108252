import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { Location } from '../../schemas/brand-profile.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import { COUNTRY_LABELS, countryCode } from './country-code.ts';
import { localRadius } from './distance-unit.ts';
import { splitByLargestRemainder } from './largest-remainder.ts';
import { slugify } from './slugify.ts';

export type GeoZone = BrandConfig['geographic_strategy']['zones'][number];
export type GeoStrategy = BrandConfig['geographic_strategy'];
type Priority = GeoZone['priority'];

// Budget weight per priority tier, shared equally by the zones of a tier; local businesses spend
// close to home, online ones across the country.
const TIER_WEIGHTS: Record<'local' | 'hybrid' | 'online', Record<Priority, number>> = {
  local: { primary: 70, secondary: 30, tertiary: 0 },
  hybrid: { primary: 55, secondary: 30, tertiary: 15 },
  online: { primary: 70, secondary: 20, tertiary: 10 },
};

export interface PlanGeoZonesOptions {
  locations: readonly Location[];
  businessModel: BusinessModel;
  radiusKm: number;
  /** ISO code used when a location names no country, and for the national zone when none is known. */
  defaultCountry: string;
  /** Why `defaultCountry` was chosen, said in the rationale when it is used. */
  defaultCountryReason: string;
}

/**
 * Target zones from the profile's locations. Each location gets a radius zone (centre from its
 * geo when research found one, otherwise null with the place named) and its city or region;
 * businesses that sell online also target the whole country, which becomes their primary zone.
 */
export function planGeoZones(options: PlanGeoZonesOptions): GeoStrategy {
  const { locations, businessModel, radiusKm, defaultCountry } = options;
  const mode =
    businessModel === 'brick-and-mortar-primary' ? 'local' : businessModel === 'hybrid' ? 'hybrid' : 'online';

  if (locations.length === 0) {
    return {
      zones: [countryZone(defaultCountry, 'primary', 1)],
      rationale:
        `No business location is known, so campaigns target ${countryLabel(defaultCountry)} as a whole ` +
        `(${options.defaultCountryReason}). Add the client's address to target the area around it.`,
    };
  }

  const local: Priority = mode === 'online' ? 'secondary' : 'primary';
  const area: Priority = mode === 'online' ? 'tertiary' : 'secondary';
  const zones: Array<Omit<GeoZone, 'budget_share'>> = [];
  const countries: string[] = [];
  for (const location of locations) {
    const { city, region } = location.address;
    const country = countryCode(location.address.country) ?? location.address.country ?? defaultCountry;
    const place = { city, region, country };
    const radius = localRadius(radiusKm, country);
    // Several locations often share the brand's name; the city tells their zones apart.
    const label =
      [location.name, city].filter(Boolean).join(', ') || region || location.address.street || 'the business';
    zones.push({
      id: slugify(`${label}-${radius.short.replace(' ', '')}`),
      name: `${radius.short} around ${label}${location.geo ? '' : ' (centre to be geocoded)'}`,
      kind: 'radius',
      center: location.geo,
      radius_km: radius.km,
      place,
      priority: local,
    });
    if (city) {
      const name = [city, region].filter(Boolean).join(', ');
      zones.push({
        id: slugify(name),
        name,
        kind: 'city',
        center: null,
        radius_km: null,
        place,
        priority: area,
      });
    } else if (region) {
      zones.push({
        id: slugify(`${region}-${country}`),
        name: region,
        kind: 'region',
        center: null,
        radius_km: null,
        place: { city: null, region, country },
        priority: area,
      });
    }
    countries.push(country);
  }
  if (mode !== 'local') {
    for (const country of countries) {
      zones.push({ ...countryZone(country, mode === 'online' ? 'primary' : 'tertiary', 0) });
    }
  }

  const order: Priority[] = ['primary', 'secondary', 'tertiary'];
  const unique = [...new Map(zones.map((zone) => [zone.id, zone])).values()].sort(
    (a, b) => order.indexOf(a.priority) - order.indexOf(b.priority),
  );
  const weights = TIER_WEIGHTS[mode];
  const perTier = (priority: Priority) => unique.filter((zone) => zone.priority === priority).length;
  // Scaled so equal splits within a tier stay whole numbers for the largest-remainder split.
  const basisPoints = splitByLargestRemainder(
    10_000,
    unique.map((zone) => Math.round((weights[zone.priority] * 1_000_000) / perTier(zone.priority))),
  );
  const withShares = unique.map((zone, index) => ({
    ...zone,
    budget_share: (basisPoints[index] ?? 0) / 10_000,
  }));

  const missingGeo = locations.filter((location) => location.geo === null).length;
  const travel = localRadius(radiusKm, countries[0] ?? defaultCountry).words;
  const rationale = [
    mode === 'local'
      ? `Customers come from around the business, so most budget goes to people within ${travel} of it (typical travel distance for the industry) and the rest to the wider city or region.`
      : mode === 'hybrid'
        ? `The business serves people locally and sells online: the area within ${travel} leads, the city or region follows, and the country catches online buyers.`
        : `The business sells online, so the country is the primary market; the area around its location is kept as a smaller local zone.`,
    missingGeo > 0
      ? `${missingGeo} location(s) have no coordinates; their radius zones name the place and need geocoding before launch.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { zones: withShares, rationale };
}

function countryZone(country: string, priority: Priority, share: number): GeoZone {
  return {
    id: slugify(`country-${country}`),
    name: countryLabel(country),
    kind: 'country',
    center: null,
    radius_km: null,
    place: { city: null, region: null, country },
    priority,
    budget_share: share,
  };
}

function countryLabel(country: string): string {
  return COUNTRY_LABELS[country] ?? country;
}
