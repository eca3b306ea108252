import { applyMigrations } from './apply-migrations.ts';
import { openPgliteConnection } from './open-pglite-connection.ts';
import { openPostgresConnection } from './open-postgres-connection.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** PGlite data directory (e.g. `clients/<slug>/data/`); created if missing. */
  dataDir: string;
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
