/**
 * `npm run eval:site -- <sites-dir> [site …] [--out <dir>] [--clients <dir>] [--no-lighthouse]`
 * Spawns a client offline from each site folder (or, with --clients, takes clients already spawned
 * there), serves its website with the client server on 127.0.0.1 and measures every page type
 * (home, offerings, about, contact, landing, thank-you, privacy): Lighthouse 12 on /usr/bin/chromium
 * (performance, accessibility, best practices, SEO) and axe-core (serious and critical
 * violations). Saves screenshots of each site's home and first landing page beside one of the
 * original site's home page into <out>/screenshots, and prints the scores per page type with the
 * worst site. Exits non-zero when a target is missed: Lighthouse ≥95 performance and 100 for the
 * rest, no serious or critical axe violation.
 */
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { type Browser, chromium } from 'playwright-core';
import { loadRegistry } from '../src/agents/registry.ts';
import { silentReporter } from '../src/factory/build-reporter.ts';
import { spawnClient } from '../src/factory/spawn-client.ts';
import { CostBudget, parseModelSpec } from '../src/llm/index.ts';
import { serveFolder } from '../src/runtime/serve-folder.ts';
import { startClientServer } from '../src/runtime/server/index.ts';
import { SitePlan } from '../src/website/index.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const DEBUG_PORT = 9400 + (process.pid % 500);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
const PAGE_TYPES = ['home', 'offerings', 'about', 'contact', 'landing', 'thank-you', 'privacy'] as const;
type PageType = (typeof PAGE_TYPES)[number];

interface PageResult {
  site: string;
  type: PageType;
  path: string;
  scores: Partial<Record<Category, number>>;
  /** Failed Lighthouse audits that cost points, by id. */
  failed: string[];
  /** Lighthouse's timings in ms (CLS unitless): first and largest contentful paint, blocking time. */
  metrics: Record<string, number>;
  axe: Array<{ id: string; impact: string; nodes: number }>;
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? null : (args[index + 1] ?? null);
};
const flagValues = new Set([flag('--out'), flag('--clients'), flag('--preset')].filter(Boolean));
const positional = args.filter((arg) => !arg.startsWith('--') && !flagValues.has(arg));
const [sitesArg, ...only] = positional;
if (!sitesArg) {
  process.stderr.write(
    'usage: npm run eval:site -- <sites-dir> [site …] [--out <dir>] [--clients <dir>] [--no-lighthouse]\n',
  );
  process.exit(2);
}
const sitesDir = resolve(sitesArg);
const outDir = resolve(flag('--out') ?? (await mkdtemp(join(tmpdir(), 'eval-site-'))));
const givenClients = flag('--clients');
const clientsDir = resolve(givenClients ?? join(outDir, 'clients'));
const withLighthouse = !args.includes('--no-lighthouse');
/** `mobile` (Lighthouse's default: a mid-range phone on slow 4G, CPU slowed 4×) or `desktop`. */
const preset = flag('--preset') === 'desktop' ? 'desktop' : 'mobile';
await mkdir(join(outDir, 'screenshots'), { recursive: true });

const sites = only.length > 0 ? only : await listSites(sitesDir);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROME_FLAGS, `--remote-debugging-port=${DEBUG_PORT}`],
});
process.stdout.write(
  `Site quality on ${sites.length} sites → ${outDir}\n(Lighthouse ${withLighthouse ? preset : 'off'}, ${CHROMIUM})\n\n`,
);

