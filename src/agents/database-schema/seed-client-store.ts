import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FactoryError } from '../../errors/factory-error.ts';
import { openStore, type SeedBrandResult, seedBrand } from '../../store/index.ts';
import { BrandSeedSchema } from './brand-seed-schema.ts';
import { SEED_PATH } from './render-database.ts';

export interface SeedClientStoreOptions {
  /** The client directory (`clients/<slug>`): the seed is read from its `database/seed.json`. */
  clientDir: string;
  /** PostgreSQL connection string; without one the embedded store under `<clientDir>/data` is used. */
  databaseUrl?: string | null;
  /** Where the store's few operational lines go (default: stderr). */
  log?: (line: string) => void;
}

/**
 * Initialises the client's store (migrations) and upserts `database/seed.json` into it. Idempotent:
 * a second call inserts and updates nothing. The build calls it after the database-schema agent;
 * `factory serve` calls it on start.
 *
 * @example
 * const { inserted } = await seedClientStore({ clientDir: 'clients/wasatch', databaseUrl: process.env.DATABASE_URL });
 */
export async function seedClientStore(options: SeedClientStoreOptions): Promise<SeedBrandResult> {
  const seed = await readBrandSeed(join(options.clientDir, SEED_PATH));
  const store = await openStore({
    dataDir: join(options.clientDir, 'data'),
    databaseUrl: options.databaseUrl ?? null,
    ...(options.log ? { log: options.log } : {}),
  });
  try {
    return await seedBrand(store, seed);
  } finally {
    await store.close();
  }
}

/** Reads and validates a client's `database/seed.json`; a missing or invalid seed is a FactoryError. */
export async function readBrandSeed(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new FactoryError(
      'SEED_MISSING',
      `there is no store seed at ${path}`,
      'build the client first (factory spawn-client resumes and builds what is missing)',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FactoryError('SEED_INVALID', `${path} is not valid JSON`, 'rebuild the database-schema agent');
  }
  const parsed = BrandSeedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FactoryError(
      'SEED_INVALID',
      `${path} is not a store seed: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim(),
      'rebuild the database-schema agent',
    );
  }
  return parsed.data;
}
