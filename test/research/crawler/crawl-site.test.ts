import { createServer } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FactoryError } from '../../../src/errors/factory-error.ts';
import {
  type CrawlOptions,
  type CrawlProgressEvent,
  crawlSite,
} from '../../../src/research/crawler/index.ts';
import { page, type Route, redirect, startTestSite } from './test-site.ts';

/** The test servers live on 127.0.0.1, which the crawler refuses unless told otherwise. */
const local: CrawlOptions = { allowPrivateNetwork: true, pageTimeoutMs: 1_000 };

async function site(routes: Record<string, Route>) {
  const started = await startTestSite(routes);
  onTestFinished(() => started.close());
  return started;
}

async function crawlError(run: Promise<unknown>): Promise<FactoryError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FactoryError);
  const factoryError = error as FactoryError;
  // Every error a user meets says what happened on one line and what to do about it.
  expect(factoryError.message).not.toContain('\n');
  expect(factoryError.hint.length).toBeGreaterThan(10);
  return factoryError;
}

describe('crawlSite on a normal site', () => {
  it('crawls pages breadth first, reads robots.txt and the sitemap, and keeps same-site stylesheets', async () => {
    const bakery = await site({
      '/robots.txt': {
        type: 'text/plain',
        body: 'User-agent: *\nCrawl-delay: 0.01\nSitemap: /sitemap-index.xml\n',
      },
      '/sitemap-index.xml': {
        type: 'application/xml',
        body: '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sitemap-pages.xml</loc></sitemap></sitemapindex>',
      },
      '/sitemap-pages.xml': {
        type: 'application/xml',
        body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>/about</loc></url><url><loc>/hidden-offer</loc></url>
          <url><loc>https://elsewhere.example/page</loc></url></urlset>`,
      },
      '/': page(
        'Home',
        [
          '/about#team',
          '/menu',
          'mailto:hi@bakery.test',
          'tel:+33100000000',
          'javascript:void(0)',
          '/card.pdf',
        ],
        '<link rel="stylesheet" href="/style.css"><link rel="stylesheet" href="https://cdn.elsewhere.example/x.css"><style>h1{color:red}</style>',
      ),
      '/about': page('About us', ['/', '/team']),
      '/menu': page('Menu', ['/menu?p=2', '/menu?p=2#top']),
      '/hidden-offer': page('Offer'),
      '/team': page('Team'),
      '/menu?p=2': page('Menu, page 2'),
      '/style.css': { type: 'text/css', body: 'body { font-family: Georgia; }' },
    });

    const snapshot = await crawlSite(`${bakery.origin}/`, local);

    expect(snapshot.kind).toBe('site');
    expect(snapshot.brief).toBeNull();
    expect(snapshot.rootUrl).toBe(`${bakery.origin}/`);
    expect(snapshot.pages.map((p) => [p.title, p.depth])).toEqual([
      ['Home', 0],
      ['About us', 1],
      ['Menu', 1],
      ['Offer', 1],
      ['Team', 2],
      ['Menu, page 2', 2],
    ]);
    expect(snapshot.pages[0]).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(snapshot.pages[0]?.html).toContain('<style>h1{color:red}</style>');
    expect(snapshot.pages[0]?.bytes).toBe(Buffer.byteLength(snapshot.pages[0]?.html ?? ''));
    expect(snapshot.robots).toEqual({ found: true, crawlDelaySeconds: 0.01 });
    expect(snapshot.sitemapUrls).toEqual([`${bakery.origin}/about`, `${bakery.origin}/hidden-offer`]);
    expect(snapshot.stylesheets).toEqual([
      { url: `${bakery.origin}/style.css`, css: 'body { font-family: Georgia; }' },
    ]);
    expect(snapshot.skipped).toEqual([]);
    expect(bakery.requests).not.toContain('/card.pdf');
    expect(bakery.requests.filter((path) => path === '/menu?p=2')).toHaveLength(1);
  });

  it('stops at maxPages and keeps discovery order whatever the response times', async () => {
    const links = Array.from({ length: 8 }, (_, index) => `/p${index}`);
    const routes: Record<string, Route> = { '/': page('Home', links) };
    for (const [index, link] of links.entries()) {
      // Earlier pages answer later, so arrival order is the reverse of discovery order.
      routes[link] = (_request, response) => {
        setTimeout(
          () => response.writeHead(200, { 'content-type': 'text/html' }).end(page(link)),
          80 - index * 10,
        );
      };
    }
    const shop = await site(routes);

    const snapshot = await crawlSite(shop.origin, { ...local, maxPages: 4, concurrency: 4 });

    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home', '/p0', '/p1', '/p2']);
    expect(shop.requests.filter((path) => path.startsWith('/p'))).toHaveLength(3);
  });

  it('keeps a document served under two addresses once, and says which copy it skipped', async () => {
    const home = page('Home', ['/index.html', '/about']);
    const shop = await site({ '/': home, '/index.html': home, '/about': page('About') });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.pages.map((p) => p.url)).toEqual([`${shop.origin}/`, `${shop.origin}/about`]);
    expect(snapshot.skipped).toContainEqual({
      url: `${shop.origin}/index.html`,
      reason: `same content as ${shop.origin}/`,
    });
  });

  it('reports progress for every page kept and every page skipped', async () => {
    const shop = await site({ '/': page('Home', ['/gone', '/ok']), '/ok': page('Ok') });
    const events: CrawlProgressEvent[] = [];

    await crawlSite(shop.origin, { ...local, onProgress: (event) => events.push(event) });

    expect(events).toEqual([
      { kind: 'fetched', url: `${shop.origin}/`, pages: 1 },
      { kind: 'skipped', url: `${shop.origin}/gone`, pages: 1 },
      { kind: 'fetched', url: `${shop.origin}/ok`, pages: 2 },
    ]);
  });

  it('decodes pages in the charset the server declares', async () => {
    const body = Buffer.from(page('Café crème'), 'latin1');
    const shop = await site({ '/': { type: 'text/html; charset=iso-8859-1', body } });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.pages[0]?.title).toBe('Café crème');
  });

  it('fetches at most maxStylesheets same-site stylesheets and records the ones that fail', async () => {
    const sheets = ['/missing.css', '/a.css', '/b.css']
      .map((href) => `<link rel="stylesheet" href="${href}">`)
      .join('');
    const shop = await site({
      '/': page('Home', ['/more'], sheets),
      '/more': page('More', [], '<link rel="preload stylesheet" href="/c.css">'),
      '/a.css': { type: 'text/css; charset=utf-8', body: 'a{}' },
      '/b.css': { type: 'text/css', body: 'b{}' },
      '/c.css': { type: 'text/css', body: 'c{}' },
    });

    const snapshot = await crawlSite(shop.origin, { ...local, maxStylesheets: 2 });

    expect(snapshot.stylesheets).toEqual([{ url: `${shop.origin}/a.css`, css: 'a{}' }]);
    expect(snapshot.skipped).toEqual([{ url: `${shop.origin}/missing.css`, reason: 'HTTP 404' }]);
    expect(shop.requests).not.toContain('/b.css');
  });

  it('treats a robots.txt answered with an HTML page as no robots.txt', async () => {
    const shop = await site({
      '/robots.txt': page('Home', [], '<meta name="x" content="Disallow: /">'),
      '/': page('Home', ['/about']),
      '/about': page('About'),
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.robots.found).toBe(false);
    expect(snapshot.pages).toHaveLength(2);
  });

  it('falls back to /sitemap.xml when robots.txt names no sitemap, and treats a missing robots.txt as allow-all', async () => {
    const shop = await site({
      '/sitemap.xml': {
        type: 'text/xml',
        body: '<urlset><url><loc>/only-in-sitemap</loc></url></urlset>',
      },
      '/': page('Home'),
      '/only-in-sitemap': page('Secret menu'),
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.robots).toEqual({ found: false, crawlDelaySeconds: null });
    expect(snapshot.sitemapUrls).toEqual([`${shop.origin}/only-in-sitemap`]);
    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home', 'Secret menu']);
  });
});

