import type { TrackingEvent } from '../../schemas/tracking-event.ts';
import { type Queryable, recordEvents, type Store } from '../../store/index.ts';

export interface EventCounts {
  stored: number;
  duplicates: number;
}

export interface EventBatchWriter {
  /** Resolves once this batch is committed, with its own counts. */
  write(events: TrackingEvent[]): Promise<EventCounts>;
}

interface Pending {
  events: TrackingEvent[];
  resolve(counts: EventCounts): void;
  reject(error: unknown): void;
}

/** Thrown inside the group's transaction to roll it back. */
class AmbiguousCounts extends Error {}

/**
 * Group commit for event batches. A store write costs mostly per statement, not per event, so
 * batches that arrive while a write is running are written together in the next statement and
 * acknowledged when it commits. An idle server writes a batch at once (no timer, no added delay).
 *
 * Each batch still gets exact counts: events repeated within the group count as duplicates of the
 * first; if the group hits events stored earlier (a replay), which batch they belonged to is
 * unknown, so that transaction is rolled back and the batches are written one by one instead.
 * A group that fails is retried batch by batch, so one bad batch cannot fail the others.
 */
export function eventBatchWriter(store: Store, brandId: string, maxGroupEvents = 2000): EventBatchWriter {
  const queue: Pending[] = [];
  let writing = false;

  // The store runs its statement synchronously once started (PGlite is in this thread), so a
  // write is started from setImmediate: after the event loop has read every request already
  // waiting on a socket, which then join the group. No timer: an idle server adds no delay.
  function scheduleFlush(): void {
    writing = true;
    setImmediate(() => void flush());
  }

  async function flush(): Promise<void> {
    const group: Pending[] = [];
    let size = 0;
    while (queue.length && (group.length === 0 || size + queue[0]!.events.length <= maxGroupEvents)) {
      const next = queue.shift()!;
      group.push(next);
      size += next.events.length;
    }
    if (group.length) await writeGroup(group);
    if (queue.length) scheduleFlush();
    else writing = false;
  }

  async function writeGroup(group: Pending[]): Promise<void> {
    if (group.length === 1) {
      const [only] = group as [Pending];
      await recordEvents(store, brandId, only.events).then(only.resolve, only.reject);
      return;
    }
    try {
      const counts = await store.transaction((tx) => writeTogether(storeView(store, tx), brandId, group));
      for (const [index, pending] of group.entries()) pending.resolve(counts[index]!);
    } catch {
      // Rolled back (AmbiguousCounts or a failure): each batch alone, in its own transaction.
      for (const pending of group)
        await recordEvents(store, brandId, pending.events).then(pending.resolve, pending.reject);
    }
  }

  return {
    write(events) {
      return new Promise<EventCounts>((resolve, reject) => {
        queue.push({ events, resolve, reject });
        if (!writing) scheduleFlush();
      });
    },
  };
}

async function writeTogether(view: Store, brandId: string, group: Pending[]): Promise<EventCounts[]> {
  const seen = new Set<string>();
  const unique: TrackingEvent[] = [];
  const counts = group.map(({ events }) => {
    let stored = 0;
    for (const event of events) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      unique.push(event);
      stored += 1;
    }
    return { stored, duplicates: events.length - stored };
  });
  const result = await recordEvents(view, brandId, unique);
  if (result.duplicates > 0) throw new AmbiguousCounts();
  return counts;
}

/** The store seen through one open transaction, so recordEvents' statement joins it. */
function storeView(store: Store, tx: Queryable): Store {
  return {
    backend: store.backend,
    query: <T>(sql: string, params?: unknown[]) => tx.query<T>(sql, params),
    transaction: (fn) => fn(tx),
    close: async () => {},
  };
}
