import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../src/store/index.ts';
import { type PostgresCluster, startPostgresCluster } from './postgres-cluster.ts';

export type Backend = 'pglite' | 'postgres';

/** Fresh stores for one backend; call `start` in beforeAll and `stop` in afterAll. */
export interface TestStores {
  /** Where a new empty store lives: a PGlite directory or a PostgreSQL URL. */
  location(): Promise<{ dataDir: string; databaseUrl: string | null }>;
  /** A new, migrated, empty store. */
  fresh(log?: (line: string) => void): Promise<Store>;
  /** A migrated PGlite directory copied from the template (creating PGlite from scratch takes seconds). */
  templateDir(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function testStores(backend: Backend): TestStores {
  let root = '';
  let template = '';
  let cluster: PostgresCluster | null = null;
  let counter = 0;
  const quiet = () => {};

  async function location() {
    counter += 1;
    if (backend === 'postgres') {
      if (!cluster) throw new Error('testStores.start() was not called');
      return { dataDir: '', databaseUrl: await cluster.createDatabase(`store_test_${counter}`) };
    }
    const dataDir = path.join(root, `store-${counter}`);
    cpSync(template, dataDir, { recursive: true });
    return { dataDir, databaseUrl: null };
  }

  return {
    location,
    async fresh(log = quiet) {
      return openStore({ ...(await location()), log });
    },
    templateDir: () => template,
    async start() {
      root = mkdtempSync(path.join(tmpdir(), `store-test-${backend}-`));
      if (backend === 'postgres') {
        cluster = await startPostgresCluster();
        return;
      }
      template = path.join(root, 'template');
      const store = await openStore({ dataDir: template, log: quiet });
      await store.close();
    },
    async stop() {
      await cluster?.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
