import { describe, expect, it } from 'vitest';
import { planGeoZones } from '../../../src/agents/strategist/geo-zones.ts';
import type { Location } from '../../../src/schemas/brand-profile.ts';

const seattle: Location = {
  name: 'Capitol Hill clinic',
  address: { street: null, city: 'Seattle', region: 'WA', postalCode: null, country: 'US' },
  geo: { lat: 47.62, lng: -122.32 },
};
const tacoma: Location = {
  name: null,
  address: { street: null, city: 'Tacoma', region: 'WA', postalCode: null, country: null },
  geo: null,
};
const options = { radiusKm: 12, defaultCountry: 'US', defaultCountryReason: 'test' };

describe('planGeoZones', () => {
  it('gives each location a primary radius zone and its city as secondary, shares summing to 1', () => {
    const { zones } = planGeoZones({
      ...options,
      locations: [seattle, tacoma],
      businessModel: 'brick-and-mortar-primary',
    });
    expect(zones.map((zone) => [zone.id, zone.kind, zone.priority, zone.budget_share])).toEqual([
      ['capitol-hill-clinic-seattle-7mi', 'radius', 'primary', 0.35],
      ['tacoma-7mi', 'radius', 'primary', 0.35],
      ['seattle-wa', 'city', 'secondary', 0.15],
      ['tacoma-wa', 'city', 'secondary', 0.15],
    ]);
    expect(zones[0]!.center).toEqual({ lat: 47.62, lng: -122.32 });
    expect(zones[1]).toMatchObject({ center: null, place: { city: 'Tacoma', region: 'WA', country: 'US' } });
    expect(zones[1]!.name).toContain('to be geocoded');
  });

  it('names radii in miles in the US and the UK, in kilometres elsewhere', () => {
    const berlin: Location = {
      name: null,
      address: { street: null, city: 'Berlin', region: null, postalCode: null, country: 'Germany' },
      geo: null,
    };
    const leeds: Location = {
      name: null,
      address: { street: null, city: 'Leeds', region: null, postalCode: null, country: 'United Kingdom' },
      geo: null,
    };
    const local = { ...options, businessModel: 'brick-and-mortar-primary' as const };
    const [us] = planGeoZones({ ...local, locations: [seattle] }).zones;
    const [de] = planGeoZones({ ...local, locations: [berlin] }).zones;
    const uk = planGeoZones({ ...local, locations: [leeds] });
    expect([us!.name, us!.radius_km]).toEqual(['7 mi around Capitol Hill clinic, Seattle', 11.27]);
    expect([de!.name, de!.radius_km]).toEqual(['12 km around Berlin (centre to be geocoded)', 12]);
    expect(uk.zones[0]!.name).toMatch(/^7 mi around Leeds/);
    expect(uk.rationale).toContain('within 7 miles of it');
  });

  it('adds the country for businesses that sell online', () => {
    const hybrid = planGeoZones({ ...options, locations: [seattle], businessModel: 'hybrid' });
    expect(hybrid.zones.find((zone) => zone.kind === 'country')).toMatchObject({
      id: 'country-us',
      priority: 'tertiary',
    });
    const online = planGeoZones({ ...options, locations: [seattle], businessModel: 'service-online' });
    expect(online.zones[0]).toMatchObject({ kind: 'country', priority: 'primary', budget_share: 0.7 });
  });

  it('targets the country and says why when no location is known', () => {
    const geo = planGeoZones({
      ...options,
      defaultCountryReason: 'assumed from the budget currency',
      locations: [],
      businessModel: 'brick-and-mortar-primary',
    });
    expect(geo.zones).toEqual([
      {
        id: 'country-us',
        name: 'United States',
        kind: 'country',
        center: null,
        radius_km: null,
        place: { city: null, region: null, country: 'US' },
        priority: 'primary',
        budget_share: 1,
      },
    ]);
    expect(geo.rationale).toMatch(/No business location is known.*assumed from the budget currency/);
  });

  it('tells apart several locations that share the brand name by their city', () => {
    const branch = (city: string): Location => ({
      name: 'Green Leaf Laundry',
      address: { street: null, city, region: 'CO', postalCode: null, country: 'US' },
      geo: null,
    });
    const { zones } = planGeoZones({
      ...options,
      locations: [branch('Denver'), branch('Aurora'), branch('Boulder')],
      businessModel: 'brick-and-mortar-primary',
    });
    const radius = zones.filter((zone) => zone.kind === 'radius');
    expect(radius.map((zone) => zone.id)).toEqual([
      'green-leaf-laundry-denver-7mi',
      'green-leaf-laundry-aurora-7mi',
      'green-leaf-laundry-boulder-7mi',
    ]);
    expect(zones.reduce((sum, zone) => sum + zone.budget_share, 0)).toBeCloseTo(1, 9);
  });
});
