import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SEED_PATH, seedClientStore } from '../agents/database-schema/index.ts';
import type { AgentRegistry } from '../agents/registry.ts';
import { FactoryError } from '../errors/factory-error.ts';
import type { CostBudget, ModelSpec } from '../llm/index.ts';
import { type AssetFile, type CrawlOptions, crawlSite, readBrief } from '../research/crawler/index.ts';
import { type SiteSnapshot, SNAPSHOT_ASSETS_DIR } from '../research/site-snapshot.ts';
import { SiteSnapshotSchema } from '../research/site-snapshot-schema.ts';
import { ClientInputs } from '../schemas/client-inputs.ts';
import type { BuildReporter } from './build-reporter.ts';
import { assertClientSlug } from './client-slug.ts';
import { clientWorkspace } from './client-workspace.ts';
import { type BuildSelection, type BuildSummary, runBuild } from './run-build.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

export const INPUTS_PATH = 'inputs.json';
export const SNAPSHOT_PATH = 'research/sources/snapshot.json';
export const DEFAULT_MONTHLY_BUDGET = 3000;

export interface SpawnClientOptions {
  slug: string;
  url?: string;
  file?: string;
  /** Monthly budget in USD; default 3000 for a new client, the recorded one for an existing client. */
  budget?: number;
  clientsDir: string;
  registry: AgentRegistry;
  model: ModelSpec;
  budgetGuard: CostBudget;
  env: Record<string, string | undefined>;
  selection?: BuildSelection;
  crawl?: CrawlOptions;
  concurrency?: number;
  reporter: BuildReporter;
  /** Told when the source is fetched and the store seeded, for the progress display. */
  onSource?: (message: string) => void;
  command: string;
}

export interface SpawnClientResult extends BuildSummary {
  dir: string;
  source: ClientInputs['source'];
  fetchedSource: boolean;
  /** What seeding the client's store did; null when there was nothing to seed. */
  store: { inserted: number; updated: number; unchanged: number } | null;
}

/**
 * The client's store (PGlite under data/, or DATABASE_URL) is seeded from database/seed.json
 * after every build that wrote one; seeding is idempotent, so a resumed build changes nothing.
 */
async function initialiseStore(
  dir: string,
  options: SpawnClientOptions,
): Promise<SpawnClientResult['store']> {
  if (!(await clientWorkspace(options.slug, dir).exists(SEED_PATH))) return null;
  options.onSource?.(
    options.env.DATABASE_URL
      ? "Seeding the client's store (DATABASE_URL) …"
      : "Seeding the client's store (data/) …",
  );
  return seedClientStore({ clientDir: dir, databaseUrl: options.env.DATABASE_URL ?? null, log: () => {} });
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function sameSource(a: ClientInputs['source'], b: ClientInputs['source']): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'site' && b.kind === 'site') return a.url === b.url;
  return a.kind === 'brief' && b.kind === 'brief' && resolve(a.file) === resolve(b.file);
}

function describeSource(source: ClientInputs['source']): string {
  return source.kind === 'site' ? source.url : `the brief ${source.file}`;
}

function assertBudget(budget: number | undefined): void {
  if (budget === undefined) return;
  if (!Number.isFinite(budget) || !Number.isInteger(budget) || budget < 100 || budget > 10_000_000) {
    throw new FactoryError(
      'INVALID_BUDGET',
      `--budget ${budget} is not a usable monthly budget`,
      'give a whole number of US dollars per month between 100 and 10000000, e.g. --budget 3000',
    );
  }
}

/** The snapshot, and the downloaded images it lists (written beside it, never inside its JSON). */
async function fetchSource(
  source: ClientInputs['source'],
  options: SpawnClientOptions,
): Promise<{ snapshot: SiteSnapshot; assetFiles: AssetFile[] }> {
  options.onSource?.(source.kind === 'site' ? `Crawling ${source.url} …` : `Reading ${source.file} …`);
  if (source.kind === 'brief') return { snapshot: await readBrief(source.file), assetFiles: [] };
  const { assetFiles, ...snapshot } = await crawlSite(source.url, options.crawl);
  return { snapshot, assetFiles };
}

/** Removes staging directories a crashed or interrupted spawn of this client left behind. */
async function removeStaleStaging(clientsDir: string, slug: string): Promise<void> {
  const entries = await readdir(clientsDir).catch(() => [] as string[]);
  for (const entry of entries) {
    if (entry.startsWith(`.staging-${slug}-`))
      await rm(join(clientsDir, entry), { recursive: true, force: true });
  }
}

