import { Listr } from 'listr2';
import type { AgentOutcome, BuildReporter, PlannedAgent } from '../../factory/build-reporter.ts';
import { describeOutcome } from './line-reporter.ts';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

interface Slot {
  started: Deferred<void>;
  finished: Deferred<AgentOutcome>;
}

function withResolvers<T>(): Deferred<T> {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A live task list for terminals: spinners while agents run, a final line each. */
export function listrReporter(): BuildReporter {
  const slots = new Map<string, Slot>();
  let done: Promise<unknown> = Promise.resolve();
  return {
    planned(agents: PlannedAgent[]) {
      for (const agent of agents)
        slots.set(agent.name, { started: withResolvers(), finished: withResolvers() });
      const list = new Listr(
        agents.map((agent) => ({
          title: agent.name,
          task: async (_context: unknown, task: { title: string; skip: (message?: string) => void }) => {
            const slot = slots.get(agent.name)!;
            await Promise.race([slot.started.promise, slot.finished.promise]);
            task.title = `${agent.name} …`;
            const outcome = await slot.finished.promise;
            task.title = `${agent.name}  ${describeOutcome(outcome)}`;
            if (outcome.status === 'failed') throw new Error(describeOutcome(outcome));
            if (outcome.status !== 'ran') task.skip();
          },
        })),
        {
          concurrent: true,
          exitOnError: false,
          rendererOptions: { collapseErrors: false, collapseSkips: false },
        },
      );
      done = list.run().catch(() => undefined);
    },
    started(name) {
      slots.get(name)?.started.resolve();
    },
    finished(outcome) {
      slots.get(outcome.name)?.finished.resolve(outcome);
    },
    close: async () => {
      await done;
    },
  };
}
