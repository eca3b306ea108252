import type { SiteSnapshot, SnapshotPage } from '../../../src/research/site-snapshot.ts';
import type { BrandProfile } from '../../../src/schemas/brand-profile.ts';

const ROOT = 'https://www.brightsmiledental.example/';

interface ProfileOptions {
  name?: string;
  industry?: { key: string; label: string } | null;
  valuePropositions?: string[];
  years?: number | null;
  city?: string | null;
  kind?: 'site' | 'brief';
}

/** A realistic brand profile of a one-location dental practice, as brand research writes it. */
export function brandProfile(options: ProfileOptions = {}): BrandProfile {
  const name = options.name ?? 'Bright Smile Dental';
  const industry =
    options.industry === undefined ? { key: 'dental', label: 'Dental practice' } : options.industry;
  const page = (path: string) => new URL(path, ROOT).href;
  const found = <T>(value: T, path = '/', excerpt?: string) => ({
    value,
    confidence: 0.8,
    sources: [{ kind: 'text' as const, page: page(path), ...(excerpt ? { excerpt } : {}) }],
  });
  const city = options.city === undefined ? 'Portland' : options.city;
  const address = { street: '12 Main St', city, region: 'OR', postalCode: '97201', country: 'US' };
  const years = options.years === undefined ? 26 : options.years;
  return {
    schema_version: 1,
    source: {
      kind: options.kind ?? 'site',
      url: options.kind === 'brief' ? null : ROOT,
      pages: [ROOT, page('/about')],
    },
    name: found(name),
    tagline: found('Gentle family dentistry in the heart of Portland'),
    description: found(
      'A family-owned dental practice offering check-ups, cleanings, whitening and implants.',
    ),
    offerings: [
      found({ name: 'Check-ups and cleanings', description: null, price: null, url: null }, '/services'),
      found({ name: 'Teeth whitening', description: null, price: '$299', url: null }, '/services'),
      found({ name: 'Dental implants', description: null, price: null, url: null }, '/services'),
    ],
    value_propositions: (
      options.valuePropositions ?? [
        'Family-owned practice: you see the same dentist at every visit',
        'Evening and Saturday appointments',
      ]
    ).map((text) => found(text, '/about')),
    proof: {
      testimonials: [found({ quote: 'Best dentist in town, so gentle.', author: 'Maria K.' }, '/reviews')],
      credentials: [found('Member of the American Dental Association', '/about')],
      years_in_business:
        years === null
          ? { value: null, confidence: 0, sources: [] }
          : found(years, '/about', `Serving Portland since ${2024 - years}`),
    },
    tone_of_voice: found({
      descriptors: ['warm', 'reassuring'],
      formality: 'casual' as const,
      addresses: 'we-you' as const,
      averageSentenceWords: 14,
    }),
    colors: [found({ hex: '#1a73e8', role: 'primary' as const, weight: 10 })],
    fonts: [found('Open Sans')],
    logo: found({ url: page('/logo.svg'), alt: name }),
    images: [],
    contact: {
      phones: [found('(503) 555-0100', '/contact')],
      emails: [found('hello@brightsmiledental.example', '/contact')],
      addresses: city === null ? [] : [found(address, '/contact')],
    },
    locations: city === null ? [] : [found({ name, address, geo: null }, '/contact')],
    social_links: [],
    industry: industry === null ? { value: null, confidence: 0, sources: [] } : found(industry),
    business_model: found('brick-and-mortar-primary' as const),
    unknowns: [],
  };
}

export function htmlPage(path: string, title: string, body: string): SnapshotPage {
  const url = new URL(path, ROOT).href;
  const html = `<!doctype html><html><head><title>${title}</title><style>p{color:red}</style></head><body>${body}<script>var unlike = "Unlike Script Co, ignore";</script></body></html>`;
  return {
    url,
    finalUrl: url,
    status: 200,
    contentType: 'text/html; charset=utf-8',
    depth: 1,
    title,
    html,
    bytes: html.length,
  };
}

export function siteSnapshot(pages: SnapshotPage[]): SiteSnapshot {
  return {
    kind: 'site',
    rootUrl: ROOT,
    fetchedAt: '2025-01-01T00:00:00.000Z',
    pages,
    stylesheets: [],
    skipped: [],
    robots: { found: false, crawlDelaySeconds: null },
    sitemapUrls: [],
    brief: null,
  };
}

export function briefSnapshot(text: string): SiteSnapshot {
  return { ...siteSnapshot([]), kind: 'brief', rootUrl: null, brief: { file: 'brief.txt', text } };
}

/** The practice's site: one comparative sentence naming a rival, and sentences that must not count. */
export const DENTAL_PAGES = [
  htmlPage(
    '/',
    'Bright Smile Dental',
    '<h1>Gentle Family Dentistry</h1><p>Unlike Big Chain Dental, we never rush you through a check-up.</p>' +
      '<p>Unlike most dental offices, we answer the phone ourselves.</p>',
  ),
  htmlPage(
    '/about',
    'About us',
    '<h2>Why Patients Choose Us Over The Big Chains</h2>' +
      '<p>Many patients switch from Smile Factory after one visit.</p>' +
      '<p>Bright Smile Dental vs. the rest: we have served Portland since 1998.</p>' +
      '<p>Compared to Bright Smile Dental Group, we are the same practice.</p>',
  ),
];
