/**
 * `npm run eval:research -- <sites-dir> <expected.json> [--check] [--no-regress <floor.json>]`
 * Serves each site folder on 127.0.0.1, runs brand research offline (crawl + the brand-research
 * agent's offline engine) and the strategist offline, then scores `brand-config.json` field by
 * field, the fields every later agent uses: `brand_name` as a person writes it (never the slug, no
 * title separator left), `contact.phone` is the main number, `contact.email`, the primary address's
 * city and region, the offering names and descriptions hold at least half the expected terms, and
 * `business_model`. With --check it exits non-zero when the issue's targets are missed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brandResearch } from '../src/agents/brand-research/index.ts';
import { strategistInputFrom } from '../src/agents/strategist/distill.ts';
import { strategist } from '../src/agents/strategist/index.ts';
import { crawlSite } from '../src/research/crawler/index.ts';
import { serveFolder } from '../src/runtime/serve-folder.ts';
import type { BrandConfig } from '../src/schemas/brand-config.ts';
import { BrandProfile } from '../src/schemas/brand-profile.ts';

interface Expected {
  name: string[];
  offer_terms: string[];
  city?: string | null;
  region?: string | null;
  phone?: string;
  email?: string;
  business_model?: string;
}

type Verdict = boolean | null;

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');

/** A name as a person writes it: one of the accepted forms, exactly, with nothing left over. */
function nameRight(name: string, accepted: string[], slug: string): boolean {
  if (name === slug || /^[\s|:–—·•-]|[\s|:–—·•-]$/.test(name)) return false;
  const written = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
  return accepted.some((variant) => fold(variant) === fold(name) && /[a-z]/.test(written));
}

function score(config: BrandConfig, expected: Expected, slug: string) {
  const address = config.contact.address;
  const offerText = config.offerings
    .map((o) => `${o.name} ${o.description ?? ''}`)
    .join(' ')
    .toLowerCase();
  const termsFound = expected.offer_terms.filter((term) => offerText.includes(term.toLowerCase()));
  const phone = config.contact.phone?.replace(/\D/g, '') ?? '';
  const verdicts: Record<string, Verdict> = {
    name: nameRight(config.brand_name, expected.name, slug),
    phone: expected.phone
      ? phone.length >= 10 &&
        expected.phone.endsWith(phone.slice(-10)) &&
        phone.endsWith(expected.phone.slice(-10))
      : null,
    email: expected.email ? config.contact.email?.toLowerCase() === expected.email.toLowerCase() : null,
    city: expected.city ? fold(address?.city ?? '') === fold(expected.city) : null,
    region: expected.region ? fold(address?.region ?? '') === fold(expected.region) : null,
    offerings: termsFound.length * 2 >= expected.offer_terms.length,
    model: expected.business_model ? config.business_model === expected.business_model : null,
  };
  return { verdicts, termsFound };
}

const argv = process.argv.slice(2);
const floorAt = argv.indexOf('--no-regress');
const floorFile = floorAt >= 0 ? argv[floorAt + 1] : undefined;
const args = argv.filter(
  (arg, index) => arg !== '--check' && (floorAt < 0 || (index !== floorAt && index !== floorAt + 1)),
);
const check = argv.includes('--check');
if (args.length !== 2) {
  process.stderr.write(
    'usage: npm run eval:research -- <sites-dir> <expected.json> [--check] [--no-regress <floor.json>]\n',
  );
  process.exit(2);
}
const sitesDir = resolve(args[0]!);
const expectedAll = JSON.parse(await readFile(resolve(args[1]!), 'utf8')) as Record<string, Expected>;
const sites = (await readdir(sitesDir)).filter((name) => !name.startsWith('_') && expectedAll[name]).sort();
const columns = ['name', 'phone', 'email', 'city', 'region', 'offerings', 'model'] as const;
const totals = Object.fromEntries(columns.map((c) => [c, { right: 0, asked: 0 }]));
const mark = (verdict: Verdict) => (verdict === null ? '  -  ' : verdict ? '  ✓  ' : '  ✗  ');

