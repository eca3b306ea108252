import { describe, expect, it } from 'vitest';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import { inferLocationFromPhones } from '../../../src/research/extract/infer-location-from-phones.ts';
import {
  areaCodeRegion,
  NANP_AREA_CODES,
  NON_GEOGRAPHIC_AREA_CODES,
} from '../../../src/research/extract/nanp-area-codes.ts';
import { BrandProfile } from '../../../src/schemas/brand-profile.ts';
import type { FoundItem } from '../../../src/schemas/finding.ts';
import { loadFixtureBrief, loadFixtureSnapshot } from './load-fixture-snapshot.ts';

function phone(value: string, confidence = 0.8): FoundItem<string> {
  return { value, confidence, sources: [{ kind: 'text', page: 'https://example.test/contact' }] };
}

const options = { businessName: 'Example Co', page: 'https://example.test/' };

describe('a site that shows a phone number but no address', () => {
  const profile = extractBrandProfile(loadFixtureSnapshot('phone-only-landscaper'));

  it('infers the state from the area code, with a low confidence and an inferred source', () => {
    expect(BrandProfile.safeParse(profile).success).toBe(true);
    expect(profile.locations).toEqual([
      {
        value: {
          name: profile.name.value,
          address: { street: null, city: null, region: 'MA', postalCode: null, country: 'US' },
          geo: null,
        },
        confidence: 0.4,
        sources: [
          {
            kind: 'inferred',
            page: 'https://phone-only-landscaper.test/',
            selector: 'phone area code 978',
            excerpt: '(978) 555-0139',
          },
        ],
      },
    ]);
  });

  it('no longer lists locations as unknown, but still lists the address as unknown', () => {
    expect(profile.unknowns).not.toContain('locations');
    expect(profile.unknowns).toContain('contact.addresses');
    expect(profile.contact.addresses).toEqual([]);
  });
});

describe('inferring no location', () => {
  it('gives nothing for a toll-free number alone', () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('toll-free-only'));
    expect(profile.contact.phones.map((p) => p.value)).toEqual(['(888) 555-0172']);
    expect(profile.locations).toEqual([]);
    expect(profile.unknowns).toContain('locations');
  });

  it('gives nothing when the phones point at different states', () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('two-state-phones'));
    expect(profile.contact.phones).toHaveLength(2);
    expect(profile.locations).toEqual([]);
  });

  it('gives nothing for non-geographic or foreign numbers', () => {
    expect(inferLocationFromPhones([phone('(900) 555-0100'), phone('(500) 555-0100')], options)).toEqual([]);
    expect(inferLocationFromPhones([phone('+442079460000'), phone('+6491234567')], options)).toEqual([]);
  });

  it('gives nothing when a number has an area code not surely tied to one province', () => {
    // 902 is shared by Nova Scotia and Prince Edward Island.
    expect(inferLocationFromPhones([phone('(416) 555-0123'), phone('(902) 555-0123')], options)).toEqual([]);
  });
});

describe('a found address', () => {
  it('keeps the address-based location even when the area code points at another state', () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('cross-river-painter'));
    expect(profile.locations).toHaveLength(1);
    expect(profile.locations[0]?.value.address).toMatchObject({
      street: '815 SE Hawthorne Blvd',
      city: 'Portland',
      region: 'OR',
    });
    expect(profile.locations[0]?.sources.every((s) => s.kind !== 'inferred')).toBe(true);
  });

  it('leaves a site with an address in the same state untouched', () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('plain-plumber'));
    expect(profile.locations.map((l) => l.value.address.street)).toEqual(['1420 Pacific Ave']);
    expect(profile.locations[0]?.sources.every((s) => s.kind !== 'inferred')).toBe(true);
  });
});

describe('Canadian and mixed numbers', () => {
  it('infers the province from a Canadian area code and ignores a toll-free line beside it', () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('toronto-renovator'));
    expect(profile.locations).toHaveLength(1);
    expect(profile.locations[0]?.value.address).toEqual({
      street: null,
      city: null,
      region: 'ON',
      postalCode: null,
      country: 'CA',
    });
    expect(profile.locations[0]?.sources[0]).toMatchObject({
      kind: 'inferred',
      selector: 'phone area code 416',
    });
  });

  it('uses the first phone when every geographic phone agrees', () => {
    const [location] = inferLocationFromPhones(
      [phone('(617) 555-0148', 0.95), phone('(800) 555-0100'), phone('(978) 555-0139')],
      options,
    );
    expect(location?.value.address.region).toBe('MA');
    expect(location?.sources[0]).toMatchObject({
      page: 'https://example.test/contact',
      selector: 'phone area code 617',
      excerpt: '(617) 555-0148',
    });
  });
});

describe('a plain-text brief with only a phone number', () => {
  it('infers the state and cites the brief', () => {
    const profile = extractBrandProfile(loadFixtureBrief('phone-only-brief.txt'));
    expect(BrandProfile.safeParse(profile).success).toBe(true);
    expect(profile.locations[0]).toMatchObject({
      value: { address: { city: null, region: 'MA', country: 'US' } },
      confidence: 0.4,
      sources: [{ kind: 'inferred', page: 'brief', selector: 'phone area code 978' }],
    });
    expect(profile.unknowns).not.toContain('locations');
  });
});

describe('the NANP area code table', () => {
  it('answers the state or province of well-known codes', () => {
    expect(areaCodeRegion('978')).toEqual({ region: 'MA', country: 'US' });
    expect(areaCodeRegion('202')).toEqual({ region: 'DC', country: 'US' });
    expect(areaCodeRegion('416')).toEqual({ region: 'ON', country: 'CA' });
    expect(areaCodeRegion('514')).toEqual({ region: 'QC', country: 'CA' });
    expect(areaCodeRegion('530')).toEqual({ region: 'CA', country: 'US' });
    expect(areaCodeRegion('531')).toEqual({ region: 'NE', country: 'US' });
  });

  it('holds no toll-free or non-geographic code', () => {
    for (const code of ['800', '833', '844', '855', '866', '877', '888', '500', '521', '533', '600', '900'])
      expect(NON_GEOGRAPHIC_AREA_CODES.has(code), code).toBe(true);
    for (const code of NON_GEOGRAPHIC_AREA_CODES) expect(NANP_AREA_CODES.has(code), code).toBe(false);
  });

  it('covers every US state, DC and the provinces that own their codes', () => {
    const regions = new Set([...NANP_AREA_CODES.values()].map((r) => `${r.country}-${r.region}`));
    expect([...regions].filter((r) => r.startsWith('US-'))).toHaveLength(51);
    expect([...regions].filter((r) => r.startsWith('CA-')).sort()).toEqual(
      ['AB', 'BC', 'MB', 'NB', 'NL', 'ON', 'QC', 'SK'].map((p) => `CA-${p}`),
    );
  });

  it('maps only three-digit codes of the form NXX', () => {
    for (const code of NANP_AREA_CODES.keys()) expect(code, code).toMatch(/^[2-9]\d{2}$/);
  });
});
