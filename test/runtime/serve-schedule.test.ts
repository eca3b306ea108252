import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedInstant } from '../../src/calendar/local-time.ts';
import { type RunningClientServer, startClientServer } from '../../src/runtime/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { buildTwoPlatformClient } from './built-client.ts';

const ZONE = 'America/New_York'; // the brief's Portland, Maine
let clientsDir = '';
let server: RunningClientServer;
let now = zonedInstant('2026-03-02', '00:30', ZONE);
const lines: string[] = [];

beforeAll(async () => {
  ({ clientsDir } = await buildTwoPlatformClient('harbor'));
  server = await startClientServer({
    slug: 'harbor',
    clientsDir,
    port: 0,
    schedule: { clock: () => now, tickMs: 0 },
    log: (line) => lines.push(line),
  });
});
afterAll(async () => {
  await server?.close();
  await rm(clientsDir, { recursive: true, force: true });
});

describe('factory serve runs the daily workflows on the client’s schedule', () => {
  it('starts each workflow at its local hour on the injected clock and records the runs in the store', async () => {
    const scheduler = server.scheduler;
    expect(scheduler).not.toBeNull();
    expect(await scheduler?.tick()).toEqual([]);
    now = zonedInstant('2026-03-02', '01:00', ZONE);
    expect(await scheduler?.tick()).toEqual(['creative-rotation']);
    now = zonedInstant('2026-03-02', '04:00', ZONE);
    expect(await scheduler?.tick()).toEqual([
      'daily-performance',
      'budget-optimisation',
      'learn-and-remember',
    ]);
    for (const day of ['2026-03-03', '2026-03-04']) {
      now = zonedInstant(day, '05:00', ZONE);
      expect(await scheduler?.tick()).toHaveLength(4);
    }
    // The server keeps serving while it schedules.
    const health = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(lines.filter((line) => /^workflow \S+ for \S+: (succeeded|failed)/.test(line))).toHaveLength(12);
  });

  it('pulled the market’s days, received its visitors as leads, and kept the market for the next start', async () => {
    await server.close();
    const store: Store = await openStore({ dataDir: join(clientsDir, 'harbor/data'), log: () => {} });
    try {
      const runs = await store.query<{ workflow: string; run_key: string; status: string; output: unknown }>(
        `SELECT workflow, run_key, status, output FROM workflow_runs WHERE brand_id = 'harbor' ORDER BY started_at, workflow`,
      );
      expect(runs.rows).toHaveLength(12);
      expect(runs.rows.every((run) => run.status === 'succeeded' || run.status === 'failed')).toBe(true);
      expect(runs.rows.map((run) => run.run_key)).toContain('2026-03-04');
      const days = await store.query<{ day: string }>(
        `SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day FROM daily_performance WHERE brand_id = 'harbor' ORDER BY 1`,
      );
      // The market began on the first day the scheduler saw; by the 4th, the 2nd and 3rd are complete.
      expect(days.rows.map((row) => row.day)).toEqual(['2026-03-02', '2026-03-03']);
      const leads = await store.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM leads WHERE brand_id = 'harbor'`,
      );
      expect(leads.rows[0]?.count).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
    const state = JSON.parse(await readFile(join(clientsDir, 'harbor/data/sandbox-market.json'), 'utf8'));
    expect(state.start_date).toBe('2026-03-02');
    expect(state.last_simulated_day).toBe('2026-03-03');
  });
});
