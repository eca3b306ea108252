import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { runChild } from './child-process.ts';
import { BRAND, makeClientsDir, trackingEvent } from './client-server-fixture.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('client server killed with kill -9 during a burst', () => {
  it('keeps every submission that was answered with a 2xx', async () => {
    const clientsDir = await makeClientsDir();
    cleanups.push(() => rm(clientsDir, { recursive: true, force: true }));
    const child = runChild('serve-client-child.ts', [clientsDir, BRAND]);
    cleanups.push(async () => {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
      await child.exited;
    });
    const [, url] = await child.waitFor(/READY (\S+)/);

    // Lead forms and event batches interleaved; the kill lands after the 50th acknowledgement.
    const total = 400;
    let acknowledged = 0;
    let killed = false;
    const requests = Array.from({ length: total }, (_, index) => {
      if (index % 2 === 0) {
        const id = `crash_${randomUUID().replaceAll('-', '')}`;
        return {
          kind: 'lead' as const,
          ids: [id],
          path: '/api/forms/contact',
          body: { email: `${id}@example.com`, name: `Burst ${index}`, _submission: id },
        };
      }
      const events = Array.from({ length: 5 }, () => trackingEvent());
      return {
        kind: 'events' as const,
        ids: events.map((event) => event.id),
        path: '/api/events',
        body: { events },
      };
    });
    const results = await Promise.all(
      requests.map(async (request, index) => {
        // Stagger a little so the kill lands while requests are still arriving and being written.
        await new Promise((resolve) => setTimeout(resolve, index / 2));
        try {
          const response = await fetch(new URL(request.path, url), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(request.body),
          });
          await response.body?.cancel();
          if (response.ok && ++acknowledged === 50 && !killed) {
            killed = true;
            child.process.kill('SIGKILL');
          }
          return { ...request, ok: response.ok };
        } catch {
          return { ...request, ok: false };
        }
      }),
    );
    expect((await child.exited).signal).toBe('SIGKILL');
    const ok = results.filter((result) => result.ok);
    expect(ok.length).toBeGreaterThanOrEqual(50);
    expect(ok.length).toBeLessThan(total);
    const okLeads = ok.filter((result) => result.kind === 'lead').flatMap((result) => result.ids);
    const okEvents = ok.filter((result) => result.kind === 'events').flatMap((result) => result.ids);
    expect(okLeads.length).toBeGreaterThan(0);
    expect(okEvents.length).toBeGreaterThan(0);

    const store = await openStore({ dataDir: join(clientsDir, BRAND, 'data'), log: () => {} });
    try {
      const leads = await store.query<{ submission_id: string }>(
        'select submission_id from leads where brand_id = $1',
        [BRAND],
      );
      const storedLeads = new Set(leads.rows.map((row) => row.submission_id));
      expect(okLeads.filter((id) => !storedLeads.has(id))).toEqual([]);
      const events = await store.query<{ id: string }>(
        'select id::text as id from events where brand_id = $1',
        [BRAND],
      );
      const storedEvents = new Set(events.rows.map((row) => row.id));
      expect(okEvents.filter((id) => !storedEvents.has(id))).toEqual([]);
    } finally {
      await store.close();
    }

    // And the server comes back up on the same data after the crash.
    const restarted = runChild('serve-client-child.ts', [clientsDir, BRAND]);
    cleanups.push(async () => {
      restarted.process.kill('SIGTERM');
      await restarted.exited;
    });
    const [, again] = await restarted.waitFor(/READY (\S+)/);
    const health = await fetch(new URL('/api/health', again));
    expect(health.status).toBe(200);
  }, 120_000);
});
