import * as cheerio from 'cheerio';
import type { FetchResult } from './fetch-resource.ts';
import { normaliseUrl } from './normalise-url.ts';

/** Child sitemaps followed from a sitemap index; big sites have hundreds we do not need. */
const MAX_CHILD_SITEMAPS = 10;

/**
 * Collects the page addresses listed in the given sitemaps, following a sitemap index one level
 * deep, in document order and without duplicates. Unreadable sitemaps are ignored: a sitemap is
 * a hint for the crawl, never a reason to fail it.
 */
export async function readSitemap(
  sitemapUrls: URL[],
  fetchXml: (url: URL) => Promise<FetchResult>,
  limit: number,
): Promise<URL[]> {
  const found = new Map<string, URL>();
  const add = (urls: URL[]) => {
    for (const url of urls) if (found.size < limit && !found.has(url.href)) found.set(url.href, url);
  };

  for (const sitemapUrl of sitemapUrls) {
    if (found.size >= limit) break;
    const document = await readXml(sitemapUrl, fetchXml);
    if (!document) continue;
    add(document.pages);
    for (const child of document.children.slice(0, MAX_CHILD_SITEMAPS)) {
      if (found.size >= limit) break;
      add((await readXml(child, fetchXml))?.pages ?? []);
    }
  }
  return [...found.values()];
}

async function readXml(
  url: URL,
  fetchXml: (url: URL) => Promise<FetchResult>,
): Promise<{ pages: URL[]; children: URL[] } | null> {
  const result = await fetchXml(url);
  if (!result.ok) return null;
  const $ = cheerio.load(new TextDecoder('utf-8').decode(result.body), { xml: true });
  const locs = (selector: string) =>
    $(selector)
      .toArray()
      .map((element) => normaliseUrl($(element).text(), result.finalUrl))
      .filter((loc): loc is URL => loc !== null);
  return { pages: locs('url > loc'), children: locs('sitemapindex > sitemap > loc') };
}
