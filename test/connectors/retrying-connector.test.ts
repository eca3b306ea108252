import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdPlatformConnector, TransientPlatformError } from '../../src/connectors/ad-platform.ts';
import { DeadLetteredError, retryingConnector } from '../../src/connectors/retrying-connector.ts';
import type { Store } from '../../src/store/index.ts';
import { testStores } from '../store/test-stores.ts';

const stores = testStores('pglite');
let store: Store;
beforeAll(async () => {
  await stores.start();
  store = await stores.fresh();
});
afterAll(async () => {
  await store?.close();
  await stores.stop();
});

/** A platform whose setCampaignBudget fails with the given errors, in order, then succeeds. */
function flakyPlatform(failures: Error[]): AdPlatformConnector & { calls: number } {
  const platform = {
    name: 'flaky',
    calls: 0,
    listCampaigns: async () => [],
    listAds: async () => [],
    dailyPerformance: async () => [],
    setCampaignBudget: async () => {
      platform.calls += 1;
      const failure = failures.shift();
      if (failure) throw failure;
    },
    setCampaignStatus: async () => {},
    setAdStatus: async () => {},
  };
  return platform;
}

function wrap(platform: AdPlatformConnector, waits: number[]) {
  return retryingConnector(platform, {
    store,
    brandId: 'acme',
    retry: { backoffSeconds: [1, 2, 4], sleep: async (ms) => void waits.push(ms) },
    clock: () => new Date('2026-03-02T09:00:00Z'),
  });
}

describe('the retry policy in front of every ad platform call', () => {
  it('retries a transient failure after 1 s, then 2 s, and succeeds without a dead letter', async () => {
    const waits: number[] = [];
    const platform = flakyPlatform([new TransientPlatformError('503'), new TransientPlatformError('429')]);
    const ads = wrap(platform, waits);
    await ads.setCampaignBudget('google-leads', 120, 'd1:google-leads');
    expect(platform.calls).toBe(3);
    expect(waits).toEqual([1000, 2000]);
    expect(ads.stats).toMatchObject({ calls: 1, retries: 2, deadLetters: 0, waitedMs: 3000 });
  });

  it('after 1 s, 2 s, 4 s writes the call and its payload to the dead letters and says so', async () => {
    const waits: number[] = [];
    const platform = flakyPlatform(
      Array.from({ length: 5 }, () => new TransientPlatformError('sandbox: 503 outage')),
    );
    const ads = wrap(platform, waits);
    const error = await ads
      .setCampaignBudget('meta-leads', 80.5, 'd2:meta-leads')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeadLetteredError);
    expect((error as Error).message).toBe(
      'flaky setCampaignBudget failed after 4 attempts: sandbox: 503 outage',
    );
    expect(platform.calls).toBe(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    const { rows } = await store.query<{
      id: string;
      operation: string;
      payload: unknown;
      attempts: number;
      created_at: Date;
    }>(
      'SELECT id, operation, payload, attempts, created_at FROM dead_letters WHERE brand_id = $1 AND id = $2',
      ['acme', (error as DeadLetteredError).deadLetterId],
    );
    expect(rows[0]).toMatchObject({
      operation: 'setCampaignBudget',
      payload: { campaignId: 'meta-leads', dailyBudget: 80.5, idempotencyKey: 'd2:meta-leads' },
      attempts: 4,
    });
    expect(new Date(rows[0]?.created_at as Date).toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('does not retry a permanent failure (a bad request): one attempt, then a dead letter', async () => {
    const waits: number[] = [];
    const platform = flakyPlatform([new Error('unknown campaign "nope"')]);
    const ads = wrap(platform, waits);
    await expect(ads.setCampaignBudget('nope', 10, 'd3:nope')).rejects.toThrow(
      /after 1 attempt: unknown campaign/,
    );
    expect(waits).toEqual([]);
  });
});
