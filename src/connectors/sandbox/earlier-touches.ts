import type { Random } from '../../analytics/random.ts';
import { addDays } from '../../calendar/calendar-days.ts';
import { localTimeToUtc } from '../../calendar/local-time.ts';
import type { Day } from '../ad-platform.ts';
import type { SandboxMarketState, StoredRow } from './market-state.ts';
import { adClick } from './visitor-identity.ts';

/** How many days before a conversion an earlier touch may be. */
export const EARLIER_TOUCH_DAYS = 6;

export interface EarlierTouch {
  campaignId: string;
  visitorId: string;
  /** When that earlier click happened (epoch ms). */
  at: number;
}

/**
 * The visitors a converter may have been before: the non-converting clicks of other campaigns in
 * the six days before `day`, recomputed from the stored rows (click identities are hashes of their
 * place, so none need storing). A visitor borrowed once is not borrowed again: each person converts once.
 */
export function earlierTouches(state: SandboxMarketState, day: Day) {
  const from = addDays(day, -EARLIER_TOUCH_DAYS);
  const rows = state.rows.filter((row) => row.date >= from && row.date < day && nonConverting(row) > 0);
  const taken = new Set(state.borrowed_visitors.map((entry) => entry.visitor_id));
  const pools = new Map<string, { rows: StoredRow[]; weights: number[] }>();
  return {
    /** A random earlier visitor of another campaign than `convertingCampaignId`, or null when there is none. */
    borrow(random: Random, convertingCampaignId: string): EarlierTouch | null {
      let pool = pools.get(convertingCampaignId);
      if (!pool) {
        const others = rows.filter((row) => row.campaign_id !== convertingCampaignId);
        pool = { rows: others, weights: others.map(nonConverting) };
        pools.set(convertingCampaignId, pool);
      }
      if (!pool.rows.length) return null;
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const row = pool.rows[random.pick(pool.weights)]!;
        // Converting clicks come first in a row's clicks, so the rest are the ones who left.
        const index = row.clicks - nonConverting(row) + Math.floor(random.next() * nonConverting(row));
        const click = adClick(state.seed, row.date, row.ad_id, index);
        if (taken.has(click.visitorId)) continue;
        taken.add(click.visitorId);
        return {
          campaignId: row.campaign_id,
          visitorId: click.visitorId,
          at: localTimeToUtc(row.date, click.secondOfDay, state.timezone).getTime(),
        };
      }
      return null;
    },
  };
}

function nonConverting(row: StoredRow): number {
  return row.clicks - row.conversions.reduce((sum, count) => sum + count, 0);
}
