import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import type { Agent } from 'undici';
import { FactoryError } from '../../errors/factory-error.ts';
import type { SiteSnapshot, SnapshotPage, SnapshotSkip, SnapshotStylesheet } from '../site-snapshot.ts';
import { type CrawlOptions, type ResolvedCrawlOptions, resolveCrawlOptions } from './crawl-options.ts';
import { createGuardedAgent, type ResolveHost } from './create-guarded-agent.ts';
import { createPacer } from './create-pacer.ts';
import { createPageRenderer, type PageRenderer, type RenderFailure } from './create-page-renderer.ts';
import { decodeBody } from './decode-body.ts';
import { describeFailure } from './describe-failure.ts';
import {
  type AssetFile,
  downloadAssets,
  IMAGE_ACCEPT,
  isWantedImage,
  MAX_ASSET_BYTES,
} from './download-assets.ts';
import {
  type FetchFailure,
  type FetchResourceOptions,
  type FetchResult,
  fetchResource,
} from './fetch-resource.ts';
import { needsRendering } from './needs-rendering.ts';
import { isSameSite, looksLikePage, normaliseUrl, pageKey } from './normalise-url.ts';
import { type ParsedPage, parsePage } from './parse-page.ts';
import { type RobotsRules, readRobots } from './read-robots.ts';
import { readSitemap } from './read-sitemap.ts';
import { startPageError } from './start-page-error.ts';

/** Below this much visible text a lone start page is a placeholder, not a site to research. */
const MIN_VISIBLE_TEXT = 20;
/** A Crawl-delay is honoured up to this much, so a site asking for 30 s cannot stall a run. */
const MAX_CRAWL_DELAY_MS = 2_000;
const MAX_SITEMAP_URLS = 1_000;
/** Stops a site full of broken links from costing more than a few requests per page kept. */
const MAX_ATTEMPTS_PER_PAGE = 4;
/** Pages open in the browser at once: each is a renderer process, and the machine may be small. */
const RENDER_CONCURRENCY = 2;

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

export interface CrawlDependencies {
  /** DNS resolution, replaceable so a test can give a name whatever address it needs. */
  resolveHost?: ResolveHost;
  /** Which resolved addresses count as public; replaceable for the same reason. */
  isAllowedAddress?: (address: string) => boolean;
}

/** A crawled site: the snapshot, and the bytes of the images it lists (kept out of its JSON). */
export interface CrawledSite extends SiteSnapshot {
  assetFiles: AssetFile[];
}

/**
 * Crawls a website politely and returns what research needs from it: up to `maxPages` HTML pages
 * of the same site, breadth first, plus its stylesheets, its logo and a few of its images.
 * robots.txt is obeyed, nothing on a
 * private network is contacted (unless allowed), and every page is bounded in time and size.
 * A page whose static HTML shows almost nothing but scripts is opened in a headless chromium and
 * read, links included, as its scripts assembled it; the browser's every request goes through the
 * same guard and limits. Without chromium such pages are read as served, and the crawl says so.
 *
 * @example
 * const snapshot = await crawlSite('https://example.com', { maxPages: 10 });
 * snapshot.pages.map((page) => page.title);
 */
export async function crawlSite(
  startUrl: string,
  options: CrawlOptions = {},
  dependencies: CrawlDependencies = {},
): Promise<CrawledSite> {
  const settings = resolveCrawlOptions(options);
  const start = parseStartUrl(startUrl);
  const agent = createGuardedAgent({
    allowPrivateNetwork: settings.allowPrivateNetwork,
    timeoutMs: settings.pageTimeoutMs,
    ...dependencies,
  });
  const renderer = settings.render
    ? createPageRenderer({
        executablePath: settings.chromiumPath,
        dispatcher: agent,
        userAgent: settings.userAgent,
        timeoutMs: settings.pageTimeoutMs,
        maxBytes: settings.maxPageBytes,
        maxRedirects: settings.maxRedirects,
      })
    : null;
  try {
    return await runCrawl(start, settings, agent, renderer);
  } finally {
    await renderer?.close();
    await agent.destroy();
  }
}

function parseStartUrl(startUrl: string): URL {
  const url = normaliseUrl(startUrl);
  if (!url?.hostname) {
    throw new FactoryError(
      'INVALID_URL',
      `"${startUrl}" is not a web address the crawler can visit.`,
      'Give a full address starting with http:// or https://, for example https://example.com.',
    );
  }
  return url;
}

