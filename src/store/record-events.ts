import type { TrackingEvent } from '../schemas/tracking-event.ts';
import type { Store } from './store.ts';
import { toJsonParam } from './to-json-param.ts';

/**
 * One statement, so one transaction: events inserted idempotently by (brand_id, id), a touchpoint
 * for each new `landing`, visitors upserted with their first and last sighting. Data-modifying CTEs
 * all run to completion whether or not the final SELECT reads them.
 */
const RECORD_EVENTS_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($2::jsonb) AS e(
    id uuid, visitor_id text, type text, at timestamptz, url text, referrer text,
    utm jsonb, click_ids jsonb, form text)
),
inserted AS (
  INSERT INTO events (brand_id, id, visitor_id, type, at, url, referrer, utm, click_ids, form)
  SELECT $1, id, visitor_id, type, at, url, referrer,
         nullif(utm, 'null'::jsonb), nullif(click_ids, 'null'::jsonb), form
  FROM input
  ON CONFLICT (brand_id, id) DO NOTHING
  RETURNING id, visitor_id, type, at, url, referrer, utm, click_ids
),
landed AS (
  INSERT INTO touchpoints (brand_id, id, visitor_id, at, source, medium, campaign, term, content,
                           click_id, click_ids, url, referrer)
  SELECT $1, id, visitor_id, at, utm->>'source', utm->>'medium', utm->>'campaign', utm->>'term',
         utm->>'content',
         coalesce(click_ids->>'gclid', click_ids->>'fbclid', click_ids->>'msclkid', click_ids->>'ttclid'),
         click_ids, url, referrer
  FROM inserted
  WHERE type = 'landing'
  ON CONFLICT (brand_id, id) DO NOTHING
  RETURNING 1
),
seen AS (
  INSERT INTO visitors (brand_id, id, first_seen_at, last_seen_at)
  SELECT $1, visitor_id, min(at), max(at) FROM inserted GROUP BY visitor_id
  ON CONFLICT (brand_id, id) DO UPDATE
    SET first_seen_at = least(visitors.first_seen_at, excluded.first_seen_at),
        last_seen_at = greatest(visitors.last_seen_at, excluded.last_seen_at)
  RETURNING 1
)
SELECT (SELECT count(*) FROM inserted)::int AS stored`;

/**
 * Stores a batch the server has validated, in one transaction: committed when the promise
 * resolves. Idempotent by (brand_id, event id): a replayed batch reports its events as duplicates.
 *
 * @example
 * const { stored, duplicates } = await recordEvents(store, 'wasatch', batch.events);
 */
export async function recordEvents(
  store: Store,
  brandId: string,
  events: TrackingEvent[],
): Promise<{ stored: number; duplicates: number }> {
  if (events.length === 0) return { stored: 0, duplicates: 0 };
  const { rows } = await store.query<{ stored: number }>(RECORD_EVENTS_SQL, [brandId, toJsonParam(events)]);
  const stored = rows[0]?.stored ?? 0;
  return { stored, duplicates: events.length - stored };
}
