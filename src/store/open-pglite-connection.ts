import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { FactoryError } from '../errors/factory-error.ts';
import type { Queryable, ScriptQueryable, StoreConnection } from './store.ts';

interface Shared {
  opening: Promise<PGlite>;
  refs: number;
}

/** One PGlite instance per data directory in this process: two would corrupt it. */
const shared = new Map<string, Shared>();

/**
 * Opens the embedded store under `dataDir` (Postgres files in `pgdata/`, a `store.lock` naming the
 * owning process beside them). Opening the same directory again in this process shares the instance.
 * A null `dataDir` opens a private in-memory store (a simulation's throwaway database).
 *
 * Durability: PGlite runs Postgres with `synchronous_commit` on and writes the WAL through Node's
 * file system on COMMIT, so a resolved write survives a killed process. Emscripten's file system
 * issues no fsync, so it is not guaranteed to survive a power loss; use PostgreSQL for that.
 */
export async function openPgliteConnection(
  dataDir: string | null,
  options: { template?: Blob } = {},
): Promise<StoreConnection & { dump(): Promise<Blob> }> {
  const root = dataDir === null ? null : path.resolve(dataDir);
  let entry = root === null ? undefined : shared.get(root);
  if (!entry) {
    const opening =
      root === null
        ? PGlite.create({
            extensions: { vector },
            ...(options.template ? { loadDataDir: options.template } : {}),
          })
        : startPglite(root);
    entry = { opening, refs: 0 };
    if (root !== null) {
      shared.set(root, entry);
      opening.catch(() => shared.delete(root));
    }
  }
  entry.refs += 1;
  const current = entry;
  let db: PGlite;
  try {
    db = await current.opening;
  } catch (error) {
    current.refs -= 1;
    throw error;
  }
  let closed = false;
  return {
    backend: 'pglite',
    dump: async () => (await db.dumpDataDir('none')) as Blob,
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await db.query<T>(sql, params)).rows }),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      db.transaction((tx) =>
        fn({
          query: async <R>(sql: string, params?: unknown[]) => ({
            rows: (await tx.query<R>(sql, params)).rows,
          }),
        }),
      ),
    scriptTransaction: <T>(fn: (tx: ScriptQueryable) => Promise<T>) =>
      db.transaction((tx) =>
        fn({
          query: async <R>(sql: string, params?: unknown[]) => ({
            rows: (await tx.query<R>(sql, params)).rows,
          }),
          exec: async (sql: string) => {
            await tx.exec(sql);
          },
        }),
      ),
    close: async () => {
      if (closed) return;
      closed = true;
      current.refs -= 1;
      if (current.refs > 0) return;
      if (root === null) return db.close();
      shared.delete(root);
      await db.close();
      releaseLock(root);
    },
  };
}

async function startPglite(root: string): Promise<PGlite> {
  mkdirSync(root, { recursive: true });
  takeLock(root);
  try {
    return await PGlite.create({
      dataDir: path.join(root, 'pgdata'),
      extensions: { vector },
      // Every COMMIT reaches the file system before the promise resolves.
      relaxedDurability: false,
    });
  } catch (error) {
    releaseLock(root);
    throw new FactoryError(
      'STORE_OPEN_FAILED',
      `Could not open the embedded store in ${root}: ${(error as Error).message}`,
      'Check that the directory is writable and not damaged; set DATABASE_URL to use PostgreSQL instead.',
    );
  }
}

function lockPath(root: string): string {
  return path.join(root, 'store.lock');
}

/** A lock file holding the owner's pid; a lock left by a dead process (kill -9) is taken over. */
function takeLock(root: string): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath(root), 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readFileSync(lockPath(root), 'utf8'), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new FactoryError(
        'STORE_LOCKED',
        `The embedded store in ${root} is open in another process (pid ${owner}).`,
        'Stop that process (e.g. a running `factory serve`), or use PostgreSQL (DATABASE_URL) to share a store between processes.',
      );
    }
    unlinkSync(lockPath(root));
  }
  throw new FactoryError(
    'STORE_LOCKED',
    `Could not take the lock on the embedded store in ${root}.`,
    'Try again.',
  );
}

function releaseLock(root: string): void {
  try {
    if (readFileSync(lockPath(root), 'utf8') === String(process.pid)) unlinkSync(lockPath(root));
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
