import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import axe from 'axe-core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentation } from '../../src/agents/documentation/index.ts';
import { type ServedFolder, serveFolder } from '../../src/runtime/serve-folder.ts';
import { dentalConfig, inputFor, shopConfig } from '../agents/documentation/fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = resolve('test-output/proposal');
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

// The proposal as a client opens it: served over HTTP on 127.0.0.1, in a real Chromium.
describe('the proposal in a browser', () => {
  let browser: Browser;
  let root: string;
  let served: ServedFolder;
  const clients = ['bellingham-family-dental', 'tidepool-ceramics'];
  const brandNames = new Map<string, string>();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}; the proposal browser test needs it. Install it with: apt-get install -y chromium`,
      );
    }
    root = await mkdtemp(join(tmpdir(), 'proposal-browser-'));
    for (const config of [await dentalConfig(), await shopConfig()]) {
      const input = inputFor(config);
      const output = await documentation.offline(input, { note: () => {} });
      const html = documentation.render(output, input).find((file) => file.path === 'proposal/index.html')!;
      await mkdir(join(root, config.brand_id), { recursive: true });
      await writeFile(join(root, config.brand_id, 'index.html'), html.content);
      brandNames.set(config.brand_id, config.brand_name);
    }
    await mkdir(SCREENSHOTS, { recursive: true });
    served = await serveFolder(root);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  for (const client of clients) {
    for (const viewport of VIEWPORTS) {
      it(`${client} at ${viewport.width} px: fits the screen, loads nothing external, names the brand, passes axe`, async () => {
        const page = await browser.newPage({ viewport });
        const hosts: string[] = [];
        page.on('request', (request) => hosts.push(new URL(request.url()).hostname));
        try {
          const response = await page.goto(`${served.url}${client}/`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);

          const overflow = await page.evaluate(() => ({
            scrollWidth: document.scrollingElement!.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
          await page.screenshot({
            path: join(SCREENSHOTS, `${client}-${viewport.width}.png`),
            fullPage: true,
          });

          expect(await page.locator('h1').innerText()).toContain(brandNames.get(client));
          expect(await page.locator('nav').isVisible()).toBe(true);

          await page.addScriptTag({ content: axe.source });
          const violations = await page.evaluate(async () => {
            const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
            return result.violations.map(({ id, impact, help, nodes }) => ({
              id,
              impact,
              help,
              nodes: nodes.length,
            }));
          });
          expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

          await page.emulateMedia({ media: 'print' });
          expect(await page.locator('nav').isVisible()).toBe(false);
          expect(await page.locator('#budget').isVisible()).toBe(true);

          expect(hosts.filter((host) => host !== '127.0.0.1')).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('prints to an A4 PDF with a page per section', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${served.url}${clients[0]}/`);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(7);
    } finally {
      await page.close();
    }
  });
});
