import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../factory/write-file-atomic.ts';
import { applyMigrations, checksum } from './apply-migrations.ts';
import { MIGRATIONS } from './migrations.ts';
import { openPgliteConnection } from './open-pglite-connection.ts';
import { openPostgresConnection } from './open-postgres-connection.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** PGlite data directory (e.g. `clients/<slug>/data/`), created if missing; null for a private in-memory store. */
  dataDir: string | null;
  /** PostgreSQL connection string; when set, the store uses that server instead of PGlite. */
  databaseUrl?: string | null;
  /** Where the store's few operational lines go (default: stderr). */
  log?: (line: string) => void;
}

/**
 * Opens (creating if needed) and migrates: PGlite under dataDir by default; PostgreSQL when
 * databaseUrl is given (the CLI passes process.env.DATABASE_URL).
 *
 * @example
 * const store = await openStore({ dataDir: 'clients/wasatch/data', databaseUrl: process.env.DATABASE_URL });
 * await recordEvents(store, 'wasatch', batch.events);
 * await store.close();
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!options.databaseUrl && options.dataDir === null) return openInMemoryStore(log);
  const connection = options.databaseUrl
    ? await openPostgresConnection(options.databaseUrl, log)
    : await openPgliteConnection(options.dataDir);
  try {
    await applyMigrations(connection, log);
  } catch (error) {
    await connection.close();
    throw error;
  }
  const { backend, query, transaction, close } = connection;
  return { backend, query, transaction, close };
}

/**
 * A private in-memory store (a simulation's). Creating and migrating PGlite takes seconds, so the
 * first one in a machine's temp directory is dumped as a template (keyed by the migrations'
 * checksums) and later ones load it in a fraction of that. A template that no longer loads (another
 * PGlite version) is replaced.
 */
async function openInMemoryStore(log: (line: string) => void): Promise<Store> {
  const key = createHash('sha256')
    .update(MIGRATIONS.map((migration) => checksum(migration, { vector: true })).join())
    .digest('hex')
    .slice(0, 16);
  const templatePath = join(tmpdir(), `marketing-factory-store-template-${key}.tar`);
  const bytes = await readFile(templatePath).catch(() => null);
  let connection = bytes
    ? await openPgliteConnection(null, { template: new Blob([bytes]) }).catch(() => null)
    : null;
  const fromTemplate = connection !== null;
  connection ??= await openPgliteConnection(null);
  try {
    await applyMigrations(connection, log);
    if (!fromTemplate)
      await writeFileAtomic(templatePath, new Uint8Array(await (await connection.dump()).arrayBuffer()));
  } catch (error) {
    await connection.close();
    throw error;
  }
  const { backend, query, transaction, close } = connection;
  return { backend, query, transaction, close };
}