async function runCrawl(
  start: URL,
  settings: ResolvedCrawlOptions,
  agent: Agent,
  renderer: PageRenderer | null,
): Promise<CrawledSite> {
  const fetchedAt = new Date().toISOString();
  const pages: SnapshotPage[] = [];
  const skipped: SnapshotSkip[] = [];
  const skip = (url: string, reason: string) => {
    skipped.push({ url, reason });
    settings.onProgress?.({ kind: 'skipped', url, pages: pages.length });
  };
  const keep = (page: SnapshotPage) => {
    pages.push(page);
    settings.onProgress?.({ kind: 'fetched', url: page.url, pages: pages.length });
  };
  const warn = (url: string, message: string) => {
    skipped.push({ url, reason: message });
    settings.onProgress?.({ kind: 'warning', url, pages: pages.length, message });
  };
  // Without a browser every JavaScript-assembled page would say the same thing; once is enough.
  let browserMissing = false;
  const note = (url: string, message: string, once: boolean) => {
    if (once && browserMissing) return;
    if (once) browserMissing = true;
    warn(url, message);
  };

  let pace = createPacer(0);
  const fetchWith =
    (overrides: Partial<FetchResourceOptions>) =>
    async (url: URL): Promise<FetchResult> => {
      await pace();
      return fetchResource(url, {
        dispatcher: agent,
        userAgent: settings.userAgent,
        accept: '*/*',
        timeoutMs: settings.pageTimeoutMs,
        maxBytes: settings.maxPageBytes,
        maxRedirects: settings.maxRedirects,
        wants: () => true,
        ...overrides,
      });
    };

  // robots.txt is per origin, and one site may answer on several (http and https, www and bare).
  const robotsByOrigin = new Map<string, Promise<RobotsRules>>();
  const robotsFor = (url: URL): Promise<RobotsRules> => {
    let rules = robotsByOrigin.get(url.origin);
    if (!rules) {
      rules = readRobots(url, settings.userAgent, fetchWith({ accept: 'text/plain,*/*;q=0.5' }));
      robotsByOrigin.set(url.origin, rules);
    }
    return rules;
  };
  const robotsVerdict = (rules: RobotsRules, url: URL): FetchFailure | null =>
    rules.isAllowed(url.href) ? null : { kind: 'robots-disallowed', url: url.href };

  // The start URL may move to another host once (http to https, bare to www); that host is then
  // the site. Everything after must stay on it.
  let site = start;
  let siteMoved = false;
  const startHop = async (url: URL, hop: number): Promise<FetchFailure | null> => {
    if (hop > 0 && !isSameSite(url, site)) {
      if (siteMoved) return { kind: 'off-site', url: url.href };
      siteMoved = true;
      site = url;
    }
    const rules = await robotsFor(url);
    // When even robots.txt could not be reached, the page will not be either: say so at once
    // instead of waiting out a second timeout.
    if (rules.failure && rules.failure.kind !== 'http-status') return rules.failure;
    return robotsVerdict(rules, url);
  };
  const innerHop = async (url: URL): Promise<FetchFailure | null> =>
    isSameSite(url, site) ? robotsVerdict(await robotsFor(url), url) : { kind: 'off-site', url: url.href };

  // The page's scripts may fetch from anywhere the guard allows, but the site's own robots.txt
  // still speaks for the site's addresses.
  const checkPageRequest = async (url: URL): Promise<FetchFailure | null> =>
    isSameSite(url, site) ? robotsVerdict(await robotsFor(url), url) : null;
  const renderLimit = pLimit(RENDER_CONCURRENCY);
  const readPage = async (url: URL, result: FetchedPage, depth: number): Promise<ReadPage> => {
    const read = toPage(url, result, depth);
    if (!renderer || !needsRendering(read.parsed)) return read;
    const fetched = { url: result.finalUrl, contentType: result.contentType, body: result.body };
    const rendered = await renderLimit(() => renderer.render(fetched, checkPageRequest));
    if (!rendered.ok) {
      const note = describeRenderFailure(rendered.failure);
      return { ...read, note, noteOnce: rendered.failure.kind === 'unavailable' };
    }
    const parsed = parsePage(rendered.html, result.finalUrl);
    const page: SnapshotPage = {
      ...read.page,
      title: parsed.title || rendered.title,
      html: rendered.html,
      bytes: Buffer.byteLength(rendered.html),
      rendered: true,
    };
    return rendered.truncated
      ? { page, parsed, note: `rendered HTML cut at ${settings.maxPageBytes} bytes` }
      : { page, parsed };
  };
  const keepRead = (read: ReadPage) => {
    keep(read.page);
    if (read.note) note(read.page.url, read.note, read.noteOnce ?? false);
  };

  const fetchPage = fetchWith({ accept: HTML_ACCEPT, wants: isHtml, checkHop: innerHop });
  const startResult = await fetchWith({ accept: HTML_ACCEPT, wants: isHtml, checkHop: startHop })(start);
  if (!startResult.ok) throw startPageError(startResult.failure, start.href, settings.pageTimeoutMs);
  const startPage = await readPage(start, startResult, 0);
  keepRead(startPage);

  const siteRoot = new URL(startResult.finalUrl);
  const siteRobots = await robotsFor(siteRoot);
  pace = createPacer(Math.min((siteRobots.crawlDelaySeconds ?? 0) * 1000, MAX_CRAWL_DELAY_MS));

  const sitemapPages = (
    await readSitemap(
      sitemapSources(siteRobots, siteRoot),
      fetchWith({ accept: 'application/xml,text/xml;q=0.9,*/*;q=0.5', checkHop: innerHop }),
      MAX_SITEMAP_URLS,
    )
  ).filter((url) => isSameSite(url, site) && looksLikePage(url));

  const seen = new Set([pageKey(start), pageKey(siteRoot)]);
  const keptKeys = new Set(seen);
  const stylesheetUrls = new Map<string, URL>();
  const enqueue = (links: URL[], into: URL[]) => {
    for (const url of links) {
      const key = pageKey(url);
      if (!isSameSite(url, site) || !looksLikePage(url) || seen.has(key)) continue;
      seen.add(key);
      into.push(url);
    }
  };
  const collectStylesheets = (urls: URL[]) => {
    for (const url of urls) {
      if (isSameSite(url, site) && !stylesheetUrls.has(url.href)) stylesheetUrls.set(url.href, url);
    }
  };

  let level: URL[] = [];
  enqueue(startPage.parsed.links, level);
  enqueue(sitemapPages, level);
  collectStylesheets(startPage.parsed.stylesheets);

  // Breadth first, one depth at a time. Pages of a batch are fetched concurrently but handled in
  // discovery order, so the snapshot does not depend on which server answered first.
  const limit = pLimit(settings.concurrency);
  let attemptsLeft = settings.maxPages * MAX_ATTEMPTS_PER_PAGE;
  for (let depth = 1; level.length > 0 && pages.length < settings.maxPages; depth++) {
    const nextLevel: URL[] = [];
    let cursor = 0;
    while (cursor < level.length && pages.length < settings.maxPages && attemptsLeft > 0) {
      const size = Math.min(settings.maxPages - pages.length, attemptsLeft);
      const batch = level.slice(cursor, cursor + size);
      cursor += batch.length;
      attemptsLeft -= batch.length;
      const results = await Promise.all(
        batch.map((url) =>
          limit(async () => {
            const result = await fetchPage(url);
            // A page already kept is not worth a browser; it is dropped below.
            if (!result.ok || keptKeys.has(pageKey(new URL(result.finalUrl)))) return { result };
            return { result, read: await readPage(url, result, depth) };
          }),
        ),
      );
      for (const [index, { result, read }] of results.entries()) {
        const url = batch[index]!;
        if (!result.ok) {
          skip(url.href, describeFailure(result.failure));
          continue;
        }
        // Two links that redirect to one page are one page.
        const finalKey = pageKey(new URL(result.finalUrl));
        if (keptKeys.has(finalKey) || !read) continue;
        keptKeys.add(finalKey);
        seen.add(finalKey);
        keepRead(read);
        enqueue(read.parsed.links, nextLevel);
        collectStylesheets(read.parsed.stylesheets);
      }
    }
    level = nextLevel;
  }

  if (pages.length === 1 && startPage.parsed.visibleText.length < MIN_VISIBLE_TEXT) {
    throw new FactoryError(
      'EMPTY_SITE',
      `${start.href} has almost no text and links to no other pages.`,
      browserMissing
        ? `The page is probably assembled by JavaScript, and chromium could not be started to run it: install it (apt-get install -y chromium) and run again, or describe the business in a brief with --file.`
        : 'Check that the site is finished and that its content shows in a browser, or describe the business in a brief with --file.',
    );
  }

  const fetchStylesheet = fetchWith({ accept: 'text/css,*/*;q=0.1', wants: isCssLike, checkHop: innerHop });
  const chosen = [...stylesheetUrls.values()].slice(0, settings.maxStylesheets);
  const cssResults = await Promise.all(chosen.map((url) => limit(() => fetchStylesheet(url))));
  const stylesheets: SnapshotStylesheet[] = [];
  for (const [index, result] of cssResults.entries()) {
    const url = chosen[index]!.href;
    if (result.ok) stylesheets.push({ url, css: decodeBody(result.body, result.contentType) });
    else skip(url, describeFailure(result.failure));
  }

  // `/` and `/index.html`, or `?p=1` variants, often serve the same document: keep it once.
  const firstWithContent = new Map<string, string>();
  const uniquePages = pages.filter((page) => {
    const digest = createHash('sha256').update(page.html).digest('hex');
    const first = firstWithContent.get(digest);
    if (first) {
      skipped.push({ url: page.url, reason: `same content as ${first}` });
      return false;
    }
    firstWithContent.set(digest, page.url);
    return true;
  });

  const fetchImage = fetchWith({
    accept: IMAGE_ACCEPT,
    wants: isWantedImage,
    maxBytes: MAX_ASSET_BYTES,
    checkHop: innerHop,
  });
  const downloaded = await downloadAssets(
    uniquePages,
    site,
    (url) => limit(() => fetchImage(url)),
    settings.maxImages,
  );
  for (const { url, reason } of downloaded.skipped) skip(url, reason);

  const robotsNotes: SnapshotSkip[] = [];
  for (const [origin, rules] of robotsByOrigin) {
    const { note } = await rules;
    if (note) robotsNotes.push({ url: new URL('/robots.txt', origin).href, reason: note });
  }

  return {
    kind: 'site',
    rootUrl: start.href,
    fetchedAt,
    pages: uniquePages,
    stylesheets,
    skipped: [...robotsNotes, ...skipped],
    robots: { found: siteRobots.found, crawlDelaySeconds: siteRobots.crawlDelaySeconds },
    sitemapUrls: sitemapPages.map((url) => url.href),
    brief: null,
    assets: downloaded.assets,
    assetFiles: downloaded.files,
  };
}

