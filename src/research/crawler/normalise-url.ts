const NON_PAGE_EXTENSION =
  /\.(pdf|jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|heic|zip|gz|tgz|bz2|xz|rar|7z|tar|dmg|exe|msi|apk|iso|mp3|mp4|m4a|m4v|mov|avi|mkv|webm|wav|ogg|flac|woff2?|ttf|otf|eot|css|js|mjs|json|xml|rss|atom|csv|txt|docx?|xlsx?|pptx?|odt|ods|odp|epub|ics|vcf)$/i;

/**
 * Resolves a link against the page it was found on and returns the canonical form the crawler
 * requests, or null when it is not a web page address (mailto:, tel:, javascript:, garbage).
 * Query strings stay: some sites route every page through `?p=41`.
 */
export function normaliseUrl(href: string, base?: string | URL): URL | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.search === '?') url.search = '';
  return url;
}

/**
 * The identity of a page for deduplication: `http://www.x.com/a?b=1&a=2` and `https://x.com/a?a=2&b=1`
 * are one page to a reader, so they are crawled once.
 */
export function pageKey(url: URL): string {
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return `${bareHost(url.hostname)}:${url.port}${url.pathname}${query ? `?${query}` : ''}`;
}

/** Same site means same host, ignoring a leading `www.`, and the same port. */
export function isSameSite(a: URL, b: URL): boolean {
  return bareHost(a.hostname) === bareHost(b.hostname) && a.port === b.port;
}

/** Whether the address could be an HTML page, judged from its extension alone. */
export function looksLikePage(url: URL): boolean {
  return !NON_PAGE_EXTENSION.test(url.pathname);
}

function bareHost(hostname: string): string {
  return hostname.replace(/^www\./, '');
}
