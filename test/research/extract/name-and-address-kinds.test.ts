import { describe, expect, it } from 'vitest';
import { parseAddressText } from '../../../src/research/extract/extract-addresses.ts';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import type { SiteSnapshot } from '../../../src/research/site-snapshot.ts';

function site(pages: Array<{ path: string; html: string }>): SiteSnapshot {
  return {
    kind: 'site',
    rootUrl: 'https://example.test/',
    fetchedAt: '2026-11-01T00:00:00.000Z',
    pages: pages.map((page, depth) => ({
      url: `https://example.test${page.path}`,
      finalUrl: `https://example.test${page.path}`,
      status: 200,
      contentType: 'text/html',
      depth: Math.min(depth, 1),
      title: '',
      html: page.html,
      bytes: page.html.length,
    })),
    stylesheets: [],
    skipped: [],
    robots: { found: false, crawlDelaySeconds: null },
    sitemapUrls: [],
    brief: null,
  };
}

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('the brand name by agreement of its sources', () => {
  it('never takes the copyright year for the name', () => {
    const footer = '<footer><p>Copyright © 2022</p></footer>';
    const profile = extractBrandProfile(
      site([
        { path: '/', html: page('Fernhollow Supply', `<h1>Garden tools</h1>${footer}`) },
        { path: '/about.html', html: page('About - Fernhollow Supply', `<h1>About</h1>${footer}`) },
        { path: '/cart.html', html: page('Cart - Fernhollow Supply', `<h1>Your cart</h1>${footer}`) },
      ]),
    );
    expect(profile.name.value).toBe('Fernhollow Supply');
  });

  it('prefers the name to the logo monogram shown on every page', () => {
    const header = '<header><a class="logo">MB</a></header>';
    const titles = ['Mill Barn | Rooms', 'Mill Barn | The Garden', 'Mill Barn Stays | Home'];
    const profile = extractBrandProfile(
      site(
        titles.map((title, index) => ({
          path: index === 0 ? '/' : `/p${index}.html`,
          html: page(title, `${header}<p>Stay at Mill Barn.</p><footer>© 2026 Mill Barn</footer>`),
        })),
      ),
    );
    expect(profile.name.value).toBe('Mill Barn');
  });

  it('takes the person, not the job title, from "Name - Attorney at Law"', () => {
    const title = 'Margaret L. Osei - Attorney at Law';
    const profile = extractBrandProfile(
      site([
        {
          path: '/',
          html: page(title, '<h1>Attorney at Law</h1><p>Wills, estates and real estate closings.</p>'),
        },
        { path: '/contact.html', html: page(title, '<h1>Contact</h1>') },
      ]),
    );
    expect(profile.name.value).toBe('Margaret L. Osei');
  });
});

describe('UK postal addresses', () => {
  it('reads town and county, leaving the nation out', () => {
    expect(
      parseAddressText('Hollis Works Ltd, 4 Kiln Lane, Kendal, Cumbria, England, LA9 4QT'),
    ).toMatchObject({
      street: 'Hollis Works Ltd, 4 Kiln Lane',
      city: 'Kendal',
      region: 'Cumbria',
      postalCode: 'LA9 4QT',
      country: 'GB',
    });
  });

  it('keeps an address that names a park rather than a numbered street', () => {
    expect(parseAddressText('Find us: Ashby Green, Horsham, West Sussex, RH12 9ZZ')).toMatchObject({
      city: 'Horsham',
      region: 'West Sussex',
    });
  });

  it('still reads a bare "Town, POSTCODE" after a numbered street line', () => {
    expect(parseAddressText('London, NW1 3FG', '12 Camden Row')).toMatchObject({
      street: '12 Camden Row',
      city: 'London',
      region: null,
    });
  });
});
