import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { websiteDesigner } from '../../src/agents/website-designer/index.ts';
import { clientWorkspace } from '../../src/factory/client-workspace.ts';
import type { SiteSnapshot } from '../../src/research/site-snapshot.ts';
import { buildSite } from '../../src/website/index.ts';
import { dentalBrand, silent, siteInputOf } from './fixtures.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const logo = randomBytes(3 * 1024);
const photo = randomBytes(12 * 1024);

/** A real client directory with what website-designer reads; a snapshot listing the images when given. */
async function clientDir(assets: SiteSnapshot['assets'] | null, files: Record<string, Uint8Array> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'designer-images-'));
  dirs.push(dir);
  const brand = await dentalBrand();
  const write = async (path: string, content: string | Uint8Array) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  await write('brand-config.json', JSON.stringify(brand.config));
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
  it('copies the logo and photos into website/assets/images and shows them, never hot-linking', async () => {
    const { dir, brand } = await clientDir(withImages, { [LOGO_FILE]: logo, [PHOTO_FILE]: photo });
    const { binary, page, theme, text } = await runDesigner(dir);

    expect(binary.map((file) => file.path)).toEqual([
      'website/assets/images/logo.png',
      'website/assets/images/image-1.jpg',
    ]);
    expect(Buffer.from(binary[0]!.content).equals(logo)).toBe(true);
    expect(Buffer.from(binary[1]!.content).equals(photo)).toBe(true);
    expect(theme.logo).toBe('/assets/images/logo.png');

    const home = page('website/index.html');
    expect(home).toContain(
      `<a class="brand" href="/"><img src="/assets/images/logo.png" alt="${brand.config.brand_name}">`,
    );
    expect(home).toContain('<img src="/assets/images/image-1.jpg" alt="Our team"');
    for (const file of text.filter((f) => f.path.endsWith('.html')))
      expect(file.content, file.path).not.toMatch(/src="(https?:)?\/\//);
  });

  it('keeps the text wordmark and writes no image without a snapshot, or when its files are missing', async () => {
    for (const { dir } of [await clientDir(null), await clientDir(withImages)]) {
      const { binary, page, theme } = await runDesigner(dir);
      expect(binary).toEqual([]);
      expect(theme.logo).toBeNull();
      expect(page('website/index.html')).not.toContain('<img');
    }
  });

  it('re-runs when an image changes: the bytes are part of its input', async () => {
    const first = await clientDir(withImages, { [LOGO_FILE]: logo });
    const second = await clientDir(withImages, { [LOGO_FILE]: randomBytes(3 * 1024) });
    const a = await runDesigner(first.dir);
    const b = await runDesigner(second.dir);
    expect(a.input.images).toHaveLength(1);
    expect(JSON.stringify(a.input)).not.toEqual(JSON.stringify(b.input));
  });
});
