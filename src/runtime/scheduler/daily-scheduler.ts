import { type Clock, localTime } from '../../calendar/local-time.ts';
import type { Workflow } from '../workflows/workflow.ts';

export interface DailySchedulerOptions {
  /** The client's IANA zone: workflows start at their local time there. */
  timezone: string;
  clock: Clock;
  workflows: readonly Workflow[];
  /** Runs one workflow for one local day (and records it); must not throw for a workflow failure. */
  run: (workflow: Workflow, day: string) => Promise<unknown>;
  log?: (line: string) => void;
}

export interface DailyScheduler {
  /** Runs, in order, every workflow whose local start time has passed today and has not run yet. */
  tick(): Promise<string[]>;
  /** Ticks every `intervalMs` of real time (the clock still decides what is due). */
  start(intervalMs?: number): void;
  /** Stops ticking and waits for a tick in progress. */
  stop(): Promise<void>;
}

/**
 * The embedded scheduler of `factory serve` (DESIGN §5): creative rotation 01:00 → daily
 * performance 02:00 → budget optimisation 03:00 → learn & remember 04:00, in the client's time
 * zone. Time comes from the injected clock only, so a test drives it with a fake one. A server
 * started late in the day catches up in order; a workflow that fails does not stop the next one
 * (the run function records failures), and the store's run key keeps a day from running twice.
 *
 * @example
 * const scheduler = createDailyScheduler({ timezone: 'America/Denver', clock, workflows: DAILY_WORKFLOWS, run });
 * scheduler.start();
 */
export function createDailyScheduler(options: DailySchedulerOptions): DailyScheduler {
  const done = new Set<string>();
  let running: Promise<string[]> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const tickOnce = async (): Promise<string[]> => {
    const now = localTime(options.clock(), options.timezone);
    const minutes = now.hour * 60 + now.minute;
    const ran: string[] = [];
    for (const workflow of options.workflows) {
      const [hours, mins] = workflow.at.split(':').map(Number);
      if ((hours ?? 0) * 60 + (mins ?? 0) > minutes) continue;
      const key = `${workflow.name}|${now.day}`;
      if (done.has(key)) continue;
      done.add(key);
      try {
        await options.run(workflow, now.day);
        ran.push(workflow.name);
      } catch (error) {
        options.log?.(
          `scheduler: ${workflow.name} for ${now.day} could not run: ${(error as Error).message}`,
        );
      }
    }
    return ran;
  };

  const tick = (): Promise<string[]> => {
    if (running) return running.then(() => tick());
    running = tickOnce().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    tick,
    start(intervalMs = 30_000) {
      if (timer) return;
      void tick();
      timer = setInterval(() => void tick(), intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => {});
    },
  };
}
