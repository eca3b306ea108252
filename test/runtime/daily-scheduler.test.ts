import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../src/calendar/local-time.ts';
import { createDailyScheduler } from '../../src/runtime/scheduler/daily-scheduler.ts';
import type { Workflow } from '../../src/runtime/workflows/workflow.ts';

const ZONE = 'America/Denver';

function workflow(name: string, at: string): Workflow {
  return { name, at, description: name, run: async () => ({}) };
}

const SEQUENCE = [
  workflow('creative-rotation', '01:00'),
  workflow('daily-performance', '02:00'),
  workflow('budget-optimisation', '03:00'),
  workflow('learn-and-remember', '04:00'),
];

describe('the embedded daily scheduler', () => {
  it('starts each workflow at its local hour, in order, once a day, on an injected clock', async () => {
    let now = zonedInstant('2026-03-02', '00:30', ZONE);
    const runs: string[] = [];
    const scheduler = createDailyScheduler({
      timezone: ZONE,
      clock: () => now,
      workflows: SEQUENCE,
      run: async (job, day) => {
        runs.push(`${day} ${job.name}`);
      },
    });
    expect(await scheduler.tick()).toEqual([]);
    now = zonedInstant('2026-03-02', '01:00', ZONE);
    expect(await scheduler.tick()).toEqual(['creative-rotation']);
    now = zonedInstant('2026-03-02', '02:59', ZONE);
    expect(await scheduler.tick()).toEqual(['daily-performance']);
    expect(await scheduler.tick()).toEqual([]);
    now = zonedInstant('2026-03-02', '04:10', ZONE);
    expect(await scheduler.tick()).toEqual(['budget-optimisation', 'learn-and-remember']);
    now = zonedInstant('2026-03-03', '01:05', ZONE);
    await scheduler.tick();
    expect(runs).toEqual([
      '2026-03-02 creative-rotation',
      '2026-03-02 daily-performance',
      '2026-03-02 budget-optimisation',
      '2026-03-02 learn-and-remember',
      '2026-03-03 creative-rotation',
    ]);
  });

  it('uses the client’s zone, not the machine’s: 01:00 in Denver is 08:00 UTC', async () => {
    let now = new Date('2026-03-02T07:59:00Z');
    const scheduler = createDailyScheduler({
      timezone: ZONE,
      clock: () => now,
      workflows: SEQUENCE,
      run: async () => {},
    });
    expect(await scheduler.tick()).toEqual([]);
    now = new Date('2026-03-02T08:00:00Z');
    expect(await scheduler.tick()).toEqual(['creative-rotation']);
  });

  it('catches up in order when started late, and a workflow that throws does not stop the next', async () => {
    const lines: string[] = [];
    const ran: string[] = [];
    const scheduler = createDailyScheduler({
      timezone: ZONE,
      clock: () => zonedInstant('2026-03-02', '10:00', ZONE),
      workflows: SEQUENCE,
      run: async (job) => {
        if (job.name === 'daily-performance') throw new Error('store unreachable');
        ran.push(job.name);
      },
      log: (line) => lines.push(line),
    });
    expect(await scheduler.tick()).toEqual([
      'creative-rotation',
      'budget-optimisation',
      'learn-and-remember',
    ]);
    expect(ran).toHaveLength(3);
    expect(lines).toEqual(['scheduler: daily-performance for 2026-03-02 could not run: store unreachable']);
    expect(await scheduler.tick()).toEqual([]);
  });

  it('never runs two ticks at once', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let concurrent = 0;
    let most = 0;
    const scheduler = createDailyScheduler({
      timezone: ZONE,
      clock: () => zonedInstant('2026-03-02', '05:00', ZONE),
      workflows: SEQUENCE,
      run: async () => {
        concurrent += 1;
        most = Math.max(most, concurrent);
        await gate;
        concurrent -= 1;
      },
    });
    const first = scheduler.tick();
    const second = scheduler.tick();
    release();
    await Promise.all([first, second]);
    expect(most).toBe(1);
  });
});
