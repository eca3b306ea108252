import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/research/extract/classify-page.ts';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import { buildSiteContext, kindOf } from '../../../src/research/extract/site-context.ts';
import { loadFixtureSnapshot } from './load-fixture-snapshot.ts';

describe('pages classified by what they are for', () => {
  it('reads each page of an inn from its address, title, heading and structured data', () => {
    const ctx = buildSiteContext(loadFixtureSnapshot('lakeside-lodge'));
    const kinds = Object.fromEntries(
      ctx.pages.map((page) => [new URL(page.url).pathname, kindOf(ctx, page)]),
    );
    expect(kinds).toEqual({
      '/': 'home',
      '/blog/our-new-sauna.html': 'blog',
      '/events.html': 'events',
      '/gallery.html': 'gallery',
      '/privacy-policy.html': 'legal',
      '/rooms.html': 'other',
      '/things-to-do.html': 'nearby',
    });
  });

  it.each([
    ['https://x.test/privacy-policy', 'legal'],
    ['https://x.test/terms-and-conditions/', 'legal'],
    ['https://x.test/blog/why-we-bake-at-night', 'blog'],
    ['https://x.test/2024/05/a-new-oven/', 'blog'],
    ['https://x.test/careers', 'careers'],
    ['https://x.test/photo-gallery.html', 'gallery'],
    ['https://x.test/events/', 'events'],
    ['https://x.test/private-events', 'other'],
    ['https://x.test/services/privacy-fences', 'other'],
    ['https://x.test/contact-us', 'contact'],
    ['https://x.test/', 'home'],
    ['https://x.test/blog%ZZ/x', 'other'],
  ] as const)('%s is %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });
});

describe('offerings only from the pages that sell', () => {
  const names = () =>
    extractBrandProfile(loadFixtureSnapshot('lakeside-lodge')).offerings.map(
      (offering) => offering.value.name,
    );

  it("takes an inn's rooms, with their descriptions and prices", () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('lakeside-lodge'));
    const rooms = profile.offerings.map((offering) => offering.value);
    expect(rooms.map((room) => room.name)).toEqual(
      expect.arrayContaining(['Harbor Queen Room', 'Shoreline King Room', 'Lake Suite']),
    );
    expect(rooms.find((room) => room.name === 'Lake Suite')?.price).toBe('$259');
  });

  it('never from nearby attractions, galleries, events, legal pages or articles, nor menu items that lead there', () => {
    const found = names().map((name) => name.toLowerCase());
    for (const wrong of [
      'winery tastings',
      'apostle islands boat tours',
      'scenic',
      'sunset from the dock',
      'wine night with local growers',
      'data we collect',
      'retention and deletion',
      'cedar barrel sauna sessions',
      'sauna sessions',
      'photo gallery',
      'events',
    ]) {
      expect(found).not.toContain(wrong);
    }
  });

  it('makes numbered rooms one offering that lists them, and never a sentence or a bare price', () => {
    const offerings = extractBrandProfile(loadFixtureSnapshot('numbered-rooms')).offerings.map(
      (item) => item.value,
    );
    const rooms = offerings.find((offering) => offering.name === 'Rooms');
    expect(rooms?.description).toMatch(/^Room 1, Room 2, Room 3: A double bed/);
    expect(rooms?.price).toBe('from £85');
    expect(offerings.some((offering) => /^Room \d$/.test(offering.name))).toBe(false);
    expect(offerings.some((offering) => /whitby history/i.test(offering.name))).toBe(false);
    expect(offerings.some((offering) => !/\p{L}/u.test(offering.name))).toBe(false);
  });
});