function sitemapSources(robots: RobotsRules, siteRoot: URL): URL[] {
  const listed = robots.sitemaps
    .map((href) => normaliseUrl(href, siteRoot))
    .filter((url): url is URL => url !== null && isSameSite(url, siteRoot));
  return listed.length > 0 ? listed : [new URL('/sitemap.xml', siteRoot)];
}

type FetchedPage = Extract<FetchResult, { ok: true }>;

/** A page as it will be kept, what its HTML says, and a warning when it was not read as well as wanted. */
interface ReadPage {
  page: SnapshotPage;
  parsed: ParsedPage;
  note?: string;
  /** The note stands for the whole crawl (no browser at all), not for this page alone. */
  noteOnce?: boolean;
}

function toPage(url: URL, result: FetchedPage, depth: number): ReadPage {
  const html = decodeBody(result.body, result.contentType);
  const parsed = parsePage(html, result.finalUrl);
  return {
    page: {
      url: url.href,
      finalUrl: result.finalUrl,
      status: result.status,
      contentType: result.contentType,
      depth,
      title: parsed.title,
      html,
      bytes: result.body.byteLength,
    },
    parsed,
  };
}

/** The one line a snapshot keeps when a page had to be read as static HTML after all. */
function describeRenderFailure(failure: RenderFailure): string {
  switch (failure.kind) {
    case 'unavailable':
      return `chromium not available: JavaScript-assembled pages read as static HTML (${failure.detail})`;
    case 'timeout':
      return `rendering timed out after ${failure.ms} ms: read as static HTML`;
    case 'failed':
      return `rendering failed (${failure.detail}): read as static HTML`;
  }
}

function isHtml(contentType: string): boolean {
  const type = mediaType(contentType);
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/** Servers often label CSS badly; anything that is not clearly something else is worth a look. */
function isCssLike(contentType: string): boolean {
  const type = mediaType(contentType);
  return type === '' || type === 'text/css' || type === 'text/plain' || type === 'application/octet-stream';
}

function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