const results: PageResult[] = [];
let failedSites = 0;
try {
  for (const site of sites) {
    const started = performance.now();
    try {
      if (!givenClients) await spawn(site);
      results.push(...(await measureSite(site, browser)));
      process.stdout.write(
        `${site.padEnd(24)} measured in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
    } catch (error) {
      failedSites += 1;
      process.stdout.write(`${site.padEnd(24)} error: ${(error as Error).message}\n`);
    }
  }
} finally {
  await browser.close();
}

await writeFile(join(outDir, 'site-quality.json'), `${JSON.stringify(results, null, 2)}\n`);
const missed = report(results) + failedSites;
process.exit(missed > 0 ? 1 : 0);

async function listSites(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (const name of (await readdir(dir)).sort())
    if ((await stat(join(dir, name))).isDirectory()) names.push(name);
  return names;
}

/** The factory offline, as eval:factory runs it, keeping the client directory for serving. */
async function spawn(site: string): Promise<void> {
  const served = await serveFolder(join(sitesDir, site));
  try {
    await spawnClient({
      slug: site,
      url: served.url,
      clientsDir,
      registry: await loadRegistry(),
      model: parseModelSpec('offline'),
      budgetGuard: new CostBudget(null),
      env: {},
      crawl: { allowPrivateNetwork: true },
      reporter: silentReporter,
      command: 'eval:site',
      selection: { force: true },
    });
  } finally {
    await served.close();
  }
}

async function measureSite(site: string, browser: Browser): Promise<PageResult[]> {
  const plan = SitePlan.parse(
    JSON.parse(await readFile(join(clientsDir, site, 'website', 'site-plan.json'), 'utf8')),
  );
  const pathOf = (key: string) => plan.pages.find((page) => page.key === key)?.path ?? null;
  const paths: Array<[PageType, string | null]> = [
    ['home', pathOf('home')],
    ['offerings', pathOf('offerings')],
    ['about', pathOf('about')],
    ['contact', pathOf('contact')],
    ['landing', plan.landing_pages[0] ? `${plan.landing_pages[0].path}/` : null],
    ['thank-you', pathOf('thank-you')],
    ['privacy', pathOf('privacy')],
  ];
  const server = await startClientServer({
    slug: site,
    clientsDir,
    port: 0,
    logger: false,
    rateLimit: false,
    schedule: false,
    log: () => {},
  });
  const original = await serveFolder(join(sitesDir, site));
  const results: PageResult[] = [];
  try {
    await screenshot(browser, original.url, join(outDir, 'screenshots', `${site}-original.png`));
    for (const [type, path] of paths) {
      if (!path) continue;
      const url = new URL(path.slice(1), server.url).href;
      if (type === 'home' || type === 'landing')
        await screenshot(browser, url, join(outDir, 'screenshots', `${site}-${type}.png`));
      const axe = await runAxe(browser, url);
      const measured = withLighthouse ? await runLighthouse(url) : { scores: {}, failed: [], metrics: {} };
      results.push({ site, type, path, ...measured, axe });
    }
  } finally {
    await original.close();
    await server.close();
  }
  return results;
}

async function screenshot(browser: Browser, url: string, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 }).catch(() => {});
    await page.screenshot({ path: file, fullPage: false });
  } finally {
    await page.close();
  }
}

async function runAxe(browser: Browser, url: string): Promise<PageResult['axe']> {
  // The site's CSP refuses inline scripts, as it should; axe is the evaluation's, not the site's.
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run()).violations as Array<{ id: string; impact: string; nodes: unknown[] }>;
    });
    return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  } finally {
    await page.close();
  }
}

async function runLighthouse(url: string): Promise<Pick<PageResult, 'scores' | 'failed' | 'metrics'>> {
  const result = await lighthouse(
    url,
    { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result?.lhr;
  if (!lhr) return { scores: {}, failed: ['no lighthouse result'], metrics: {} };
  const metrics: Record<string, number> = {};
  const runtimeError = (lhr as { runtimeError?: { code: string } }).runtimeError;
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const value = lhr.audits[id]?.numericValue;
    if (value !== undefined) metrics[id] = Math.round(value * 1000) / 1000;
  }
  const scores: Partial<Record<Category, number>> = {};
  const failed: string[] = [];
  for (const category of CATEGORIES) {
    const entry = lhr.categories[category];
    if (!entry || entry.score === null) continue;
    scores[category] = Math.round(entry.score * 100);
    for (const ref of entry.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed.push(ref.id);
    }
  }
  if (runtimeError) failed.push(`runtime error ${runtimeError.code}`);
  return { scores, failed, metrics };
}

/** Per page type: the lowest score over sites (and which site), axe's serious and critical count. */
function report(rows: PageResult[]): number {
  let missed = 0;
  const header = `${'page type'.padEnd(11)}${CATEGORIES.map((c) => c.padStart(16)).join('')}${'axe serious+critical'.padStart(22)}`;
  process.stdout.write(
    `\nLowest score per page type over ${new Set(rows.map((r) => r.site)).size} sites\n${header}\n`,
  );
  for (const type of PAGE_TYPES) {
    const ofType = rows.filter((row) => row.type === type);
    if (ofType.length === 0) continue;
    const cells = CATEGORIES.map((category) => {
      const scored = ofType.filter((row) => row.scores[category] !== undefined);
      if (scored.length === 0) return '–'.padStart(16);
      const worst = scored.reduce((a, b) => (b.scores[category]! < a.scores[category]! ? b : a));
      const score = worst.scores[category]!;
      if (score < TARGETS[category]) missed += 1;
      return `${score}${score < TARGETS[category] ? ` (${worst.site.slice(0, 10)})` : ''}`.padStart(16);
    });
    const serious = ofType.reduce(
      (sum, row) => sum + row.axe.filter((v) => v.impact === 'serious' || v.impact === 'critical').length,
      0,
    );
    if (serious > 0) missed += 1;
    process.stdout.write(`${type.padEnd(11)}${cells.join('')}${String(serious).padStart(22)}\n`);
  }
  const problems = rows.flatMap((row) => [
    ...row.failed.map(
      (id) =>
        `${row.site} ${row.type}: lighthouse ${id}${row.metrics[id] !== undefined ? ` ${row.metrics[id]}` : ''}`,
    ),
    ...row.axe
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${row.site} ${row.type}: axe ${v.impact} ${v.id} (${v.nodes} nodes)`),
  ]);
  if (problems.length > 0)
    process.stdout.write(`\nFindings:\n${problems.map((line) => `  - ${line}`).join('\n')}\n`);
  process.stdout.write(
    `\nScreenshots: ${join(outDir, 'screenshots')}\nTargets: ${missed === 0 ? 'all met' : `${missed} missed`}\n`,
  );
  return missed;
}
