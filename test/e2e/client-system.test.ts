import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedClientStore } from '../../src/agents/database-schema/index.ts';
import { loadRegistry } from '../../src/agents/registry.ts';
import { silentReporter } from '../../src/factory/build-reporter.ts';
import { runBuild } from '../../src/factory/run-build.ts';
import { CostBudget, parseModelSpec } from '../../src/llm/index.ts';
import { readBrief } from '../../src/research/crawler/index.ts';
import { type RunningClientServer, startClientServer } from '../../src/runtime/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import { type PostgresCluster, startPostgresCluster } from '../store/postgres-cluster.ts';

/**
 * The whole client system as a visitor meets it: a client built by the real factory, served by
 * `startClientServer` on the real store (embedded and PostgreSQL), driven by Debian's chromium.
 */
const BRIEF = fileURLToPath(new URL('../fixtures/harbor-brief.txt', import.meta.url));
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
const SLUG = 'harbor';
const CAMPAIGN = 'google-leads';

interface LeadRow {
  visitor_id: string | null;
  first_touch: {
    source: string | null;
    medium: string | null;
    campaign: string | null;
    click_id: string | null;
  } | null;
  last_touch: { source: string | null; campaign: string | null } | null;
  campaign_id: string | null;
  fields: Record<string, string>;
}

async function buildClient(clientsDir: string): Promise<string> {
  const dir = join(clientsDir, SLUG);
  await mkdir(join(dir, 'research/sources'), { recursive: true });
  await writeFile(join(dir, 'research/sources/snapshot.json'), JSON.stringify(await readBrief(BRIEF)));
  const inputs = {
    schema_version: 1,
    slug: SLUG,
    source: { kind: 'brief', file: BRIEF },
    budget: { monthly: 5000, currency: 'USD' },
  };
  await writeFile(join(dir, 'inputs.json'), JSON.stringify(inputs));
  const summary = await runBuild({
    slug: SLUG,
    dir,
    command: 'test',
    registry: await loadRegistry(),
    model: parseModelSpec('offline'),
    budget: new CostBudget(null),
    env: {},
    reporter: silentReporter,
  });
  expect(summary.status).not.toBe('failed');
  return dir;
}

async function submitLandingForm(page: Page, name: string, email: string): Promise<void> {
  await page.fill(`#lp-${CAMPAIGN}-name`, name);
  await page.fill(`#lp-${CAMPAIGN}-email`, email);
  const interest = page.locator(`#lp-${CAMPAIGN}-interest`);
  if ((await interest.count()) > 0) await interest.selectOption({ index: 1 });
  await Promise.all([
    page.waitForURL('**/thank-you.html'),
    page.click('form[data-mf-form] button[type=submit]'),
  ]);
}

let browser: Browser;
let cluster: PostgresCluster | undefined;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});
afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
});

describe.each(['pglite', 'postgres'] as const)('the client system on %s', (backend) => {
  let clientsDir: string;
  let clientDir: string;
  let databaseUrl: string | null = null;
  let server: RunningClientServer;
  let cookieVisitor: string | undefined;
  let declinedCookies: unknown[] = [];

  beforeAll(async () => {
    clientsDir = await mkdtemp(join(tmpdir(), `factory-e2e-${backend}-`));
    clientDir = await buildClient(clientsDir);
    if (backend === 'postgres') {
      cluster ??= await startPostgresCluster();
      databaseUrl = await cluster.createDatabase('harbor_e2e');
    }
    const seeded = await seedClientStore({ clientDir, databaseUrl, log: () => {} });
    expect(seeded.inserted).toBeGreaterThan(0);
    server = await startClientServer({ slug: SLUG, clientsDir, port: 0, databaseUrl, logger: false });

    // A visitor from a Google ad who accepts the consent banner, browses, and enquires.
    const consenting = await browser.newContext();
    const page = await consenting.newPage();
    await page.goto(
      `${server.url}lp/${CAMPAIGN}?utm_source=google&utm_medium=cpc&utm_campaign=${CAMPAIGN}&gclid=e2e-gclid`,
    );
    await page.click('button[data-consent="yes"]');
    await page.goto(`${server.url}about.html`);
    await page.goto(`${server.url}offerings.html`);
    await page.goto(`${server.url}lp/${CAMPAIGN}/`);
    await submitLandingForm(page, 'Ada <script>alert(1)</script>', 'ada@example.com');
    cookieVisitor = (await consenting.cookies()).find((cookie) => cookie.name === 'mf_vid')?.value;
    await consenting.close();

    // A visitor from the same ad who declines: no cookie, no events, the lead still attributed.
    const declining = await browser.newContext();
    const second = await declining.newPage();
    await second.goto(
      `${server.url}lp/${CAMPAIGN}?utm_source=google&utm_medium=cpc&utm_campaign=${CAMPAIGN}`,
    );
    await second.click('button[data-consent="no"]');
    await second.goto(`${server.url}about.html`);
    await second.goto(`${server.url}lp/${CAMPAIGN}/`);
    await submitLandingForm(second, 'Grace Hopper', 'grace@example.com');
    declinedCookies = await declining.cookies();
    await declining.close();

    // Graceful shutdown finishes the in-flight writes; the store is then read afresh.
    await server.close();
  }, 180_000);

  async function readStore<T>(sql: string, params: unknown[]): Promise<T[]> {
    const store = await openStore({ dataDir: join(clientDir, 'data'), databaseUrl, log: () => {} });
    try {
      return (await store.query<T>(sql, params)).rows;
    } finally {
      await store.close();
    }
  }

  const leadOf = async (email: string) =>
    (
      await readStore<LeadRow>(
        "select visitor_id, first_touch, last_touch, campaign_id, fields from leads where brand_id = $1 and fields->>'email' = $2",
        [SLUG, email],
      )
    )[0];

  it('attributes a consenting visitor’s lead to the ad’s first and last touch and its campaign', async () => {
    expect(cookieVisitor).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    const lead = await leadOf('ada@example.com');
    expect(lead?.visitor_id).toBe(cookieVisitor);
    expect(lead?.first_touch).toMatchObject({
      source: 'google',
      medium: 'cpc',
      campaign: CAMPAIGN,
      click_id: 'e2e-gclid',
    });
    expect(lead?.last_touch).toMatchObject({ source: 'google', campaign: CAMPAIGN });
    expect(lead?.campaign_id).toBe(CAMPAIGN);
    expect(lead?.fields.name).toBe('Ada <script>alert(1)</script>');
  });

  it('stores the consenting visitor’s landing and page views', async () => {
    const events = await readStore<{ type: string; url: string }>(
      'select type, url from events where brand_id = $1 and visitor_id = $2 order by at',
      [SLUG, cookieVisitor],
    );
    expect(events.filter((event) => event.type === 'landing')).toHaveLength(1);
    const views = events
      .filter((event) => event.type === 'page_view')
      .map((event) => new URL(event.url).pathname);
    expect(views).toEqual(expect.arrayContaining([`/lp/${CAMPAIGN}/`, '/about.html', '/offerings.html']));
  });

  it('sets no cookie for a visitor who declines, and still attributes the lead to the landing page’s UTM', async () => {
    expect(declinedCookies).toEqual([]);
    const lead = await leadOf('grace@example.com');
    expect(lead?.visitor_id).toBeNull();
    expect(lead?.first_touch).toMatchObject({ source: 'google', medium: 'cpc', campaign: CAMPAIGN });
    expect(lead?.campaign_id).toBe(CAMPAIGN);
  });
});
