import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteSnapshot } from '../../../src/research/site-snapshot.ts';
import { briefSnapshot } from '../../support/brief-snapshot.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/extract/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

/** Builds the snapshot a crawl of one fixture folder would have produced. */
export function loadFixtureSnapshot(site: string): SiteSnapshot {
  const dir = join(FIXTURES, site);
  const base = `https://${site}.test/`;
  const files = walk(dir);
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(dir, file).replace(/(^|\/)index\.html$/, '$1');
      const html = readFileSync(file, 'utf8');
      return {
        url: base + rel,
        finalUrl: base + rel,
        status: 200,
        contentType: 'text/html; charset=utf-8',
        depth: rel === '' ? 0 : 1,
        title: '',
        html,
        bytes: html.length,
      };
    });
  const stylesheets = files
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({ url: base + relative(dir, file), css: readFileSync(file, 'utf8') }));
  return {
    kind: 'site',
    rootUrl: base,
    fetchedAt: '2026-03-01T12:00:00.000Z',
    pages,
    stylesheets,
    skipped: [],
    robots: { found: false, crawlDelaySeconds: null },
    sitemapUrls: [],
    brief: null,
  };
}

export function loadFixtureBrief(file: string): SiteSnapshot {
  return briefSnapshot(file, readFileSync(join(FIXTURES, file), 'utf8'));
}
