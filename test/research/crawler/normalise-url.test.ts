import { describe, expect, it } from 'vitest';
import {
  isSameSite,
  looksLikePage,
  normaliseUrl,
  pageKey,
} from '../../../src/research/crawler/normalise-url.ts';

const base = 'https://bakery.example/menu/';

describe('normaliseUrl', () => {
  it('resolves relative links, drops the fragment and keeps the query', () => {
    expect(normaliseUrl('../about?p=41#team', base)?.href).toBe('https://bakery.example/about?p=41');
  });

  it.each(['mailto:hi@bakery.example', 'tel:+331', 'javascript:void(0)', 'data:text/html,hi', 'ftp://x/'])(
    'returns null for %s',
    (href) => {
      expect(normaliseUrl(href, base)).toBeNull();
    },
  );
});

describe('pageKey', () => {
  it('treats www and bare host, http and https, and query order as one page', () => {
    const keys = ['https://www.bakery.example/a?b=2&a=1', 'http://bakery.example/a?a=1&b=2#x'].map((href) =>
      pageKey(normaliseUrl(href)!),
    );

    expect(new Set(keys).size).toBe(1);
  });

  it('keeps pages routed by query apart', () => {
    expect(pageKey(new URL('https://x.example/?p=1'))).not.toBe(pageKey(new URL('https://x.example/?p=2')));
  });
});

describe('isSameSite and looksLikePage', () => {
  it('counts www as the same site but not other subdomains or ports', () => {
    const site = new URL('https://bakery.example/');
    expect(isSameSite(site, new URL('http://www.bakery.example/x'))).toBe(true);
    expect(isSameSite(site, new URL('https://shop.bakery.example/'))).toBe(false);
    expect(isSameSite(site, new URL('https://bakery.example:8443/'))).toBe(false);
  });

  it('leaves out files that are not pages', () => {
    expect(looksLikePage(new URL('https://x.example/menu.PDF'))).toBe(false);
    expect(looksLikePage(new URL('https://x.example/photo.jpeg'))).toBe(false);
    expect(looksLikePage(new URL('https://x.example/menu'))).toBe(true);
    expect(looksLikePage(new URL('https://x.example/index.php?p=41'))).toBe(true);
  });
});