/**
 * `spawn-client`: fetch the source (once), then build the client through the orchestrator.
 * A new client is built in a staging directory and only moved into place when the build did not
 * fail, so bad input never leaves a partial client directory behind.
 */
export async function spawnClient(options: SpawnClientOptions): Promise<SpawnClientResult> {
  const slug = assertClientSlug(options.slug);
  assertBudget(options.budget);
  if (options.url && options.file) {
    throw new FactoryError(
      'SOURCE_CONFLICT',
      'give either --url or --file, not both',
      'a client is researched from its website or from a brief',
    );
  }
  const clientsDir = resolve(options.clientsDir);
  const dir = join(clientsDir, slug);
  const requested: ClientInputs['source'] | null = options.url
    ? { kind: 'site', url: options.url }
    : options.file
      ? { kind: 'brief', file: resolve(options.file) }
      : null;

  let existing: ClientInputs | null = null;
  if (await isDirectory(dir)) {
    try {
      existing = await clientWorkspace(slug, dir).readJson(INPUTS_PATH, ClientInputs);
    } catch {
      throw new FactoryError(
        'NOT_A_CLIENT',
        `${dir} exists but is not a client built by the factory`,
        'choose another --name, or move that directory away',
      );
    }
    if (requested && !sameSource(requested, existing.source) && !options.selection?.force) {
      throw new FactoryError(
        'CLIENT_EXISTS',
        `client "${slug}" already exists, built from ${describeSource(existing.source)}`,
        `add --force to rebuild it from ${describeSource(requested)}, or choose another --name`,
      );
    }
  } else if (!requested) {
    throw new FactoryError(
      'NO_SOURCE',
      `client "${slug}" does not exist yet and no source was given`,
      'add --url <website> or --file <brief.txt>',
    );
  }

  const source = requested ?? existing!.source;
  const inputs: ClientInputs = {
    schema_version: 1,
    slug,
    source,
    budget: {
      monthly: options.budget ?? existing?.budget.monthly ?? DEFAULT_MONTHLY_BUDGET,
      currency: 'USD',
    },
  };
  const replacing = existing !== null && !sameSource(source, existing.source);
  const selection = options.selection ?? {};
  const refetch =
    existing === null ||
    replacing ||
    selection.force === true ||
    selection.from === 'brand-research' ||
    selection.only === 'brand-research' ||
    !(await clientWorkspace(slug, dir).exists(SNAPSHOT_PATH));

  // Fetch before anything is written: a bad URL or brief must leave no trace.
  const fetched = refetch ? await fetchSource(source, options) : null;
  const snapshot = fetched?.snapshot ?? null;

  const inPlace = existing !== null && !replacing;
  await removeStaleStaging(clientsDir, slug);
  const buildDir = inPlace ? dir : join(clientsDir, `.staging-${slug}-${randomBytes(4).toString('hex')}`);
  try {
    // The images first, so a snapshot on disk never lists a file that is not there yet; a
    // re-crawl replaces the previous images rather than piling up beside them.
    if (fetched) await rm(join(buildDir, SNAPSHOT_ASSETS_DIR), { recursive: true, force: true });
    for (const asset of fetched?.assetFiles ?? [])
      await writeFileAtomic(join(buildDir, asset.file), asset.content);
    if (snapshot)
      await writeFileAtomic(
        join(buildDir, SNAPSHOT_PATH),
        `${JSON.stringify(SiteSnapshotSchema.parse(snapshot), null, 2)}\n`,
      );
    const inputsText = `${JSON.stringify(inputs, null, 2)}\n`;
    await writeFileAtomic(join(buildDir, INPUTS_PATH), inputsText);

    const summary = await runBuild({
      slug,
      dir: buildDir,
      command: options.command,
      registry: options.registry,
      model: options.model,
      budget: options.budgetGuard,
      env: options.env,
      selection,
      concurrency: options.concurrency,
      reporter: options.reporter,
    });
    const store = summary.status === 'failed' ? null : await initialiseStore(buildDir, options);
    if (!inPlace) {
      if (summary.status === 'failed') {
        await rm(buildDir, { recursive: true, force: true });
      } else {
        const trash = join(clientsDir, `.staging-${slug}-old-${randomBytes(4).toString('hex')}`);
        if (replacing) await rename(dir, trash);
        await rename(buildDir, dir);
        await rm(trash, { recursive: true, force: true });
      }
    }
    return { ...summary, dir, source, fetchedSource: snapshot !== null, store };
  } catch (error) {
    if (!inPlace) await rm(buildDir, { recursive: true, force: true });
    throw error;
  }
}
