import { describe, expect, it, onTestFinished } from 'vitest';
import { FactoryError } from '../../../src/errors/factory-error.ts';
import { crawlSite, isPublicAddress } from '../../../src/research/crawler/index.ts';
import { page, type Route, redirect, startTestSite } from './test-site.ts';

async function site(routes: Record<string, Route>) {
  const started = await startTestSite(routes);
  onTestFinished(() => started.close());
  return started;
}

/**
 * The test server lives on 127.0.0.1. To see the guard act on a redirect, names are resolved by
 * a fake DNS and 127.0.0.1 alone is treated as a public server; every other address is judged by
 * the real rules. The refusals below are therefore the production code path.
 */
function network(names: Record<string, string | (() => string)>) {
  return {
    resolveHost: async (hostname: string) => {
      const entry = names[hostname];
      if (entry === undefined)
        throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
      return [{ address: typeof entry === 'function' ? entry() : entry, family: 4 }];
    },
    isAllowedAddress: (address: string) => address === '127.0.0.1' || isPublicAddress(address),
  };
}

async function refusal(run: Promise<unknown>): Promise<FactoryError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FactoryError);
  expect(error).toMatchObject({ code: 'PRIVATE_NETWORK_REFUSED' });
  expect((error as FactoryError).hint).toContain('--allow-private-network');
  return error as FactoryError;
}

describe('crawlSite on private networks', () => {
  it('refuses a literal loopback start URL without sending it a single request', async () => {
    const shop = await site({ '/': page('Home') });

    const error = await refusal(crawlSite(shop.origin));

    expect(error.message).toContain('127.0.0.1');
    expect(shop.requests).toEqual([]);
  });

  it('refuses localhost, judged by the address the system resolver gives it', async () => {
    const shop = await site({ '/': page('Home') });

    await refusal(crawlSite(`http://localhost:${shop.port}/`));

    expect(shop.requests).toEqual([]);
  });

  it('refuses loopback written as an IPv4-mapped IPv6 literal', async () => {
    await refusal(crawlSite('http://[::ffff:127.0.0.1]:9/'));
  });

  it('crawls loopback when allowPrivateNetwork is set', async () => {
    const shop = await site({ '/': page('Home') });

    const snapshot = await crawlSite(shop.origin, { allowPrivateNetwork: true });

    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home']);
  });

  it('refuses when a public start page redirects to a host on the private network', async () => {
    const shop = await site({ '/': redirect('http://intranet.test/admin') });
    const deps = network({ 'shop.test': '127.0.0.1', 'intranet.test': '10.20.30.40' });

    const error = await refusal(crawlSite(`http://shop.test:${shop.port}/`, {}, deps));

    expect(error.message).toContain('10.20.30.40');
    expect(shop.requests).toEqual(['/robots.txt', '/']);
  });

  it('refuses when a public start page redirects to a literal private address', async () => {
    const shop = await site({ '/': redirect('http://169.254.169.254/latest/meta-data/') });

    await refusal(crawlSite(`http://shop.test:${shop.port}/`, {}, network({ 'shop.test': '127.0.0.1' })));
  });

  it('skips an inner page that redirects to a same-site name resolving to a private address', async () => {
    const shop = await site({
      '/': page('Home', ['/staff']),
      '/staff': (request, response) => {
        const port = request.headers.host?.split(':')[1];
        response.writeHead(301, { location: `http://www.shop.test:${port}/staff` }).end();
      },
    });
    const deps = network({ 'shop.test': '127.0.0.1', 'www.shop.test': '192.168.1.20' });

    const snapshot = await crawlSite(`http://shop.test:${shop.port}/`, {}, deps);

    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home']);
    expect(snapshot.skipped).toContainEqual({
      url: `http://shop.test:${shop.port}/staff`,
      reason: 'refused: private network address',
    });
  });

  it('catches DNS rebinding: a name that turns private after the first page is refused on the next connection', async () => {
    let rebound = false;
    const closeEach = (body: string): Route => ({ body, headers: { connection: 'close' } });
    const shop = await site({
      '/': (_request, response) => {
        rebound = true;
        response
          .writeHead(200, { 'content-type': 'text/html', connection: 'close' })
          .end(page('Home', ['/next']));
      },
      '/robots.txt': closeEach(''),
      '/next': closeEach(page('Next')),
    });
    const deps = network({ 'shop.test': () => (rebound ? '10.0.0.9' : '127.0.0.1') });

    const snapshot = await crawlSite(`http://shop.test:${shop.port}/`, {}, deps);

    expect(snapshot.pages.map((p) => p.title)).toEqual(['Home']);
    expect(snapshot.skipped).toContainEqual({
      url: `http://shop.test:${shop.port}/next`,
      reason: 'refused: private network address',
    });
    expect(shop.requests).not.toContain('/next');
  });
});
