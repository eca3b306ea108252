import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrandConfig } from '../../src/schemas/brand-config.ts';
import type { BrandProfile } from '../../src/schemas/brand-profile.ts';
import { buildSite, type SiteFile, SiteForms } from '../../src/website/index.ts';
import { type Brand, dentalBrand, shopBrand, siteInputOf } from './fixtures.ts';

const page = (files: SiteFile[], path: string) => {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`${path} was not built`);
  return load(String(file.content));
};
const formsOf = (files: SiteFile[]) =>
  SiteForms.parse(JSON.parse(String(files.find((file) => file.path === 'forms.json')!.content)));
const landingOf = (files: SiteFile[]) =>
  files.find((file) => /^lp\/[^/]+\/index\.html$/.test(file.path))!.path;

let dental: Brand;
let shop: Brand;
beforeAll(async () => {
  [dental, shop] = await Promise.all([dentalBrand(), shopBrand()]);
});

function asKind(brand: Brand, industry: BrandConfig['industry'], kpi?: 'cost_per_booking'): BrandConfig {
  return {
    ...brand.config,
    industry,
    campaign_goals: {
      ...brand.config.campaign_goals,
      primary_kpi: kpi ?? brand.config.campaign_goals.primary_kpi,
    },
  };
}

describe('layouts per kind of business', () => {
  it("asks an inn for a stay's dates and guests, never a preferred time or a service", () => {
    const config = asKind(dental, { key: 'lodging', label: 'Inn, guesthouse and B&B' }, 'cost_per_booking');
    const files = buildSite({ ...siteInputOf(dental), config });
    const booking = formsOf(files).forms.find((form) => form.page === '/contact.html')!;
    expect(booking.kind).toBe('booking');
    const fields = booking.fields.map((field) => [field.name, field.type, field.required]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['check_in', 'date', true],
        ['check_out', 'date', true],
        ['party_size', 'number', true],
      ]),
    );
    const labels = booking.fields.map((field) => field.label).join(' | ');
    expect(labels).not.toMatch(/preferred time|service/i);
    const contact = page(files, 'contact.html');
    expect(contact('input[type="date"]').length).toBe(2);
    expect(contact('label[for="booking-check_out"]').text()).toBe('Check-out date');
    expect(contact('nav a[href="/offerings.html"]').text()).toBe('Rooms');
  });

  it('gives a law firm practice areas, a consultation request and click-to-call on its landing pages', () => {
    const config = asKind(dental, { key: 'legal', label: 'Criminal defence law firm' });
    const files = buildSite({ ...siteInputOf(dental), config });
    expect(page(files, 'offerings.html')('h1').text()).toBe('Practice areas');
    expect(formsOf(files).forms[0]!.submit_label).toBe('Request a consultation');
    const landing = page(files, landingOf(files));
    const phone = config.contact.phone!;
    expect(landing('header a[href^="tel:"]').attr('href')).toBe(`tel:${phone.replace(/[^0-9+]/g, '')}`);
    expect(landing('main a[href^="tel:"]').length).toBe(1);
    expect(landing('main a[href^="https://www.google.com/maps/search/"]').length).toBe(1);
  });

  it('asks a trade where the job is and offers a quote; a shop gets no call button or map', () => {
    const trade = buildSite({
      ...siteInputOf(dental),
      config: asKind(dental, { key: 'home-services', label: 'Handyman' }),
    });
    const form = formsOf(trade).forms[0]!;
    expect(form.submit_label).toBe('Request a quote');
    expect(form.fields.map((field) => field.name)).toContain('job_location');

    const store = buildSite(siteInputOf(shop));
    const buy = page(store, 'offerings.html')('a[data-mf-buy]');
    expect(buy.length).toBeGreaterThan(0);
    expect(buy.attr('href')).toMatch(/^https:\/\/tidepool\.example\//);
    for (const path of ['index.html', landingOf(store)]) {
      expect(page(store, path)('a.call').length, path).toBe(0);
      expect(page(store, path)('a[href*="maps"]').length, path).toBe(0);
    }
  });
});

describe('proof on the home page', () => {
  it('shows every review once as a testimonial section, none with a word to avoid, and each credential once', () => {
    const item = <T>(value: T) => ({ value, confidence: 0.8, sources: [] });
    const reviews = [
      { quote: 'They fixed a cracked tooth the same afternoon.', author: 'Ana L.' },
      { quote: 'Friendly staff and no waiting.', author: 'Ben K.' },
      { quote: 'THEY FIXED a cracked tooth the same afternoon!', author: null },
      { quote: 'My kids actually like going to the dentist now, which I never expected.', author: 'Cleo M.' },
      { quote: 'My kids actually like going to the dentist now', author: null },
      { quote: 'Simply the BEST dentist in Bellingham.', author: 'Dee F.' },
    ];
    const profile: BrandProfile = {
      ...dental.profile,
      proof: {
        ...dental.profile.proof,
        testimonials: reviews.map(item),
        credentials: [
          item('Board-certified dentists'),
          item('board certified dentists.'),
          item('ADA member'),
        ],
      },
    };
    const config = {
      ...dental.config,
      brand_voice: { ...dental.config.brand_voice, avoid: [...dental.config.brand_voice.avoid, 'best'] },
    };
    const files = buildSite({ ...siteInputOf(dental), config, profile });
    const home = page(files, 'index.html');
    const quotes = home('.testimonials figure')
      .toArray()
      .map((figure) => [
        home(figure).find('blockquote').text(),
        home(figure).find('figcaption').text() || null,
      ]);
    expect(quotes).toEqual([
      ['They fixed a cracked tooth the same afternoon.', 'Ana L.'],
      ['Friendly staff and no waiting.', 'Ben K.'],
      ['My kids actually like going to the dentist now, which I never expected.', 'Cleo M.'],
    ]);
    const about = page(files, 'about.html');
    const credentials = about('h2:contains("Credentials") + ul li')
      .toArray()
      .map((li) => about(li).text());
    expect(credentials.filter((text) => /board/i.test(text))).toHaveLength(1);
  });

  it('shows offerings on the home page as cards with their description and price', () => {
    const home = page(buildSite(siteInputOf(dental)), 'index.html');
    const cards = home('.cards .card')
      .toArray()
      .map((card) => home(card).text());
    expect(cards.some((text) => text.includes('Check-ups and cleanings for all ages'))).toBe(true);
    expect(cards.some((text) => text.includes('from $299'))).toBe(true);
  });
});
