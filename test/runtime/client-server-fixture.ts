import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ClientServerOptions } from '../../src/runtime/server/index.ts';
import { createClientServer } from '../../src/runtime/server/index.ts';
import type { TrackingEvent } from '../../src/schemas/tracking-event.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export const SITE_MIN = fileURLToPath(new URL('../fixtures/site-min/', import.meta.url));
export const BRAND = 'site-min';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  /** A handle on the store for assertions (the server has its own, which it closes). */
  store: Store;
  brandId: string;
  dataDir: string;
  dispose(): Promise<void>;
}

/**
 * One embedded store per test file, opened once (starting PGlite takes seconds); every server
 * gets its own brand in it, which is what keeps tests apart, since every query filters by brand.
 */
export interface TestStore {
  dataDir: string;
  store: Store;
  close(): Promise<void>;
}

export async function openTestStore(): Promise<TestStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'factory-server-'));
  const store = await openStore({ dataDir, log: () => {} });
  return {
    dataDir,
    store,
    async close() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

let servers = 0;

/** A real client server on 127.0.0.1 (free port), for a brand of its own in the test store. */
export async function startTestServer(
  testStore: TestStore,
  overrides: Partial<ClientServerOptions> = {},
): Promise<TestServer> {
  servers += 1;
  const brandId = `${BRAND}-${process.pid}-${servers}`;
  const store = await openStore({ dataDir: testStore.dataDir, log: () => {} });
  const app = await createClientServer({
    brandId,
    websiteDir: SITE_MIN,
    store,
    allowedOrigins: ['https://site-min.example'],
    rateLimit: false,
    ...overrides,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let disposed = false;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store: testStore.store,
    brandId,
    dataDir: testStore.dataDir,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await app.close();
    },
  };
}

/** A temporary clients directory holding one client whose website is the site-min fixture. */
export async function makeClientsDir(slug = BRAND): Promise<string> {
  const clientsDir = await mkdtemp(join(tmpdir(), 'factory-clients-'));
  await cp(SITE_MIN, join(clientsDir, slug, 'website'), { recursive: true });
  return clientsDir;
}

export function trackingEvent(overrides: Partial<TrackingEvent> = {}): TrackingEvent {
  return {
    id: randomUUID(),
    visitor_id: 'visitor-0001',
    type: 'page_view',
    at: new Date().toISOString(),
    url: 'https://site-min.example/lp/spring',
    referrer: null,
    utm: null,
    click_ids: null,
    form: null,
    ...overrides,
  };
}

export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}
