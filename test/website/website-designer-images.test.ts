import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { websiteDesigner } from '../../src/agents/website-designer/index.ts';
import { clientWorkspace } from '../../src/factory/client-workspace.ts';
import type { SiteSnapshot } from '../../src/research/site-snapshot.ts';
import { hueDistance } from '../../src/website/hue-distance.ts';
import { buildSite } from '../../src/website/index.ts';
import { dentalBrand, silent, siteInputOf } from './fixtures.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A logo as sites have them: a red mark and dark lettering on a transparent ground. */
const logo = await sharp({
  create: { width: 400, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
})
  .composite([
    { input: { create: { width: 120, height: 120, channels: 4, background: '#c8102e' } }, left: 0, top: 0 },
    { input: { create: { width: 240, height: 40, channels: 4, background: '#222222' } }, left: 150, top: 40 },
  ])
  .png()
  .toBuffer();
/** A camera-sized photo (noise, so it compresses like one). */
const photo = await sharp({
  create: {
    width: 1600,
    height: 1000,
    channels: 3,
    background: '#336699',
    noise: { type: 'gaussian', mean: 120, sigma: 40 },
  },
})
  .jpeg({ quality: 90 })
  .toBuffer();

/** A real client directory with what website-designer reads; a snapshot listing the images when given. */
async function clientDir(assets: SiteSnapshot['assets'] | null, files: Record<string, Uint8Array> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'designer-images-'));
  dirs.push(dir);
  const brand = await dentalBrand();
  const write = async (path: string, content: string | Uint8Array) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  // A blue site whose logo is red: the logo is the identity.
  const config = { ...brand.config, brand_colors: { ...brand.config.brand_colors, primary: '#1f4e79' } };
  await write('brand-config.json', JSON.stringify(config));
  await write('research/brand-profile.json', JSON.stringify(brand.profile));
  for (const file of buildSite(siteInputOf(brand))) {
    if (['site-plan.json', 'forms.json', 'commerce.json'].includes(file.path))
      await write(`website/${file.path}`, file.content);
  }
  if (assets) {
    const snapshot: SiteSnapshot = {
      kind: 'site',
      rootUrl: 'https://dental.example/',
      fetchedAt: '2025-01-01T00:00:00.000Z',
      pages: [],
      stylesheets: [],
      skipped: [],
      robots: { found: false, crawlDelaySeconds: null },
      sitemapUrls: [],
      brief: null,
      assets,
    };
    await write('research/sources/snapshot.json', JSON.stringify(snapshot));
  }
  for (const [path, content] of Object.entries(files)) await write(path, content);
  return { dir, brand };
}

async function runDesigner(dir: string) {
  const input = await websiteDesigner.distill(clientWorkspace('test', dir));
  const theme = websiteDesigner.schema.parse(await websiteDesigner.offline(input, silent));
  const text = websiteDesigner.render(theme, input);
  const binary = websiteDesigner.renderBinary?.(theme, input) ?? [];
  const page = (path: string) => text.find((file) => file.path === path)?.content ?? '';
  return { input, theme, text, binary, page };
}

const LOGO_FILE = 'research/sources/assets/0123456789abcdef.png';
const PHOTO_FILE = 'research/sources/assets/fedcba9876543210.jpg';
const withImages: SiteSnapshot['assets'] = [
  {
    url: 'https://dental.example/logo.png',
    file: LOGO_FILE,
    contentType: 'image/png',
    bytes: logo.length,
    role: 'logo',
    alt: 'Logo',
  },
  {
    url: 'https://dental.example/team.jpg',
    file: PHOTO_FILE,
    contentType: 'image/jpeg',
    bytes: photo.length,
    role: 'image',
    alt: 'Our team',
  },
];