describe('crawlSite and robots.txt', () => {
  it('refuses to start when robots.txt disallows the start URL for our user agent', async () => {
    const shop = await site({
      '/robots.txt': { type: 'text/plain', body: 'User-agent: MarketingFactoryBot\nDisallow: /\n' },
      '/': page('Home'),
    });

    const error = await crawlError(crawlSite(shop.origin, local));

    expect(error.code).toBe('ROBOTS_DISALLOWED');
    expect(error.message.toLowerCase()).toContain(
      `the site's robots.txt does not allow crawling ${shop.origin}/`.toLowerCase(),
    );
    expect(shop.requests).toEqual(['/robots.txt']);
  });

  it('skips inner pages robots.txt disallows, without requesting them', async () => {
    const shop = await site({
      '/robots.txt': { type: 'text/plain', body: 'User-agent: *\nDisallow: /private\n' },
      '/': page('Home', ['/private/prices', '/public']),
      '/public': page('Public'),
      '/private/prices': page('Prices'),
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home', 'Public']);
    expect(snapshot.skipped).toEqual([
      { url: `${shop.origin}/private/prices`, reason: 'disallowed by robots.txt' },
    ]);
    expect(shop.requests).not.toContain('/private/prices');
  });

  it('crawls anyway when robots.txt answers 5xx, and says so', async () => {
    const shop = await site({
      '/robots.txt': { status: 503, type: 'text/plain', body: 'down' },
      '/': page('Home'),
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.pages).toHaveLength(1);
    expect(snapshot.robots.found).toBe(false);
    expect(snapshot.skipped).toEqual([
      { url: `${shop.origin}/robots.txt`, reason: expect.stringContaining('HTTP 503') },
    ]);
  });
});

describe('crawlSite and redirects', () => {
  it('follows a redirect chain and records where the page was finally found', async () => {
    const shop = await site({
      '/': redirect('/step-1', 301),
      '/step-1': redirect('/step-2'),
      '/step-2': redirect('/home', 307),
      '/home': page('Home'),
    });

    const snapshot = await crawlSite(`${shop.origin}/`, { ...local, maxRedirects: 3 });

    expect(snapshot.pages[0]).toMatchObject({
      url: `${shop.origin}/`,
      finalUrl: `${shop.origin}/home`,
      title: 'Home',
    });
  });

  it('fails with REDIRECT_LOOP when the start URL redirects in a circle', async () => {
    const shop = await site({ '/a': redirect('/b'), '/b': redirect('/a') });

    const error = await crawlError(crawlSite(`${shop.origin}/a`, local));

    expect(error.code).toBe('REDIRECT_LOOP');
    expect(error.message).toContain(`${shop.origin}/a`);
  });

  it('fails with REDIRECT_LOOP when the start URL redirects more than maxRedirects times', async () => {
    const shop = await site({
      '/': redirect('/1'),
      '/1': redirect('/2'),
      '/2': redirect('/3'),
      '/3': page('x'),
    });

    const error = await crawlError(crawlSite(shop.origin, { ...local, maxRedirects: 2 }));

    expect(error.code).toBe('REDIRECT_LOOP');
    expect(shop.requests).not.toContain('/3');
  });

  it('skips an inner page that redirects in a loop', async () => {
    const shop = await site({
      '/': page('Home', ['/loop']),
      '/loop': redirect('/loop?again'),
      '/loop?again': redirect('/loop'),
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.skipped).toEqual([{ url: `${shop.origin}/loop`, reason: 'redirect loop' }]);
  });

  it('lets the start URL move to another host once, which then becomes the site', async () => {
    const bakery = await site({
      '/': (request, response) => {
        const host = request.headers.host ?? '';
        if (!host.startsWith('www.'))
          return void response.writeHead(301, { location: `http://www.${host}/` }).end();
        const port = host.split(':')[1];
        const links = [`http://bakery.test:${port}/bare`, `http://elsewhere.test:${port}/x`];
        response.writeHead(200, { 'content-type': 'text/html' }).end(page('Home', links));
      },
      '/bare': page('Bare host page'),
    });
    const resolveHost = namedHosts(['bakery.test', 'www.bakery.test', 'elsewhere.test']);

    const snapshot = await crawlSite(`http://bakery.test:${bakery.port}/`, local, { resolveHost });

    expect(snapshot.pages.map((p) => p.finalUrl)).toEqual([
      `http://www.bakery.test:${bakery.port}/`,
      `http://bakery.test:${bakery.port}/bare`,
    ]);
    expect(bakery.requests).not.toContain('/x');
  });

  it('fails with REDIRECT_OFF_SITE when the start URL changes host a second time', async () => {
    // One server answers for every name; only the Host header tells the hops apart.
    const shop = await site({
      '/': (request, response) => {
        const [name, port] = (request.headers.host ?? '').split(':');
        const next = name === 'one.test' ? 'two.test' : 'three.test';
        response.writeHead(302, { location: `http://${next}:${port}/` }).end();
      },
    });
    const resolveHost = namedHosts(['one.test', 'two.test', 'three.test']);

    const error = await crawlError(crawlSite(`http://one.test:${shop.port}/`, local, { resolveHost }));

    expect(error.code).toBe('REDIRECT_OFF_SITE');
    expect(error.message).toContain('three.test');
  });
});

describe('crawlSite per-page limits', () => {
  it('fails with PAGE_TOO_LARGE when the start page is bigger than maxPageBytes', async () => {
    const shop = await site({ '/': page('Home', [], `<meta name="filler" content="${'x'.repeat(5_000)}">`) });

    const error = await crawlError(crawlSite(shop.origin, { ...local, maxPageBytes: 1_000 }));

    expect(error.code).toBe('PAGE_TOO_LARGE');
  });

  it('skips an inner page that streams forever, cutting it off at maxPageBytes', async () => {
    let streamed = 0;
    const shop = await site({
      '/': page('Home', ['/endless']),
      '/endless': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'y'.repeat(1_000)}</p>`;
        const write = () => {
          if (response.destroyed) return;
          streamed += chunk.length;
          response.write(chunk, () => setImmediate(write));
        };
        write();
      },
    });

    const snapshot = await crawlSite(shop.origin, { ...local, maxPageBytes: 4_000 });

    expect(snapshot.skipped).toEqual([{ url: `${shop.origin}/endless`, reason: 'too large (> 4000 bytes)' }]);
    // The crawler hung up long before the server could send even a megabyte.
    expect(streamed).toBeLessThan(1_000_000);
  });

  it('skips an inner page that does not answer in time', async () => {
    const shop = await site({
      '/': page('Home', ['/slow', '/fast']),
      '/slow': () => {},
      '/fast': page('Fast'),
    });

    const started = Date.now();
    const snapshot = await crawlSite(shop.origin, { ...local, pageTimeoutMs: 200 });

    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home', 'Fast']);
    expect(snapshot.skipped).toEqual([{ url: `${shop.origin}/slow`, reason: 'timeout' }]);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('skips an inner page whose body stalls halfway', async () => {
    const shop = await site({
      '/': page('Home', ['/stalls']),
      '/stalls': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html><body><p>The beginning of a page that never');
      },
    });

    const snapshot = await crawlSite(shop.origin, { ...local, pageTimeoutMs: 200 });

    expect(snapshot.skipped).toEqual([{ url: `${shop.origin}/stalls`, reason: 'timeout' }]);
  });

  it('fails with UNREACHABLE when the start page does not answer in time', async () => {
    const shop = await site({ '/': () => {} });

    const error = await crawlError(crawlSite(shop.origin, { ...local, pageTimeoutMs: 200 }));

    expect(error.code).toBe('UNREACHABLE');
    expect(error.message).toContain('200 ms');
  });
});

describe('crawlSite content types and failures', () => {
  it('fails with NOT_HTML when the start URL is not a web page', async () => {
    const shop = await site({ '/': { type: 'application/json', body: '{"hello":"world"}' } });

    const error = await crawlError(crawlSite(shop.origin, local));

    expect(error.code).toBe('NOT_HTML');
    expect(error.message).toContain('application/json');
  });

  it('skips inner pages that are not HTML', async () => {
    const shop = await site({
      '/': page('Home', ['/feed', '/doc']),
      '/feed': { type: 'application/json', body: '{}' },
      '/doc': { type: 'application/xhtml+xml', body: page('XHTML page') },
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home', 'XHTML page']);
    expect(snapshot.skipped).toEqual([{ url: `${shop.origin}/feed`, reason: 'not HTML: application/json' }]);
  });

  it('fails with HTTP_ERROR naming the status when the start page answers 404', async () => {
    const shop = await site({});

    const error = await crawlError(crawlSite(`${shop.origin}/nope`, local));

    expect(error.code).toBe('HTTP_ERROR');
    expect(error.message).toContain('404');
    expect(error.message).toContain(`${shop.origin}/nope`);
  });

  it('fails with UNREACHABLE when nothing listens on the port', async () => {
    const port = await closedPort();

    const error = await crawlError(crawlSite(`http://127.0.0.1:${port}/`, local));

    expect(error.code).toBe('UNREACHABLE');
    expect(error.message).toContain(`http://127.0.0.1:${port}/`);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it.each(['ftp://example.com/', 'not a url', 'example.com', 'javascript:alert(1)', ''])(
    'fails with INVALID_URL for %j',
    async (input) => {
      const error = await crawlError(crawlSite(input));

      expect(error.code).toBe('INVALID_URL');
      expect(error.hint).toContain('https://');
    },
  );

  it('fails with EMPTY_SITE when the start page has no text and no links', async () => {
    const shop = await site({
      '/': '<html><head><title>App</title><script>window.boot()</script></head><body><div id="root"></div></body></html>',
    });

    const error = await crawlError(crawlSite(shop.origin, local));

    expect(error.code).toBe('EMPTY_SITE');
  });

  it('keeps a start page with little text when the site has other pages', async () => {
    const shop = await site({
      '/': '<html><body><a href="/story">Go</a></body></html>',
      '/story': page('Story'),
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(snapshot.pages.map((p) => p.title)).toEqual(['', 'Story']);
  });
});

/** A resolver that sends every listed name to the test server on 127.0.0.1. */
function namedHosts(names: string[]) {
  return async (hostname: string) => {
    if (!names.includes(hostname))
      throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
    return [{ address: '127.0.0.1', family: 4 }];
  };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
