import { describe, expect, it } from 'vitest';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import type { SiteSnapshot } from '../../../src/research/site-snapshot.ts';
import { BrandProfile } from '../../../src/schemas/brand-profile.ts';
import type { Source } from '../../../src/schemas/finding.ts';
import { loadFixtureBrief, loadFixtureSnapshot } from './load-fixture-snapshot.ts';

const SITES = ['plain-plumber', 'two-bakeries', 'tea-shop'] as const;

/** Every item of every list and every known finding, with the path it sits at. */
function collectEvidence(profile: BrandProfile): { path: string; known: boolean; sources: Source[] }[] {
  const out: { path: string; known: boolean; sources: Source[] }[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(item, `${path}[${i}]`);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if ('sources' in record && 'confidence' in record) {
      out.push({ path, known: record.value !== null, sources: record.sources as Source[] });
      return;
    }
    for (const [key, child] of Object.entries(record)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(profile, '');
  return out;
}

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

describe('extractBrandProfile on small-business fixture sites', () => {
  it.each(SITES)('produces a profile valid against the BrandProfile schema (%s)', (site) => {
    const profile = extractBrandProfile(loadFixtureSnapshot(site));
    expect(BrandProfile.safeParse(profile).success).toBe(true);
  });

  it.each(SITES)('gives every found value a source with a page and a short excerpt (%s)', (site) => {
    const profile = extractBrandProfile(loadFixtureSnapshot(site));
    for (const entry of collectEvidence(profile)) {
      if (!entry.known) continue;
      expect(entry.sources.length, entry.path).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(source.page, entry.path).toBeTruthy();
        expect((source.excerpt ?? '').length, entry.path).toBeLessThanOrEqual(200);
      }
    }
  });

  it('returns deep-equal output for the same input', () => {
    for (const site of SITES) {
      expect(extractBrandProfile(loadFixtureSnapshot(site))).toEqual(
        extractBrandProfile(loadFixtureSnapshot(site)),
      );
    }
  });
});

describe('a site without any structured data', () => {
  const profile = extractBrandProfile(loadFixtureSnapshot('plain-plumber'));

  it('finds the name from the logo, titles and copyright line', () => {
    expect(profile.name.value).toBe('Riverside Plumbing & Drain');
  });

  it('keeps the tel: number and the text number but not years, prices, dates, order numbers, fax or script text', () => {
    const phones = profile.contact.phones.map((p) => digits(p.value));
    expect(phones[0]).toBe('2535550142');
    expect(phones).not.toContain('2535550199');
    expect(phones).not.toContain('5550001111');
    expect(phones).not.toContain('2065559999');
    expect(phones.every((p) => p.length === 10)).toBe(true);
  });

  it('keeps the real address but not placeholders, trackers or retina image names', () => {
    expect(profile.contact.emails.map((e) => e.value)).toEqual(['office@riversideplumbing.test']);
  });

  it('reads the street address, city and region from footer text', () => {
    expect(profile.contact.addresses[0]?.value).toMatchObject({
      street: '1420 Pacific Ave',
      city: 'Tacoma',
      region: 'WA',
      postalCode: '98402',
    });
  });

  it('lists services from the services section and drops navigation words', () => {
    const names = profile.offerings.map((o) => o.value.name);
    expect(names).toEqual(
      expect.arrayContaining(['Drain Cleaning', 'Water Heater Installation', 'Leak Repair']),
    );
    expect(names).not.toContain('Home');
    expect(names).not.toContain('Contact');
  });

  it('finds proof: testimonial with author, licence, and years since founding', () => {
    expect(profile.proof.testimonials[0]?.value.author).toMatch(/Dana P/);
    expect(profile.proof.credentials.map((c) => c.value.toLowerCase()).join(' ')).toContain(
      'licensed & insured',
    );
    expect(profile.proof.years_in_business.value).toBe(28);
  });

  it('keeps profile links and drops share buttons', () => {
    expect(profile.social_links.map((s) => s.value.url)).toEqual([
      'https://facebook.com/riversideplumbingtacoma',
    ]);
  });

  it('classifies a local trade as home services, brick-and-mortar', () => {
    expect(profile.industry.value?.key).toBe('home-services');
    expect(profile.business_model.value).toBe('brick-and-mortar-primary');
  });
});

describe('a site with JSON-LD and several locations', () => {
  const profile = extractBrandProfile(loadFixtureSnapshot('two-bakeries'));

  it('prefers the JSON-LD name over og:site_name and the title', () => {
    expect(profile.name.value).toBe('Crumb & Co. Bakery');
    expect(profile.name.sources[0]?.kind).toBe('json-ld');
  });

  it('reports one location per shop, with geo where JSON-LD gives it', () => {
    const streets = profile.locations.map((l) => l.value.address.street);
    expect(streets).toEqual(expect.arrayContaining(['2210 NE Alberta St', '3325 SE Division St']));
    expect(profile.locations).toHaveLength(2);
    const alberta = profile.locations.find((l) => l.value.address.street === '2210 NE Alberta St');
    expect(alberta?.value.geo).toEqual({ lat: 45.559, lng: -122.642 });
  });

  it('takes both phones from JSON-LD and years from foundingDate', () => {
    expect(profile.contact.phones.map((p) => digits(p.value)).sort()).toEqual(['5035550110', '5035550120']);
    expect(profile.contact.phones[0]?.sources[0]?.kind).toBe('json-ld');
    expect(profile.proof.years_in_business.value).toBe(14);
  });

  it('uses theme-color as the primary colour and detects a café/bakery', () => {
    expect(profile.colors.find((c) => c.value.role === 'primary')?.value.hex).toBe('#8a3b12');
    expect(profile.industry.value?.key).toBe('cafe');
    expect(profile.business_model.value).toBe('brick-and-mortar-primary');
  });

  it('reads priced menu items as offerings', () => {
    const sourdough = profile.offerings.find((o) => o.value.name === 'Country Sourdough');
    expect(sourdough?.value.price).toBe('$9');
  });
});

describe('an online shop', () => {
  const profile = extractBrandProfile(loadFixtureSnapshot('tea-shop'));

  it('reads products and prices from JSON-LD', () => {
    const jasmine = profile.offerings.find((o) => o.value.name === 'Jasmine Pearls');
    expect(jasmine?.value.price).toBe('$18.00');
    expect(jasmine?.sources[0]?.kind).toBe('json-ld');
  });

  it('is ecommerce-primary and retail', () => {
    expect(profile.business_model.value).toBe('ecommerce-primary');
    expect(profile.industry.value?.key).toBe('retail-ecommerce');
  });

  it('assigns colour roles: brand variable as primary, neutrals only as background and text', () => {
    const byRole = Object.fromEntries(profile.colors.map((c) => [c.value.role, c.value.hex]));
    expect(byRole.primary).toBe('#2f6b3a');
    expect(byRole.secondary).toBe('#c8553d');
    expect(byRole.background).toBe('#fbfaf5');
    expect(byRole.text).toBe('#1c1c1c');
    for (const color of profile.colors) expect(color.value.hex).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names fonts without generic families or icon fonts', () => {
    const fonts = profile.fonts.map((f) => f.value);
    expect(fonts.slice(0, 2).sort()).toEqual(['Lora', 'Work Sans']);
    expect(fonts).not.toContain('FontAwesome');
    expect(fonts).not.toContain('serif');
  });

  it('finds the logo and content images as absolute URLs, skipping tracking pixels', () => {
    expect(profile.logo.value?.url).toBe('https://tea-shop.test/img/leaf-logo.svg');
    const images = profile.images.map((i) => i.value.url);
    expect(images).toContain('https://tea-shop.test/img/tea-garden.jpg');
    expect(images.some((url) => url.includes('pixel'))).toBe(false);
  });

  it('keeps the x and pinterest profiles and drops the tweet intent', () => {
    expect(profile.social_links.map((s) => s.value.platform).sort()).toEqual(['pinterest', 'x']);
  });
});

describe('nothing to find', () => {
  it('falls back to the domain for the name, with low confidence, when a real host is known', () => {
    const snapshot = loadFixtureSnapshot('tea-shop');
    const bare = extractBrandProfile({
      ...snapshot,
      rootUrl: 'https://www.acme-widgets.test/',
      pages: [
        { ...(snapshot.pages[0] as SiteSnapshot['pages'][number]), html: '<html><body></body></html>' },
      ],
    });
    expect(bare.name.value).toBe('acme-widgets');
    expect(bare.name.sources[0]?.kind).toBe('url');
    expect(bare.name.confidence).toBeLessThan(0.5);
  });

  const empty: SiteSnapshot = {
    ...loadFixtureSnapshot('tea-shop'),
    rootUrl: null,
    pages: [
      {
        url: 'http://127.0.0.1:8000/',
        finalUrl: 'http://127.0.0.1:8000/',
        status: 200,
        contentType: 'text/html',
        depth: 0,
        title: '',
        html: '<html><body><div></div></body></html>',
        bytes: 40,
      },
    ],
    stylesheets: [],
  };
  const profile = extractBrandProfile(empty);

  it('answers unknown instead of inventing, and lists what is unknown', () => {
    expect(BrandProfile.safeParse(profile).success).toBe(true);
    expect(profile.name).toEqual({ value: null, confidence: 0, sources: [] });
    expect(profile.offerings).toEqual([]);
    expect(profile.contact.phones).toEqual([]);
    expect(profile.unknowns).toEqual(
      expect.arrayContaining([
        'name',
        'description',
        'offerings',
        'contact.phones',
        'contact.emails',
        'industry',
        'business_model',
        'colors',
      ]),
    );
  });
});

describe('a plain-text brief', () => {
  const profile = extractBrandProfile(loadFixtureBrief('brief.txt'));

  it('is schema-valid and cites brief lines', () => {
    expect(BrandProfile.safeParse(profile).success).toBe(true);
    expect(profile.source.kind).toBe('brief');
    expect(profile.name.sources[0]).toMatchObject({ kind: 'brief', page: 'brief', selector: 'line 1' });
  });

  it('reads name, tagline, description and contact', () => {
    expect(profile.name.value).toBe('Harbor Yoga Studio');
    expect(profile.tagline.value).toBe('Breathe. Move. Rest.');
    expect(profile.description.value).toMatch(/^Harbor Yoga Studio is a small yoga/);
    expect(profile.contact.phones.map((p) => digits(p.value))).toEqual(['3605550187']);
    expect(profile.contact.emails.map((e) => e.value)).toEqual(['hello@harboryoga.test']);
    expect(profile.locations[0]?.value.address).toMatchObject({ city: 'Anacortes', region: 'WA' });
  });

  it('reads offerings from the list and from "we also offer"', () => {
    const names = profile.offerings.map((o) => o.value.name);
    expect(names).toEqual(
      expect.arrayContaining(['Vinyasa Flow', 'Restorative Yoga', 'Mat Pilates', 'Private Sessions']),
    );
    expect(profile.offerings.find((o) => o.value.name === 'Mat Pilates')?.value.price).toBe('$22');
  });

  it('detects the industry and a local business model', () => {
    expect(profile.industry.value?.key).toBe('fitness');
    expect(profile.business_model.value).toBe('brick-and-mortar-primary');
  });
});

describe('a site with several locations and a plain services list', () => {
  const profile = extractBrandProfile(loadFixtureSnapshot('green-leaf-laundry'));

  it('takes each item of the list under "Our services" as an offering', () => {
    expect(profile.offerings.map((item) => item.value.name)).toEqual([
      'Wash & fold',
      'Dry cleaning',
      'Commercial laundry',
      'Pickup and delivery',
    ]);
  });

  it('finds every location and its phone without structured data', () => {
    expect(profile.locations.map((item) => item.value.address.city)).toEqual(['Denver', 'Aurora', 'Boulder']);
    expect(profile.contact.phones.map((item) => item.value.replace(/\D/g, ''))).toEqual([
      '3035550111',
      '3035550122',
      '7205550133',
    ]);
  });
});

describe('offerings named by strong sources', () => {
  const profile = extractBrandProfile(loadFixtureSnapshot('boxing-gym'));
  const names = profile.offerings.map((item) => item.value.name);

  it('keeps the offerings the navigation names and drops the guesses from page headings', () => {
    expect(names.slice(0, 3)).toEqual(['Boxing Classes', 'Private Coaching', 'Youth Boxing']);
    for (const noise of ['Build Strength', 'Busy Adults', 'Busy adults', 'Cool Down & Recovery'])
      expect(names).not.toContain(noise);
  });

  it('names a tier after the section it belongs to, and keeps its price', () => {
    const bronze = profile.offerings.find((item) => item.value.name === 'Bronze Membership');
    expect(bronze?.value.price).toBe('$99/mo');
    expect(names).toContain('Silver Membership');
    expect(names).not.toContain('Silver');
  });

  it('never keeps a typed list marker in a name', () => {
    expect(names.every((name) => !/^[•·*–-]/.test(name))).toBe(true);
  });
});
