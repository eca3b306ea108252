import robotsParserModule from 'robots-parser';
import type { FetchFailure, FetchResult } from './fetch-resource.ts';

// The package is CommonJS exporting the function itself, while its typings claim an ES default
// export; under NodeNext the typings would make us call `.default`, which does not exist.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

export interface RobotsRules {
  /** Whether the site published a robots.txt we could read. */
  found: boolean;
  crawlDelaySeconds: number | null;
  sitemaps: string[];
  /** Something the user should know about how robots.txt was treated, e.g. it answered 503. */
  note: string | null;
  /** Why robots.txt could not be fetched when the server itself was the problem, else null. */
  failure: FetchFailure | null;
  isAllowed: (url: string) => boolean;
}

/**
 * Reads the robots.txt of one origin. A missing file means everything is allowed; a file the
 * server failed to deliver (5xx, timeout) is treated the same way, with a note, because refusing
 * to look at a site whose robots.txt is broken helps nobody who asked us to research it.
 */
export async function readRobots(
  origin: URL,
  userAgent: string,
  fetchText: (url: URL) => Promise<FetchResult>,
): Promise<RobotsRules> {
  const robotsUrl = new URL('/robots.txt', origin);
  const result = await fetchText(robotsUrl);
  if (!result.ok) {
    const { failure } = result;
    const missing = failure.kind === 'http-status' && failure.status < 500;
    const note = missing ? null : `robots.txt could not be read (${describe(result)}); crawled as if allowed`;
    return allowAll(note, missing ? null : failure);
  }

  // Some sites answer every unknown path, robots.txt included, with their HTML home page.
  if (/^\s*text\/html/i.test(result.contentType)) return allowAll(null, null);

  const text = new TextDecoder('utf-8').decode(result.body);
  const robots = robotsParser(robotsUrl.href, text);
  const delay = robots.getCrawlDelay(userAgent);
  return {
    found: true,
    crawlDelaySeconds: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay : null,
    sitemaps: robots.getSitemaps(),
    note: null,
    failure: null,
    // robots-parser answers undefined for URLs of another origin; those are not its business.
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
  };
}

function allowAll(note: string | null, failure: FetchFailure | null): RobotsRules {
  return { found: false, crawlDelaySeconds: null, sitemaps: [], note, failure, isAllowed: () => true };
}

function describe(result: Extract<FetchResult, { ok: false }>): string {
  const { failure } = result;
  return failure.kind === 'http-status' ? `HTTP ${failure.status}` : failure.kind;
}
