import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import type { Dispatcher } from 'undici';
import type { FetchFailure } from './fetch-resource.ts';
import { ALMOST_NO_TEXT } from './needs-rendering.ts';
import { routePageRequests } from './route-page-requests.ts';

export interface PageRendererOptions {
  /** The browser binary; Debian's chromium by default. */
  executablePath: string;
  /** The crawler's guarded agent, through which the page's own requests go. */
  dispatcher: Dispatcher;
  userAgent: string;
  /** Budget for one page, from opening it to reading its DOM; a page still busy then is closed. */
  timeoutMs: number;
  /** The rendered HTML is cut to this many bytes, and every response the page asks for too. */
  maxBytes: number;
  maxRedirects: number;
}

/** Asked before each request a page makes (each redirect hop included); a failure refuses it. */
export type CheckRequest = (url: URL) => Promise<FetchFailure | null> | FetchFailure | null;

/** The page as it was fetched by the crawler, handed to the browser to run. */
export interface FetchedDocument {
  url: string;
  contentType: string;
  body: Uint8Array;
}

export type RenderResult =
  | { ok: true; html: string; title: string; truncated: boolean }
  | { ok: false; failure: RenderFailure };

export type RenderFailure =
  /** No browser could be started; every later call answers the same at once. */
  | { kind: 'unavailable'; detail: string }
  | { kind: 'timeout'; ms: number }
  | { kind: 'failed'; detail: string };

export interface PageRenderer {
  render(fetched: FetchedDocument, checkRequest?: CheckRequest): Promise<RenderResult>;
  /** Closes the browser, if one was ever started. */
  close(): Promise<void>;
}

const LAUNCH_TIMEOUT_MS = 30_000;
/** After the DOM is ready, scripts get this long to fetch their data and settle the network. */
const SETTLE_MS = 3_000;
/** After the network settles, how long a page still showing almost no text gets to fill itself. */
const FILL_WAIT_MS = 5_000;
/** A page that will not close in this long takes the browser down with it. */
const CLOSE_GRACE_MS = 3_000;

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The browser is given no network of its own (see the proxy below): no name resolves, and
  // WebRTC may not go around the proxy over UDP.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/**
 * A headless chromium for pages that assemble themselves with JavaScript, started the first time a
 * page needs it (a static site never starts one) and shared by the crawl; each page gets a fresh
 * context. The browser cannot reach the network by itself: its requests are answered by the
 * crawler (see `routePageRequests`), and anything that slips past the routing (WebSockets,
 * service workers, prefetches) goes to a proxy that does not exist. A page gets `timeoutMs` in
 * all; one whose scripts loop forever is closed and reported as a timeout.
 *
 * @example
 * const renderer = createPageRenderer({ executablePath: '/usr/bin/chromium', dispatcher: agent, ... });
 * const result = await renderer.render({ url, contentType: 'text/html', body });
 * await renderer.close();
 */
export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  let launching: Promise<Launch> | null = null;

  const launch = (): Promise<Launch> => {
    launching ??= chromium
      .launch({
        executablePath: options.executablePath,
        args: CHROMIUM_FLAGS,
        proxy: { server: 'http://proxy.invalid:1' },
        timeout: LAUNCH_TIMEOUT_MS,
      })
      .then(
        (browser) => {
          // A crashed or killed browser is started again for the next page.
          browser.on('disconnected', () => {
            launching = null;
          });
          return { browser };
        },
        (error: unknown) => ({ unavailable: firstLine(error) }),
      );
    return launching;
  };

  return {
    async render(fetched, checkRequest) {
      const launched = await launch();
      if ('unavailable' in launched)
        return { ok: false, failure: { kind: 'unavailable', detail: launched.unavailable } };
      return renderIn(launched.browser, fetched, options, checkRequest);
    },
    async close() {
      const launched = await launching;
      launching = null;
      if (launched && 'browser' in launched) await launched.browser.close().catch(() => undefined);
    },
  };
}

type Launch = { browser: Browser } | { unavailable: string };

async function renderIn(
  browser: Browser,
  fetched: FetchedDocument,
  options: PageRendererOptions,
  checkRequest: CheckRequest | undefined,
): Promise<RenderResult> {
  const deadline = Date.now() + options.timeoutMs;
  const remainingMs = () => Math.max(0, deadline - Date.now());
  let context: BrowserContext | null = null;
  let settled = false;
  let timer: NodeJS.Timeout | undefined;

  const work = (async (): Promise<RenderResult> => {
    context = await browser.newContext({
      userAgent: options.userAgent,
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    // The deadline may have answered while the context was being made; nobody would close it.
    if (settled) {
      await context.close().catch(() => undefined);
      throw new Error('rendering abandoned at the deadline');
    }
    await routePageRequests(context, {
      ...options,
      document: fetched,
      remainingMs,
      ...(checkRequest ? { checkRequest } : {}),
    });
    const page = await context.newPage();
    await page.goto(fetched.url, { waitUntil: 'domcontentloaded', timeout: remainingMs() });
    await page
      .waitForLoadState('networkidle', { timeout: Math.min(SETTLE_MS, remainingMs()) })
      .catch(() => undefined);
    // On a busy machine the scripts may not have filled the page yet: wait a little longer for text.
    await page
      .waitForFunction((least) => (document.body?.innerText ?? '').trim().length >= least, ALMOST_NO_TEXT, {
        timeout: Math.max(0, Math.min(FILL_WAIT_MS, remainingMs() - 500)),
      })
      .catch(() => undefined);
    const read = await page.evaluate(() => ({
      html: `${document.doctype ? '<!DOCTYPE html>\n' : ''}${document.documentElement.outerHTML}`,
      title: document.title,
    }));
    const html = truncateUtf8(read.html, options.maxBytes);
    return { ok: true, html, title: read.title, truncated: html.length < read.html.length };
  })();
  // The page's own promise may settle after the deadline has answered for it.
  work.catch(() => undefined);

  // A script stuck in a loop blocks even Playwright's own timeouts; this one does not wait for it.
  const deadlineHit = new Promise<RenderResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, failure: { kind: 'timeout', ms: options.timeoutMs } }),
      options.timeoutMs,
    );
  });
  try {
    return await Promise.race([work, deadlineHit]);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      return { ok: false, failure: { kind: 'timeout', ms: options.timeoutMs } };
    return { ok: false, failure: { kind: 'failed', detail: firstLine(error) } };
  } finally {
    settled = true;
    clearTimeout(timer);
    await closeOrKill(browser, () => context);
  }
}

async function closeOrKill(browser: Browser, context: () => BrowserContext | null): Promise<void> {
  const open = context();
  if (!open) return;
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    open.close().then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), CLOSE_GRACE_MS);
    }),
  ]);
  clearTimeout(timer);
  // The next page starts a fresh browser (see `disconnected` above).
  if (!closed) await browser.close().catch(() => undefined);
}

/** Cuts text to at most `maxBytes` of UTF-8 without leaving half a character at the end. */
function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength <= maxBytes) return text;
  return bytes
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n').find((line) => line.trim() !== '') ?? 'unknown error').trim();
}
