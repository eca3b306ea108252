import { createHash } from 'node:crypto';
import { FactoryError } from '../errors/factory-error.ts';
import { MIGRATIONS, type Migration, type MigrationFeatures } from './migrations.ts';
import type { ScriptQueryable, StoreConnection } from './store.ts';

/** Any constant works; it only has to be the same for every opener of this schema. */
const MIGRATION_LOCK_KEY = 7_461_207_338;

export interface AppliedMigrations {
  applied: number[];
  features: MigrationFeatures;
}

/**
 * Applies the migrations this database has not seen, in one transaction, under an advisory lock so
 * that concurrent openers (several server processes on one PostgreSQL) apply each exactly once.
 */
export async function applyMigrations(
  connection: StoreConnection,
  log: (line: string) => void,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<AppliedMigrations> {
  return connection.scriptTransaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const features = await detectFeatures(tx, done.rows.length === 0);
    if (!features.vector) {
      log(
        'store: pgvector is not available on this PostgreSQL server; embeddings are stored as real[] without an index and similarity search scans them in SQL (slower)',
      );
    }
    const known = new Map(migrations.map((migration) => [migration.version, migration]));
    for (const row of done.rows) {
      const migration = known.get(row.version);
      if (!migration) {
        throw new FactoryError(
          'STORE_SCHEMA_NEWER',
          `The store has migration ${row.version} (${row.name}), which this version of the factory does not know.`,
          'Upgrade the factory; migrations are forward-only and a store is never downgraded.',
        );
      }
      if (checksum(migration, features) !== row.checksum) {
        throw new FactoryError(
          'STORE_MIGRATION_EDITED',
          `Migration ${row.version} (${row.name}) differs from the one applied to this store.`,
          'Released migrations must not be edited: restore it and add a new migration instead.',
        );
      }
    }
    const applied: number[] = [];
    const pending = migrations
      .filter((migration) => !done.rows.some((row) => row.version === migration.version))
      .sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      await tx.exec(migration.sql(features));
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        checksum(migration, features),
      ]);
      applied.push(migration.version);
    }
    return { applied, features };
  });
}

/**
 * A fresh database tries to install pgvector (in a savepoint, so a server without it only loses
 * that statement); an existing one keeps the embedding type it was created with.
 */
async function detectFeatures(tx: ScriptQueryable, fresh: boolean): Promise<MigrationFeatures> {
  if (fresh) {
    await tx.exec('SAVEPOINT store_vector');
    try {
      await tx.exec('CREATE EXTENSION IF NOT EXISTS vector');
      await tx.exec('RELEASE SAVEPOINT store_vector');
      return { vector: true };
    } catch {
      await tx.exec('ROLLBACK TO SAVEPOINT store_vector');
      return { vector: false };
    }
  }
  const column = await tx.query<{ udt_name: string }>(
    `SELECT udt_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'content' AND column_name = 'embedding'`,
  );
  return { vector: column.rows[0]?.udt_name === 'vector' };
}

export function checksum(migration: Migration, features: MigrationFeatures): string {
  return createHash('sha256').update(migration.sql(features)).digest('hex').slice(0, 16);
}
