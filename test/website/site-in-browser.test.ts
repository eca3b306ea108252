import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBatch, type TrackingEvent } from '../../src/schemas/tracking-event.ts';
import { buildSite } from '../../src/website/index.ts';
import { type Brand, dentalBrand, siteInputOf } from './fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SHOTS = 'test-output/website';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

interface Recorded {
  batches: unknown[];
  forms: Array<{ form: string; fields: Record<string, string> }>;
  /** Requests for anything not on this server would never reach it; this counts what did. */
  requests: string[];
}

/** A tiny static server like `factory serve`: folder indexes, trailing-slash redirects keeping the query. */
async function serveSite(root: string, recorded: Recorded): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    recorded.requests.push(`${request.method} ${url.pathname}`);
    if (request.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      if (url.pathname === '/api/events') {
        recorded.batches.push(JSON.parse(body));
        response.writeHead(202).end();
        return;
      }
      const form = /^\/api\/forms\/([a-z0-9-]+)$/.exec(url.pathname)?.[1];
      if (form) {
        recorded.forms.push({ form, fields: Object.fromEntries(new URLSearchParams(body)) });
        response.writeHead(303, { location: '/thank-you.html' }).end();
        return;
      }
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    const content = await readFile(path).catch(() => null);
    if (!content) return void response.writeHead(404).end('not found');
    response
      .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      .end(content);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const eventsOf = (recorded: Recorded): TrackingEvent[] =>
  recorded.batches.flatMap((batch) => EventBatch.parse(batch).events);

async function waitFor(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const available = existsSync(CHROMIUM);

describe.skipIf(!available)('the built site in a real browser', () => {
  let brand: Brand;
  let root: string;
  let server: Server;
  let base: string;
  let browser: Browser;
  const recorded: Recorded = { batches: [], forms: [], requests: [] };
  const campaign = 'google-leads';

  beforeAll(async () => {
    brand = await dentalBrand();
    root = await mkdtemp(join(tmpdir(), 'mf-site-'));
    for (const file of buildSite(siteInputOf(brand))) {
      await mkdir(dirname(join(root, file.path)), { recursive: true });
      await writeFile(join(root, file.path), file.content);
    }
    server = await serveSite(root, recorded);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (root) await rm(root, { recursive: true, force: true });
  });

  const reset = () => {
    recorded.batches.length = 0;
    recorded.forms.length = 0;
    recorded.requests.length = 0;
  };
  const landingUrl = () =>
    `${base}/lp/${campaign}?utm_source=google&utm_medium=cpc&utm_campaign=${campaign}&gclid=abc`;

  async function fillAndSubmit(page: Page): Promise<void> {
    await page.fill('#lp-google-leads-name', 'Ada <b>Lovelace</b>');
    await page.fill('#lp-google-leads-email', 'ada@example.com');
    await page.selectOption('#lp-google-leads-interest', 'Family dentistry');
    await Promise.all([
      page.waitForURL('**/thank-you.html'),
      page.click('form[data-mf-form] button[type=submit]'),
    ]);
  }

  it('with consent: records landing (UTM + gclid) and page views, and the form carries the UTM and visitor id', async () => {
    reset();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(landingUrl());
    expect(new URL(page.url()).pathname).toBe(`/lp/${campaign}/`);
    expect(await page.locator('#mf-consent').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/landing-consent.png`, fullPage: true });
    await page.click('button[data-consent="yes"]');
    expect(await page.locator('#mf-consent').isVisible()).toBe(false);

    await page.goto(`${base}/about.html`);
    await page.goto(`${base}/offerings.html`);
    await page.goto(`${base}/lp/${campaign}/`);
    await fillAndSubmit(page);
    await page.screenshot({ path: `${SHOTS}/thank-you.png` });
    await page.close();
    await waitFor(
      () => eventsOf(recorded).some((event) => event.type === 'form_submit'),
      'the form_submit event',
    );

    const cookies = await context.cookies();
    const vid = cookies.find((cookie) => cookie.name === 'mf_vid');
    expect(vid?.sameSite).toBe('Lax');
    expect(vid!.expires - Date.now() / 1000).toBeGreaterThan(364 * 86400);

    const events = eventsOf(recorded);
    const landing = events.filter((event) => event.type === 'landing');
    expect(landing).toHaveLength(1);
    expect(landing[0]!.utm).toEqual({ source: 'google', medium: 'cpc', campaign, term: null, content: null });
    expect(landing[0]!.click_ids).toEqual({ gclid: 'abc' });
    const views = events
      .filter((event) => event.type === 'page_view')
      .map((event) => new URL(event.url).pathname);
    expect(views).toEqual(expect.arrayContaining([`/lp/${campaign}/`, '/about.html', '/offerings.html']));
    expect(new Set(events.map((event) => event.visitor_id))).toEqual(new Set([vid!.value]));
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);

    expect(recorded.forms).toHaveLength(1);
    const { form, fields } = recorded.forms[0]!;
    expect(form).toBe(`lp-${campaign}`);
    expect(fields).toMatchObject({
      name: 'Ada <b>Lovelace</b>',
      email: 'ada@example.com',
      interest: 'Family dentistry',
      _utm_source: 'google',
      _utm_medium: 'cpc',
      _utm_campaign: campaign,
      _gclid: 'abc',
      _visitor: vid!.value,
      _hp_website: '',
    });
    expect(fields._submission).toMatch(/^[0-9a-f-]{36}$/);
    expect(new URL(fields._landing_url!).searchParams.get('gclid')).toBe('abc');
    await context.close();
  });

  it('declined: no cookie, no event sent, and the form post still carries the landing UTM', async () => {
    reset();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(landingUrl());
    await page.click('button[data-consent="no"]');
    await page.goto(`${base}/about.html`);
    expect(await page.locator('#mf-consent').isVisible()).toBe(false);
    await page.goto(`${base}/lp/${campaign}/`);
    await fillAndSubmit(page);
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, 2500));

    expect(await context.cookies()).toEqual([]);
    expect(recorded.requests.filter((request) => request.includes('/api/events'))).toEqual([]);
    expect(recorded.forms).toHaveLength(1);
    expect(recorded.forms[0]!.fields).toMatchObject({
      _utm_source: 'google',
      _utm_medium: 'cpc',
      _utm_campaign: campaign,
      _gclid: 'abc',
      _visitor: '',
    });
    expect(recorded.forms[0]!.fields._submission).toMatch(/^[0-9a-f-]{36}$/);
    await context.close();
  });

  it('shows validation messages instead of posting an invalid form', async () => {
    reset();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/contact.html`);
    await page.fill('#contact-email', 'not-an-email');
    await page.click('form[data-mf-form] button[type=submit]');
    expect(await page.textContent('#contact-name-error')).toContain('Please fill in');
    expect(await page.textContent('#contact-email-error')).toContain('email address');
    expect(await page.getAttribute('#contact-name', 'aria-invalid')).toBe('true');
    expect(recorded.forms).toHaveLength(0);
    await context.close();
  });

  it('has no serious or critical axe violations on any page type (consent banner showing)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of [
      '/',
      '/offerings.html',
      '/about.html',
      '/contact.html',
      '/thank-you.html',
      '/privacy.html',
      `/lp/${campaign}/`,
    ]) {
      await page.goto(`${base}${path}`);
      await page.addScriptTag({ content: axe.source });
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: typeof axe }).axe.run(document),
      )) as axe.AxeResults;
      for (const violation of result.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical')
          problems.push(
            `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
          );
      }
      const name = path === '/' ? 'home' : path.replace(/^\/|\.html$|\/$/g, '').replace(/\//g, '-');
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/`);
    await page.screenshot({ path: `${SHOTS}/home-mobile.png`, fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
