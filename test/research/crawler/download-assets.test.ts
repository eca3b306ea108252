import { randomBytes } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type CrawlOptions, crawlSite } from '../../../src/research/crawler/index.ts';
import { SiteSnapshotSchema } from '../../../src/research/site-snapshot-schema.ts';
import { page, type Route, redirect, startTestSite } from './test-site.ts';

const local: CrawlOptions = { allowPrivateNetwork: true, pageTimeoutMs: 2_000 };

async function site(routes: Record<string, Route>) {
  const started = await startTestSite(routes);
  onTestFinished(() => started.close());
  return started;
}

// The crawler does not decode images, so bytes of the right size and type stand in for them.
const logoPng = randomBytes(3 * 1024);
const breadJpg = randomBytes(20 * 1024);
const ovenJpg = randomBytes(10 * 1024);

describe('crawlSite downloading the brand’s images', () => {
  it('keeps the logo and same-site raster photos, and skips icons, pixels, SVG, huge and foreign images', async () => {
    const other = await site({ '/photo.jpg': { type: 'image/jpeg', body: randomBytes(8 * 1024) } });
    const images = [
      '<a class="logo" href="/"><img src="/img/brand.png" alt="Lyon Bakery"></a>',
      '<img src="/img/bread.jpg" alt="  Sourdough   loaves ">',
      '<img src="/img/oven.jpg">',
      '<img src="/img/huge.jpg" alt="Huge">',
      '<img src="/img/drawing.svg" alt="Drawing">',
      '<img src="/img/vector.png" alt="Vector">',
      `<img src="${other.origin}/photo.jpg" alt="Hot-linked">`,
      '<img src="/img/moved.jpg" alt="Moved">',
      '<img src="/collect?id=1" width="1" height="1" alt="">',
      '<img src="/img/spacer-dot.gif">',
      '<img src="/img/tiny.gif">',
      '<img src="data:image/png;base64,AAAA">',
    ].join('\n');
    const shop = await site({
      '/': page('Home', [], '').replace('</body>', `${images}</body>`),
      '/img/brand.png': { type: 'image/png', body: logoPng },
      '/img/bread.jpg': { type: 'image/jpeg', body: breadJpg },
      '/img/oven.jpg': { type: 'image/jpeg; charset=binary', body: ovenJpg },
      '/img/huge.jpg': { type: 'image/jpeg', body: randomBytes(600 * 1024) },
      '/img/drawing.svg': { type: 'image/svg+xml', body: '<svg><script>alert(1)</script></svg>' },
      '/img/vector.png': { type: 'image/svg+xml', body: '<svg><script>alert(1)</script></svg>' },
      '/img/moved.jpg': redirect(`${other.origin}/photo.jpg`),
      '/collect?id=1': { type: 'image/gif', body: randomBytes(43) },
      '/img/spacer-dot.gif': { type: 'image/gif', body: randomBytes(4 * 1024) },
      '/img/tiny.gif': { type: 'image/gif', body: randomBytes(43) },
    });

    const snapshot = await crawlSite(shop.origin, local);

    expect(
      snapshot.assets?.map(({ url, role, alt, contentType, bytes }) => ({
        url,
        role,
        alt,
        contentType,
        bytes,
      })),
    ).toEqual([
      {
        url: `${shop.origin}/img/brand.png`,
        role: 'logo',
        alt: 'Lyon Bakery',
        contentType: 'image/png',
        bytes: 3 * 1024,
      },
      {
        url: `${shop.origin}/img/bread.jpg`,
        role: 'image',
        alt: 'Sourdough loaves',
        contentType: 'image/jpeg',
        bytes: 20 * 1024,
      },
      {
        url: `${shop.origin}/img/oven.jpg`,
        role: 'image',
        alt: null,
        contentType: 'image/jpeg',
        bytes: 10 * 1024,
      },
    ]);
    for (const asset of snapshot.assets ?? [])
      expect(asset.file).toMatch(/^research\/sources\/assets\/[0-9a-f]{16}\.(png|jpg)$/);
    const bytesOf = (url: string) => {
      const file = snapshot.assets?.find((asset) => asset.url === url)?.file;
      return Buffer.from(snapshot.assetFiles.find((asset) => asset.file === file)?.content ?? []);
    };
    expect(bytesOf(`${shop.origin}/img/brand.png`).equals(logoPng)).toBe(true);
    expect(bytesOf(`${shop.origin}/img/bread.jpg`).equals(breadJpg)).toBe(true);

    // Never asked for: another site's image (directly or through a redirect), SVG by name, pixels and icons by name or size.
    expect(other.requests).toEqual([]);
    expect(shop.requests).not.toContain('/img/drawing.svg');
    expect(shop.requests).not.toContain('/collect?id=1');
    expect(shop.requests).not.toContain('/img/spacer-dot.gif');
    expect(snapshot.skipped).toEqual(
      expect.arrayContaining([
        { url: `${shop.origin}/img/huge.jpg`, reason: `too large (> ${512 * 1024} bytes)` },
        { url: `${shop.origin}/img/vector.png`, reason: 'not a raster image: image/svg+xml' },
        { url: `${shop.origin}/img/moved.jpg`, reason: `redirects off-site to ${other.origin}/photo.jpg` },
        { url: `${shop.origin}/img/tiny.gif`, reason: 'too small to be a photo or logo' },
      ]),
    );
  });

  it('stores the image list in snapshot.json but never the bytes, and reads old snapshots without it', async () => {
    const shop = await site({
      '/': page('Home').replace('</body>', '<img src="/logo.png" alt="Logo"></body>'),
      '/logo.png': { type: 'image/png', body: logoPng },
    });
    const { assetFiles, ...snapshot } = await crawlSite(shop.origin, local);
    expect(assetFiles).toHaveLength(1);
    const stored = JSON.parse(JSON.stringify(SiteSnapshotSchema.parse(snapshot)));
    expect(stored.assets).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(logoPng.toString('base64').slice(0, 40));

    const { assets: _, ...old } = stored;
    expect(SiteSnapshotSchema.parse(old).assets).toBeUndefined();
    const escaping = { ...stored, assets: [{ ...stored.assets[0], file: '../../../etc/passwd' }] };
    expect(SiteSnapshotSchema.safeParse(escaping).success).toBe(false);
  });

  it('downloads no image when maxImages is 0', async () => {
    const shop = await site({
      '/': page('Home').replace('</body>', '<img src="/logo.png" alt="Logo"><img src="/a.jpg"></body>'),
      '/logo.png': { type: 'image/png', body: logoPng },
      '/a.jpg': { type: 'image/jpeg', body: breadJpg },
    });
    const snapshot = await crawlSite(shop.origin, { ...local, maxImages: 0 });
    expect(snapshot.assets).toEqual([]);
    expect(shop.requests.filter((path) => path !== '/robots.txt' && path !== '/sitemap.xml')).toEqual(['/']);
  });
});
