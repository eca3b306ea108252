import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventBatchWriter } from '../../src/runtime/server/event-batch-writer.ts';
import type { TrackingEvent } from '../../src/schemas/tracking-event.ts';
import type { Store } from '../../src/store/index.ts';
import { openTestStore, type TestStore, trackingEvent } from './client-server-fixture.ts';

let testStore: TestStore;
beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(async () => {
  await testStore.close();
});

let brands = 0;
function counting(store: Store) {
  const counts = { transactions: 0 };
  const wrapped: Store = {
    backend: store.backend,
    query: (sql, params) => store.query(sql, params),
    transaction: (fn) => {
      counts.transactions += 1;
      return store.transaction(fn);
    },
    close: () => store.close(),
  };
  return { wrapped, counts };
}

async function storedEvents(brandId: string): Promise<number> {
  const { rows } = await testStore.store.query<{ n: number }>(
    'select count(*)::int as n from events where brand_id = $1',
    [brandId],
  );
  return rows[0]!.n;
}

const three = () => [trackingEvent(), trackingEvent(), trackingEvent()];

describe('eventBatchWriter (group commit)', () => {
  it('writes batches that arrive together in one transaction, with exact counts per batch', async () => {
    const brandId = `writer-${++brands}`;
    const { wrapped, counts } = counting(testStore.store);
    const writer = eventBatchWriter(wrapped, brandId);
    const shared = trackingEvent();
    const batches = Array.from({ length: 12 }, three);
    batches[2]!.push(shared);
    batches[9]!.push(shared);

    const answers = await Promise.all(batches.map((batch) => writer.write(batch)));
    expect(counts.transactions).toBe(1);
    expect(answers[2]).toEqual({ stored: 4, duplicates: 0 });
    expect(answers[9]).toEqual({ stored: 3, duplicates: 1 });
    expect(answers.filter((answer) => answer.stored === 3 && answer.duplicates === 0)).toHaveLength(10);
    expect(await storedEvents(brandId)).toBe(37);
  });

  it('falls back to one batch at a time when a group contains a replay, keeping counts exact', async () => {
    const brandId = `writer-${++brands}`;
    const writer = eventBatchWriter(testStore.store, brandId);
    const first = three();
    expect(await writer.write(first)).toEqual({ stored: 3, duplicates: 0 });

    const batches = Array.from({ length: 6 }, three);
    batches[3] = first;
    const answers = await Promise.all(batches.map((batch) => writer.write(batch)));
    for (const [index, answer] of answers.entries())
      expect(answer).toEqual(index === 3 ? { stored: 0, duplicates: 3 } : { stored: 3, duplicates: 0 });
    expect(await storedEvents(brandId)).toBe(18);
  });

  it('fails only the batch the store refuses, not the others written with it', async () => {
    const brandId = `writer-${++brands}`;
    const writer = eventBatchWriter(testStore.store, brandId);
    const broken = [{ ...trackingEvent(), at: 'not a time' } as TrackingEvent];
    const results = await Promise.allSettled([
      writer.write(three()),
      writer.write(broken),
      writer.write(three()),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await storedEvents(brandId)).toBe(6);
  });
});
