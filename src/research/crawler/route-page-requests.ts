import type { BrowserContext, Request, Route } from 'playwright-core';
import type { Dispatcher } from 'undici';
import type { CheckRequest, FetchedDocument } from './create-page-renderer.ts';
import { type FetchFailure, fetchResource } from './fetch-resource.ts';

export interface PageRequestRules {
  /** The crawler's guarded agent: every request the page makes is sent through it. */
  dispatcher: Dispatcher;
  userAgent: string;
  maxBytes: number;
  maxRedirects: number;
  /** Milliseconds left of the page's budget; a request gets no more than that. */
  remainingMs: () => number;
  /** The page itself, already fetched by the crawler, served to the browser without a second request. */
  document: FetchedDocument;
  /** Robots.txt, for one. */
  checkRequest?: CheckRequest;
}

/** What a page needs to assemble itself; images, media, fonts, frames and beacons change no text. */
const WANTED_TYPES = new Set(['document', 'script', 'stylesheet', 'xhr', 'fetch']);
/** Reading a page sends nothing: a form post or an analytics beacon is not the crawler's to make. */
const READ_METHODS = new Set(['GET', 'HEAD']);
/** A page that keeps asking for more (polling, endless lazy loading) is cut off here. */
const MAX_REQUESTS_PER_PAGE = 100;
/** Headers a script may rely on when it reads a response; cookies are left out, a crawl keeps no state. */
const FORWARDED_HEADERS = /^(content-type|content-language|access-control-(allow|expose)-[a-z-]+)$/;

/**
 * Makes the crawler the browser's only way out: every request of every page in the context is
 * answered by `fetchResource` through the crawler's guarded agent, so the private-network guard,
 * the size limit and the deadline hold for the page's scripts exactly as they do for the crawl.
 * Whatever the browser would rather fetch by itself is aborted.
 */
export async function routePageRequests(context: BrowserContext, rules: PageRequestRules): Promise<void> {
  let documentServed = false;
  let requests = 0;

  const answer = async (route: Route, request: Request): Promise<void> => {
    if (request.isNavigationRequest()) {
      // The first navigation is the crawler's own; a script sending the page elsewhere, a frame
      // or a pop-up is not followed, the page is read as it stood.
      if (documentServed || request.frame().parentFrame() !== null) return route.abort('blockedbyclient');
      documentServed = true;
      const { contentType, body } = rules.document;
      return route.fulfill({ status: 200, contentType, body: Buffer.from(body) });
    }
    if (!WANTED_TYPES.has(request.resourceType()) || !READ_METHODS.has(request.method()))
      return route.abort('blockedbyclient');
    requests += 1;
    const url = parseHttpUrl(request.url());
    const timeoutMs = rules.remainingMs();
    if (!url || requests > MAX_REQUESTS_PER_PAGE || timeoutMs <= 0) return route.abort('blockedbyclient');

    const result = await fetchResource(url, {
      dispatcher: rules.dispatcher,
      userAgent: rules.userAgent,
      accept: request.headers().accept ?? '*/*',
      timeoutMs,
      maxBytes: rules.maxBytes,
      maxRedirects: rules.maxRedirects,
      wants: () => true,
      ...(rules.checkRequest ? { checkHop: rules.checkRequest } : {}),
    });
    if (result.ok) {
      const headers = Object.fromEntries(
        Object.entries(result.headers).filter(([name]) => FORWARDED_HEADERS.test(name)),
      );
      return route.fulfill({ status: result.status, headers, body: Buffer.from(result.body) });
    }
    // A script may well handle a 404 itself; it gets the status, not the body.
    if (result.failure.kind === 'http-status')
      return route.fulfill({ status: result.failure.status, body: '' });
    return route.abort(abortCode(result.failure));
  };

  await context.route('**/*', (route, request) =>
    // The page may be closed while a request is in flight; its route then no longer answers.
    answer(route, request).catch(() => undefined),
  );
}

function parseHttpUrl(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function abortCode(failure: FetchFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return 'timedout';
    case 'refused':
    case 'robots-disallowed':
      return 'accessdenied';
    case 'unreachable':
      return 'connectionfailed';
    default:
      return 'failed';
  }
}
