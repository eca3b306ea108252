import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteSnapshot } from '../../src/research/site-snapshot.ts';

/** Prose briefs written as clients write them: `test/fixtures/briefs/<name>.txt`. */
export const PROSE_BRIEFS = fileURLToPath(new URL('../fixtures/briefs/', import.meta.url));

/** The snapshot the crawler hands on for a brief: its text and nothing crawled. */
export function briefSnapshot(file: string, text: string): SiteSnapshot {
  return {
    kind: 'brief',
    rootUrl: null,
    fetchedAt: '2026-03-01T12:00:00.000Z',
    pages: [],
    stylesheets: [],
    skipped: [],
    robots: { found: false, crawlDelaySeconds: null },
    sitemapUrls: [],
    brief: { file, text },
  };
}

export function loadProseBrief(name: string): SiteSnapshot {
  const file = `${name}.txt`;
  return briefSnapshot(file, readFileSync(`${PROSE_BRIEFS}${file}`, 'utf8'));
}
