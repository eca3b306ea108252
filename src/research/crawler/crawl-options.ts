export interface CrawlProgressEvent {
  /** `warning`: the page is kept, but not as well read as it could be (see `message`). */
  kind: 'fetched' | 'skipped' | 'warning';
  url: string;
  /** Pages kept so far. */
  pages: number;
  /** One line saying what went wrong, for `skipped` and `warning`. */
  message?: string;
}

export interface CrawlOptions {
  /** Most HTML pages to keep, the start page included. */
  maxPages?: number;
  /** A page (or stylesheet, sitemap, robots.txt) larger than this is cut off and skipped. */
  maxPageBytes?: number;
  /** Deadline for one page, redirects and body included. */
  pageTimeoutMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  maxRedirects?: number;
  /** Allow loopback, LAN and other non-public addresses, e.g. to crawl a staging site. */
  allowPrivateNetwork?: boolean;
  userAgent?: string;
  maxStylesheets?: number;
  /** Most content images downloaded besides the logo; 0 downloads no images at all. */
  maxImages?: number;
  /**
   * Open pages whose static HTML shows almost no text in a headless chromium, and read them as
   * their scripts assembled them. Off, every page is read as served.
   */
  render?: boolean;
  /** The chromium binary used for `render`. */
  chromiumPath?: string;
  onProgress?: (event: CrawlProgressEvent) => void;
}

export type ResolvedCrawlOptions = Required<Omit<CrawlOptions, 'onProgress'>> &
  Pick<CrawlOptions, 'onProgress'>;

export const DEFAULT_CRAWL_OPTIONS = {
  maxPages: 25,
  maxPageBytes: 2 * 1024 * 1024,
  pageTimeoutMs: 10_000,
  concurrency: 4,
  maxRedirects: 5,
  allowPrivateNetwork: false,
  userAgent: 'MarketingFactoryBot/0.1 (+https://example.invalid/bot)',
  maxStylesheets: 10,
  maxImages: 6,
  render: true,
  chromiumPath: '/usr/bin/chromium',
} satisfies ResolvedCrawlOptions;

export function resolveCrawlOptions(options: CrawlOptions = {}): ResolvedCrawlOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const resolved: ResolvedCrawlOptions = { ...DEFAULT_CRAWL_OPTIONS, ...defined };
  // Nonsense limits would make the crawl silently do nothing or never stop; clamp them to sense.
  return {
    ...resolved,
    maxPages: Math.max(1, Math.floor(resolved.maxPages)),
    maxPageBytes: Math.max(1, Math.floor(resolved.maxPageBytes)),
    pageTimeoutMs: Math.max(1, Math.floor(resolved.pageTimeoutMs)),
    concurrency: Math.max(1, Math.floor(resolved.concurrency)),
    maxRedirects: Math.max(0, Math.floor(resolved.maxRedirects)),
    maxStylesheets: Math.max(0, Math.floor(resolved.maxStylesheets)),
    maxImages: Math.max(0, Math.floor(resolved.maxImages)),
  };
}