describe('website-designer with the images research downloaded', () => {
  it('serves the logo and photos from website/assets/images, sized with srcset, never hot-linking', async () => {
    const { dir, brand } = await clientDir(withImages, { [LOGO_FILE]: logo, [PHOTO_FILE]: photo });
    const { binary, page, theme, text } = await runDesigner(dir);

    const paths = binary.map((file) => file.path);
    expect(paths).toContain('website/assets/images/logo.webp');
    for (const width of [480, 960, 1440])
      for (const ext of ['webp', 'jpg'])
        expect(paths).toContain(`website/assets/images/photo-1-${width}.${ext}`);
    const resized = await sharp(binary.find((f) => f.path.endsWith('photo-1-480.webp'))!.content).metadata();
    expect([resized.format, resized.width, resized.height]).toEqual(['webp', 480, 300]);
    const drawnLogo = await sharp(binary.find((f) => f.path.endsWith('logo.webp'))!.content).metadata();
    expect(drawnLogo.height).toBe(96);
    expect(theme.logo).toBe('/assets/images/logo.webp');
    expect(theme.logo_size).toEqual({ width: 320, height: 96 });

    const home = load(page('website/index.html'));
    expect(home('.brand img').attr('src')).toBe('/assets/images/logo.webp');
    expect(home('.brand img').attr('alt')).toBe(brand.config.brand_name);
    expect(home('.brand img').attr('width')).toBe('320');
    const hero = home('.hero picture img');
    expect(hero.attr('alt')).toBe('Our team');
    expect([hero.attr('width'), hero.attr('height'), hero.attr('fetchpriority')]).toEqual([
      '1600',
      '1000',
      'high',
    ]);
    expect(home('.hero picture source[type="image/webp"]').attr('srcset')).toBe(
      '/assets/images/photo-1-480.webp 480w, /assets/images/photo-1-960.webp 960w, /assets/images/photo-1-1440.webp 1440w',
    );
    for (const other of ['website/offerings.html', 'website/about.html'])
      expect(load(page(other))('.hero picture img').attr('src'), other).toBe(
        '/assets/images/photo-1-960.jpg',
      );
    for (const file of text.filter((f) => f.path.endsWith('.html')))
      expect(file.content, file.path).not.toMatch(/(src|srcset)="(https?:)?\/\//);
  });

  it("takes the logo's colour for the theme when the site's styles name another hue", async () => {
    const { dir } = await clientDir(withImages, { [LOGO_FILE]: logo, [PHOTO_FILE]: photo });
    const { theme, input } = await runDesigner(dir);
    expect(input.images.logo?.palette[0]).toMatch(/^#c[0-9a-f]1[0-9a-f]2[0-9a-f]$/);
    expect(hueDistance(theme.colors.button, '#c8102e')).toBeLessThan(10);
    expect(theme.adjusted.map((change) => change.role)).toContain("primary (the logo's main colour)");
  });

  it('keeps the text wordmark and writes no image without a snapshot, when its files are missing or not images', async () => {
    const broken = await clientDir(withImages, {
      [LOGO_FILE]: randomBytes(3 * 1024),
      [PHOTO_FILE]: randomBytes(9000),
    });
    for (const { dir } of [await clientDir(null), await clientDir(withImages), broken]) {
      const { binary, page, theme } = await runDesigner(dir);
      expect(binary).toEqual([]);
      expect(theme.logo).toBeNull();
      expect(page('website/index.html')).not.toContain('<img');
    }
  });

  it('re-runs when an image changes: the bytes are part of its input', async () => {
    const first = await clientDir(withImages, { [LOGO_FILE]: logo });
    const other = await sharp(logo).negate({ alpha: false }).png().toBuffer();
    const second = await clientDir(withImages, { [LOGO_FILE]: other });
    const a = await runDesigner(first.dir);
    const b = await runDesigner(second.dir);
    expect(a.input.images.logo).not.toBeNull();
    expect(JSON.stringify(a.input)).not.toEqual(JSON.stringify(b.input));
  });
});
