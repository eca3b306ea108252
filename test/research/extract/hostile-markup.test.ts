import { describe, expect, it } from 'vitest';
import { brandResearch } from '../../../src/agents/brand-research/index.ts';
import { parsePage } from '../../../src/research/crawler/parse-page.ts';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import type { SiteSnapshot, SnapshotPage } from '../../../src/research/site-snapshot.ts';
import { BrandProfile } from '../../../src/schemas/brand-profile.ts';

const BASE = 'https://hostile.test/';

function snapshotOf(pages: Record<string, string>): SiteSnapshot {
  return {
    kind: 'site',
    rootUrl: BASE,
    fetchedAt: '2026-03-01T12:00:00.000Z',
    pages: Object.entries(pages).map(
      ([path, html], index): SnapshotPage => ({
        url: BASE + path,
        finalUrl: BASE + path,
        status: 200,
        contentType: 'text/html; charset=utf-8',
        depth: index === 0 ? 0 : 1,
        title: '',
        html,
        bytes: html.length,
      }),
    ),
    stylesheets: [],
    skipped: [],
    robots: { found: false, crawlDelaySeconds: null },
    sitemapUrls: [],
    brief: null,
  };
}

const HOME = `<!doctype html><html><head><title>Copperline Plumbing | Plumbers in Dayton, OH</title></head><body>
<header><nav><ul><li><span>Services</span><ul><li><a href="/drain-cleaning">Drain Cleaning</a></li><li><a href="/water-heaters\\">Water Heaters</a></li><li><a href="\\">Leak Repair</a></li></ul></li></ul></nav></header>
<main><h1>Plumbers in Dayton since 1994</h1><p>Our prices are {{ price }} and {{#each}} nothing {{/each}}; call {{phone}}.</p></main>
<footer><p>Copperline Plumbing, 410 Wayne Ave, Dayton, OH 45410</p><p>Call (937) 555-0142</p></footer></body></html>`;

describe('hostile markup never fails research', () => {
  it('reads a site whose pages hold unterminated attributes, backslash links, template braces and 10,000 links', async () => {
    const links = Array.from({ length: 10_000 }, (_, i) => `<a href="/p${i}">Page ${i}</a>`).join('');
    const snapshot = snapshotOf({
      '': HOME,
      'broken.html': `<html><head><title>Broken <div class="x id='y'><p>Unterminated <a href="/x onclick=alert(1)>link<p>Drain cleaning {{ `,
      'links.html': `<html><head><title>Sitemap</title></head><body>${links}</body></html>`,
      'nested.html': `<html><body>${'<div>'.repeat(5_000)}Emergency call-outs, day and night${'</div>'.repeat(5_000)}</body></html>`,
    });
    const profile = BrandProfile.parse(await brandResearch.offline(snapshot, { note: () => {} }));
    expect(profile.name.value).toBe('Copperline Plumbing');
    expect(profile.contact.phones[0]?.value).toBe('(937) 555-0142');
    expect(profile.contact.addresses[0]?.value).toMatchObject({ city: 'Dayton', region: 'OH' });
    const names = profile.offerings.map((offering) => offering.value.name);
    expect(names).toEqual(expect.arrayContaining(['Drain Cleaning', 'Water Heaters', 'Leak Repair']));
    // Text 200 levels deep is still read, as text.
    expect(profile.unknowns).not.toContain('name');
  });

  it('gives the same profile for the same hostile input', () => {
    const snapshot = snapshotOf({ '': HOME });
    expect(extractBrandProfile(snapshot)).toEqual(extractBrandProfile(snapshot));
  });

  it('lets the crawler read a page nested 20,000 elements deep instead of overflowing the stack', () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}<a href="/lost">lost</a>${'</div>'.repeat(20_000)}<a href="/kept">Services</a></body></html>`;
    expect(parsePage(deep, BASE).links.map((link) => link.href)).toEqual([`${BASE}kept`]);
  });
});
