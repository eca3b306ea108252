import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { brandResearch } from '../../../src/agents/brand-research/index.ts';
import { FactoryError } from '../../../src/errors/factory-error.ts';
import {
  type CrawledSite,
  type CrawlOptions,
  type CrawlProgressEvent,
  crawlSite,
  isPublicAddress,
} from '../../../src/research/crawler/index.ts';
import { SiteSnapshotSchema } from '../../../src/research/site-snapshot-schema.ts';
import { serveFolder } from '../../../src/runtime/serve-folder.ts';
import { BrandProfile } from '../../../src/schemas/brand-profile.ts';
import { page, type Route, startTestSite } from './test-site.ts';

const CHROMIUM = '/usr/bin/chromium';
const KESTREL_KITES = resolve('test/fixtures/kestrel-kites');
/** Generous for one page: the browser shares a small, often loaded machine with other test files. */
const local: CrawlOptions = { allowPrivateNetwork: true, pageTimeoutMs: 20_000 };
const NO_CHROMIUM = '/nonexistent/chromium';

async function site(routes: Record<string, Route>) {
  const started = await startTestSite(routes);
  onTestFinished(() => started.close());
  return started;
}

/** A page as a front-end framework serves it: an empty mount point and a script that fills it. */
function shell(script: string, title = 'Loading…'): string {
  return `<!doctype html><html><head><title>${title}</title></head>
<body><div id="app"></div><script>${script}</script></body></html>`;
}

function titles(snapshot: CrawledSite): string[] {
  return snapshot.pages.map((p) => p.title);
}

