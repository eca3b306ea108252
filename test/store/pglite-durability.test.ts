import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { testStores } from './test-stores.ts';

const CHILD = fileURLToPath(new URL('./write-until-killed.ts', import.meta.url));
const ACKS_BEFORE_KILL = 60;

describe('embedded store durability', () => {
  const stores = testStores('pglite');
  beforeAll(() => stores.start(), 120_000);
  afterAll(() => stores.stop());

  it('keeps every acknowledged lead and event after the writing process is killed with SIGKILL', async () => {
    const { dataDir } = await stores.location();
    const brandId = 'durable-gym';
    const leads: string[] = [];
    const events: string[] = [];

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, brandId], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let ready: () => void = () => {};
    const isReady = new Promise<void>((resolve) => {
      ready = resolve;
    });
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') ready();
        const [kind, value] = line.split(' ');
        if (kind === 'lead' && value) leads.push(value);
        if (kind === 'events' && value) events.push(...value.split(','));
      }
      // Killed mid-loop, with writes in flight.
      if (leads.length >= ACKS_BEFORE_KILL && !child.killed) child.kill('SIGKILL');
    });
    await Promise.race([isReady, exited]);
    // While the writer lives, no second process may open the same embedded store.
    if (child.exitCode === null && !child.killed) {
      await expect(openStore({ dataDir, log: () => {} })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    }
    const signal = await exited;
    expect(signal, stderr).toBe('SIGKILL');
    expect(leads.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    // The dead process's lock is taken over and Postgres recovers from its WAL.
    const store = await openStore({ dataDir, log: () => {} });
    const storedLeads = await store.query<{ submission_id: string }>(
      'SELECT submission_id FROM leads WHERE brand_id = $1',
      [brandId],
    );
    const storedEvents = await store.query<{ id: string }>(
      'SELECT id::text AS id FROM events WHERE brand_id = $1',
      [brandId],
    );
    await store.close();
    const leadIds = new Set(storedLeads.rows.map((row) => row.submission_id));
    const eventIds = new Set(storedEvents.rows.map((row) => row.id));
    expect(leads.filter((id) => !leadIds.has(id))).toEqual([]);
    expect(events.filter((id) => !eventIds.has(id))).toEqual([]);
    console.log(
      `kill -9 durability: ${leads.length} acknowledged leads, ${leadIds.size} stored; ` +
        `${events.length} acknowledged events, ${eventIds.size} stored`,
    );
  }, 90_000);
});