process.stdout.write(`Brand research evaluation on ${sites.length} sites (offline)\n\n`);
process.stdout.write(
  `${'site'.padEnd(22)}${columns.map((c) => c.padStart(5).padEnd(10)).join('')} pages  seconds\n`,
);
const failures: string[] = [];
for (const site of sites) {
  if (!(await stat(join(sitesDir, site))).isDirectory()) continue;
  const expected = expectedAll[site]!;
  const served = await serveFolder(join(sitesDir, site));
  const started = performance.now();
  try {
    const snapshot = await crawlSite(served.url, { allowPrivateNetwork: true });
    const { fetchedAt: _ignored, ...input } = snapshot;
    const profile = BrandProfile.parse(await brandResearch.offline(input, { note: () => {} }));
    const inputs = {
      schema_version: 1 as const,
      slug: site,
      source: { kind: 'site' as const, url: served.url },
      budget: { monthly: 3000, currency: 'USD' as const },
    };
    const { config } = await strategist.offline(strategistInputFrom(inputs, profile, null), {
      note: () => {},
    });
    const seconds = (performance.now() - started) / 1000;
    const { verdicts, termsFound } = score(config, expected, site);
    for (const column of columns) {
      if (verdicts[column] === null) continue;
      totals[column]!.asked += 1;
      if (verdicts[column]) totals[column]!.right += 1;
      else failures.push(`${site}: ${column} — got ${describe(config, column)}`);
    }
    process.stdout.write(
      `${site.padEnd(22)}${columns.map((c) => mark(verdicts[c] ?? null).padEnd(10)).join('')} ${String(snapshot.pages.length).padStart(5)}  ${seconds.toFixed(2)}\n`,
    );
    if (!verdicts.offerings)
      failures.push(
        `${site}: offer terms found ${termsFound.join(', ') || 'none'} of ${expected.offer_terms.join(', ')}`,
      );
  } catch (error) {
    process.stdout.write(`${site.padEnd(22)} error: ${(error as Error).message}\n`);
    failures.push(`${site}: ${(error as Error).message}`);
    for (const column of columns) totals[column]!.asked += 1;
  } finally {
    await served.close();
  }
}

function describe(config: BrandConfig, column: string): string {
  switch (column) {
    case 'name':
      return JSON.stringify(config.brand_name);
    case 'phone':
      return JSON.stringify(config.contact.phone);
    case 'email':
      return JSON.stringify(config.contact.email);
    case 'city':
    case 'region':
      return JSON.stringify(config.contact.address);
    case 'model':
      return JSON.stringify(config.business_model);
    default:
      return JSON.stringify(config.offerings.map((o) => o.name).slice(0, 8));
  }
}

process.stdout.write(
  `\n${'total'.padEnd(22)}${columns.map((c) => `${totals[c]!.right}/${totals[c]!.asked}`.padStart(6).padEnd(10)).join('')}\n`,
);
if (failures.length > 0) process.stdout.write(`\nMisses:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);

// The issue's targets: name and business model on at least 90% of sites, phone and email on every
// site that shows one, city and region on at least 90%, offerings on at least 85%.
const share = (column: string, least: number) =>
  totals[column]!.asked === 0 || totals[column]!.right >= Math.ceil(totals[column]!.asked * least - 1e-9);
const targets = {
  name: share('name', 0.9),
  model: share('model', 0.9),
  phone: share('phone', 1),
  email: share('email', 1),
  city: share('city', 0.9),
  region: share('region', 0.9),
  offerings: share('offerings', 0.85),
};
const missed = Object.entries(targets)
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
process.stdout.write(`\nTargets: ${missed.length === 0 ? 'all met' : `missed on ${missed.join(', ')}`}\n`);
if (check && missed.length > 0) process.exitCode = 1;

// A ratchet while the targets are not all met: no field may score fewer sites than the recorded floor.
if (floorFile) {
  const floor = JSON.parse(await readFile(resolve(floorFile), 'utf8')) as Record<string, number>;
  const below = Object.entries(floor).filter(([column, least]) => (totals[column]?.right ?? 0) < least);
  process.stdout.write(
    below.length === 0
      ? `No field below the floor in ${floorFile}.\n`
      : `Below the floor in ${floorFile}: ${below.map(([column, least]) => `${column} ${totals[column]?.right}/${least}`).join(', ')}\n`,
  );
  if (below.length > 0) process.exitCode = 1;
}