beforeAll(() => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM}; install it with: apt-get install -y chromium`);
});

describe('crawlSite on a shop assembled by JavaScript', () => {
  let rendered: CrawledSite;
  let staticOnly: CrawledSite;

  beforeAll(async () => {
    const served = await serveFolder(KESTREL_KITES);
    try {
      rendered = await crawlSite(served.url, local);
      staticOnly = await crawlSite(served.url, { ...local, render: false });
    } finally {
      await served.close();
    }
  });

  it('stores the pages as their scripts built them and follows links that exist only after rendering', () => {
    expect(titles(rendered)).toEqual([
      'Kestrel Kites | Handmade kites from the Outer Banks',
      'Delta Hawk Kite | Kestrel Kites',
      'Outer Banks Box Kite | Kestrel Kites',
      'About Kestrel Kites',
      // Linked only from the rendered Delta Hawk page.
      'Sky Ribbon Tail Set | Kestrel Kites',
    ]);
    expect(rendered.pages.map((p) => [p.depth, p.rendered ?? false])).toEqual([
      [0, true],
      [1, true],
      [1, true],
      [1, false],
      [2, true],
    ]);
    const home = rendered.pages[0]!;
    expect(home.html).toContain('<h3><a href="/products/delta-hawk.html">Delta Hawk Kite</a></h3>');
    expect(home.html).toContain('$124.00');
    expect(home.html).toContain('href="tel:+12524410193"');
    expect(home.bytes).toBe(Buffer.byteLength(home.html));
    expect(rendered.skipped).toEqual([]);
    expect(rendered.stylesheets.map((sheet) => new URL(sheet.url).pathname)).toEqual(['/css/kites.css']);
    const { assetFiles: _files, ...snapshot } = rendered;
    expect(SiteSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('reads the same shop as served when rendering is turned off', () => {
    expect(titles(staticOnly)).toEqual(['Loading…', 'About Kestrel Kites']);
    expect(staticOnly.pages.every((p) => p.rendered === undefined)).toBe(true);
    expect(staticOnly.pages[0]?.html).not.toContain('Delta Hawk');
    expect(staticOnly.skipped).toEqual([]);
  });

  it('lets brand research find the products and the phone number only in the rendered snapshot', async () => {
    const research = async ({ fetchedAt: _at, assetFiles: _files, ...input }: CrawledSite) =>
      BrandProfile.parse(await brandResearch.offline(input, { note: () => {} }));
    const offerings = (profile: BrandProfile) => profile.offerings.map((o) => o.value.name).join(' | ');

    const fromRendered = await research(rendered);
    const fromStatic = await research(staticOnly);

    expect(fromRendered.name.value).toBe('Kestrel Kites');
    expect(fromRendered.contact.phones.map((p) => p.value)).toContain('(252) 441-0193');
    expect(offerings(fromRendered)).toContain('Delta Hawk Kite');
    expect(offerings(fromRendered)).toContain('Outer Banks Box Kite');
    expect(fromStatic.contact.phones).toEqual([]);
    expect(offerings(fromStatic)).not.toContain('Delta Hawk');
  });
});

describe('crawlSite rendering behind the private-network guard', () => {
  it('aborts every request the page makes to a refused address, which never sees a connection', async () => {
    const intranet = await refusedServer();
    const target = `${intranet.host}:${intranet.port}`;
    const probe = (id: string, url: string) =>
      `fetch(${JSON.stringify(url)}).then(() => note('${id}', 'reached'), () => note('${id}', 'blocked'));`;
    const shop = await site({
      '/robots.txt': { type: 'text/plain', body: 'User-agent: *\nDisallow: /private-api/\n' },
      '/': (request, response) => {
        const port = request.headers.host?.split(':')[1];
        const script = `
          const note = (id, text) => {
            const line = document.createElement('p');
            line.id = id;
            line.textContent = text;
            document.getElementById('app').append(line);
          };
          ${probe('literal', `http://${target}/latest/meta-data/`)}
          ${probe('named', `http://intranet.test:${intranet.port}/admin`)}
          ${probe('robots', '/private-api/orders.json')}
          fetch('/menu.json').then((r) => r.json()).then((menu) => note('menu', menu.dishes.join(', ')));
          const image = new Image();
          image.src = 'http://${target}/pixel.png';
          try { new WebSocket('ws://${target}/socket'); } catch {}
          const frame = document.createElement('iframe');
          frame.src = 'http://${target}/frame';
          document.body.append(frame);
          const widget = document.createElement('script');
          widget.src = 'http://cdn.test:${port}/widget.js';
          document.head.append(widget);`;
        response.writeHead(200, { 'content-type': 'text/html' }).end(shell(script, 'Harbour Diner'));
      },
      '/menu.json': { type: 'application/json', body: '{"dishes":["Clam chowder","Fish tacos"]}' },
      '/private-api/orders.json': { type: 'application/json', body: '[]' },
      '/widget.js': {
        type: 'text/javascript',
        body: "note('widget', 'Open every day from 7 am to 3 pm');",
      },
    });
    const deps = {
      resolveHost: async (hostname: string) => {
        const address = { 'shop.test': '127.0.0.1', 'cdn.test': '127.0.0.1', 'intranet.test': intranet.host }[
          hostname
        ];
        if (!address) throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
        return [{ address, family: 4 }];
      },
      // The shop and its CDN stand in for the public internet; the second loopback address is
      // judged by the real rule, and refused.
      isAllowedAddress: (address: string) => address === '127.0.0.1' || isPublicAddress(address),
    };

    const snapshot = await crawlSite(`http://shop.test:${shop.port}/`, { pageTimeoutMs: 20_000 }, deps);

    const home = snapshot.pages[0]!;
    expect(home.rendered).toBe(true);
    expect(home.html).toContain('<p id="literal">blocked</p>');
    expect(home.html).toContain('<p id="named">blocked</p>');
    expect(home.html).toContain('<p id="robots">blocked</p>');
    expect(home.html).toContain('<p id="menu">Clam chowder, Fish tacos</p>');
    // A script from another (allowed) host still runs: the guard refuses addresses, not CDNs.
    expect(home.html).toContain('<p id="widget">Open every day from 7 am to 3 pm</p>');
    expect(intranet.connections()).toBe(0);
    expect(shop.requests).not.toContain('/private-api/orders.json');
    expect(shop.requests).toContain('/widget.js');
  });
});

