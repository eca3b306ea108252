import type { Store } from '../store/index.ts';
import { toJsonParam } from '../store/to-json-param.ts';
import { type AdPlatformConnector, TransientPlatformError } from './ad-platform.ts';

/** Waits; injected so simulated time never sleeps for real. */
export type Sleep = (milliseconds: number) => Promise<void>;

export const realSleep: Sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export interface RetryPolicy {
  /** Waits between attempts, e.g. [1, 2, 4]: four attempts in all. */
  backoffSeconds: readonly number[];
  sleep: Sleep;
}

/** A call that failed every attempt and was written to the dead letters (its payload kept). */
export class DeadLetteredError extends Error {
  readonly deadLetterId: string;
  constructor(message: string, deadLetterId: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeadLetteredError';
    this.deadLetterId = deadLetterId;
  }
}

/** Counts of what the wrapper did, for a workflow run's record. */
export interface RetryStats {
  calls: number;
  retries: number;
  deadLetters: number;
  /** Time spent waiting between attempts (simulated or real). */
  waitedMs: number;
}

/**
 * Wraps a connector so every call goes through the retry policy: a transient failure (rate limit,
 * timeout, 5xx) is retried after 1 s, 2 s, 4 s; once the attempts run out, or at once for a
 * permanent failure, the call and its payload go to `dead_letters` (visible later, e.g. with
 * `factory status`) and a DeadLetteredError is thrown. Mutations carry idempotency keys, so a
 * retry after a lost response never applies twice.
 *
 * @example
 * const ads = retryingConnector(market, { store, brandId, retry: { backoffSeconds: [1, 2, 4], sleep: realSleep } });
 * await ads.setCampaignBudget('google-leads', 120, 'decision-42:google-leads');
 */
export function retryingConnector(
  connector: AdPlatformConnector,
  options: {
    store: Store;
    brandId: string;
    retry: RetryPolicy;
    /** When a dead letter is written (the injected clock). */
    clock: () => Date;
    stats?: RetryStats;
  },
): AdPlatformConnector & { readonly stats: RetryStats } {
  const stats = options.stats ?? { calls: 0, retries: 0, deadLetters: 0, waitedMs: 0 };
  const call = async <T>(operation: string, payload: Record<string, unknown>, run: () => Promise<T>) => {
    stats.calls += 1;
    let attempt = 0;
    for (;;) {
      attempt += 1;
      try {
        return await run();
      } catch (error) {
        const transient = error instanceof TransientPlatformError;
        const wait = options.retry.backoffSeconds[attempt - 1];
        if (transient && wait !== undefined) {
          stats.retries += 1;
          stats.waitedMs += wait * 1000;
          await options.retry.sleep(wait * 1000);
          continue;
        }
        const message = (error as Error).message;
        const { rows } = await options.store.query<{ id: string }>(
          `INSERT INTO dead_letters (brand_id, created_at, source, operation, payload, error, attempts)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING id`,
          [
            options.brandId,
            options.clock().toISOString(),
            connector.name,
            operation,
            toJsonParam(payload),
            message,
            attempt,
          ],
        );
        stats.deadLetters += 1;
        throw new DeadLetteredError(
          `${connector.name} ${operation} failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${message}`,
          rows[0]?.id ?? '',
          { cause: error },
        );
      }
    }
  };
  return {
    name: connector.name,
    stats,
    listCampaigns: () => call('listCampaigns', {}, () => connector.listCampaigns()),
    listAds: () => call('listAds', {}, () => connector.listAds()),
    dailyPerformance: (range) =>
      call('dailyPerformance', { ...range }, () => connector.dailyPerformance(range)),
    setCampaignBudget: (campaignId, dailyBudget, key) =>
      call('setCampaignBudget', { campaignId, dailyBudget, idempotencyKey: key }, () =>
        connector.setCampaignBudget(campaignId, dailyBudget, key),
      ),
    setCampaignStatus: (campaignId, status, key) =>
      call('setCampaignStatus', { campaignId, status, idempotencyKey: key }, () =>
        connector.setCampaignStatus(campaignId, status, key),
      ),
    setAdStatus: (adId, status, key) =>
      call('setAdStatus', { adId, status, idempotencyKey: key }, () =>
        connector.setAdStatus(adId, status, key),
      ),
  };
}
