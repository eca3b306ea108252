import { join } from 'node:path';
import type { Clock } from '../calendar/local-time.ts';
import { openStore } from '../store/index.ts';
import { loadClientSetup } from './client-setup.ts';
import { type ClientRuntime, openClientRuntime } from './open-client-runtime.ts';
import { createClientServer } from './server/create-client-server.ts';

/**
 * Opens a built client's runtime for one command (`run-workflow`, `decisions`): its store, an
 * in-process server for the sandbox's visitors (not listening), the sandbox market; runs `work`;
 * saves the market's state and closes everything, also when `work` throws.
 */
export async function withClientRuntime<T>(
  options: {
    clientsDir: string;
    slug: string;
    clock: Clock;
    databaseUrl?: string | null;
    log?: (line: string) => void;
  },
  work: (runtime: ClientRuntime) => Promise<T>,
): Promise<T> {
  const setup = await loadClientSetup(options.clientsDir, options.slug);
  const store = await openStore({
    dataDir: join(setup.clientDir, 'data'),
    databaseUrl: options.databaseUrl ?? null,
    ...(options.log ? { log: options.log } : {}),
  });
  let visitorTime: Date | null = null;
  const clock = () => visitorTime ?? options.clock();
  const app = await createClientServer({
    brandId: setup.slug,
    websiteDir: join(setup.clientDir, 'website'),
    store,
    allowedOrigins: [],
    rateLimit: false,
    clock,
  }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  try {
    const runtime = await openClientRuntime({
      setup,
      store,
      clock,
      app,
      setVisitorTime: (instant) => {
        visitorTime = instant;
      },
      ...(options.log ? { log: options.log } : {}),
    });
    try {
      return await work(runtime);
    } finally {
      await runtime.persist();
    }
  } finally {
    await app.close();
  }
}