describe('crawlSite rendering limits', () => {
  it('closes a page whose script loops forever, says so, and goes on with the rest of the crawl', async () => {
    const shop = await site({
      '/': page('Home', ['/calm', '/busy', '/spins-later']),
      '/calm': shell(
        "document.getElementById('app').innerHTML = '<h1>Fresh pasta daily</h1><a href=\"/after\">Hours</a>';",
      ),
      '/busy': shell('while (true) {}'),
      '/spins-later': shell(
        "document.getElementById('app').textContent = 'almost'; setTimeout(() => { while (true) {} }, 0);",
      ),
      '/after': page('Hours'),
    });
    const events: CrawlProgressEvent[] = [];

    const started = Date.now();
    const snapshot = await crawlSite(shop.origin, {
      ...local,
      pageTimeoutMs: 6_000,
      onProgress: (event) => events.push(event),
    });

    expect(snapshot.pages.map((p) => [new URL(p.url).pathname, p.rendered ?? false])).toEqual([
      ['/', false],
      ['/calm', true],
      ['/busy', false],
      ['/spins-later', false],
      ['/after', false],
    ]);
    expect(snapshot.pages[2]?.html).toContain('while (true) {}');
    const timedOut = { reason: 'rendering timed out after 6000 ms: read as static HTML' };
    expect(snapshot.skipped).toEqual([
      { url: `${shop.origin}/busy`, ...timedOut },
      { url: `${shop.origin}/spins-later`, ...timedOut },
    ]);
    expect(events.filter((event) => event.kind === 'warning')).toHaveLength(2);
    // Two stuck pages, rendered side by side, cost one page budget each at most.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('cuts the rendered HTML to the page size limit', async () => {
    const shop = await site({
      '/': shell("document.getElementById('app').textContent = 'Sourdough. '.repeat(5000);", 'Bakery'),
    });

    const snapshot = await crawlSite(shop.origin, { ...local, maxPageBytes: 20_000 });

    const home = snapshot.pages[0]!;
    expect(home.rendered).toBe(true);
    expect(home.html).toContain('Sourdough. Sourdough.');
    expect(home.bytes).toBeLessThanOrEqual(20_000);
    expect(home.bytes).toBeGreaterThan(19_000);
    expect(snapshot.skipped).toEqual([
      { url: `${shop.origin}/`, reason: 'rendered HTML cut at 20000 bytes' },
    ]);
  });
});

describe('crawlSite without chromium', () => {
  it('says once that chromium is not available and keeps every page as static HTML', async () => {
    const shop = await site({
      '/': shell("document.title = 'Home';").replace(
        '</body>',
        '<a href="/a">A</a> <a href="/b">B</a></body>',
      ),
      '/a': shell("document.title = 'A';"),
      '/b': shell("document.title = 'B';"),
    });
    const events: CrawlProgressEvent[] = [];

    const snapshot = await crawlSite(shop.origin, {
      ...local,
      chromiumPath: NO_CHROMIUM,
      onProgress: (event) => events.push(event),
    });

    expect(snapshot.pages.map((p) => [new URL(p.url).pathname, p.rendered ?? false])).toEqual([
      ['/', false],
      ['/a', false],
      ['/b', false],
    ]);
    expect(snapshot.skipped).toHaveLength(1);
    expect(snapshot.skipped[0]).toEqual({
      url: `${shop.origin}/`,
      reason: expect.stringMatching(
        /^chromium not available: JavaScript-assembled pages read as static HTML \(/,
      ),
    });
    expect(snapshot.skipped[0]?.reason).toContain(NO_CHROMIUM);
    expect(snapshot.skipped[0]?.reason).not.toContain('\n');
    expect(events.filter((event) => event.kind === 'warning')).toEqual([
      { kind: 'warning', url: `${shop.origin}/`, pages: 1, message: snapshot.skipped[0]?.reason },
    ]);
  });

  it('points at chromium when a lone JavaScript shell leaves nothing to research', async () => {
    const shop = await site({ '/': shell("document.title = 'App';") });

    const error = await crawlSite(shop.origin, { ...local, chromiumPath: NO_CHROMIUM }).then(
      () => null,
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(FactoryError);
    expect(error).toMatchObject({ code: 'EMPTY_SITE' });
    expect((error as FactoryError).hint).toContain('chromium');
  });

  it('never starts a browser for a site whose pages carry their text', async () => {
    const story =
      '<p>Our bakers start at four so the loaves are still warm when we open at seven.</p>'.repeat(3);
    const shop = await site({
      '/': page('Home', ['/about'], '<script>window.analytics = []</script>').replace(
        '</body>',
        `${story}</body>`,
      ),
      '/about': page('About'),
    });

    // A launch would fail on this path and be reported; nothing is reported.
    const snapshot = await crawlSite(shop.origin, { ...local, chromiumPath: NO_CHROMIUM });

    expect(titles(snapshot)).toEqual(['Home', 'About']);
    expect(snapshot.skipped).toEqual([]);
  });
});

/** A server on a second loopback address, the crawl's stand-in for a private network; it counts connections. */
async function refusedServer(): Promise<{ host: string; port: number; connections: () => number }> {
  const host = '127.0.0.2';
  let connections = 0;
  const server: Server = createServer((_request, response) => response.end('internal secret'));
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  onTestFinished(
    () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  );
  return { host, port: (server.address() as AddressInfo).port, connections: () => connections };
}
