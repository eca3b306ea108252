import { z } from 'zod';
import type { BrandConfig } from '../schemas/brand-config.ts';
import { TRACKING_EVENT_TYPES } from '../schemas/tracking-event.ts';

/** `website/tracking.json`: what templates/site/assets/track.js does, as configuration people can read. */
export const SiteTracking = z.object({
  schema_version: z.literal(1),
  script: z.literal('/assets/track.js'),
  endpoint: z.literal('/api/events'),
  events: z.array(z.enum(TRACKING_EVENT_TYPES)),
  consent: z.object({
    required_for: z.array(z.string()),
    storage: z.string(),
    without_consent: z.string(),
  }),
  visitor_cookie: z.object({
    name: z.literal('mf_vid'),
    max_age_days: z.literal(365),
    same_site: z.literal('Lax'),
  }),
  landing: z.object({ utm: z.array(z.string()), click_ids: z.array(z.string()), storage: z.string() }),
  batching: z.object({
    max_events: z.number().int(),
    flush_after_ms: z.number().int(),
    transport: z.string(),
  }),
  purchases: z.string(),
  third_party_pixels: z.array(z.string()),
});
export type SiteTracking = z.infer<typeof SiteTracking>;

export function planTracking(config: BrandConfig): SiteTracking {
  const sells = config.business_model === 'ecommerce-primary' || config.business_model === 'hybrid';
  return {
    schema_version: 1,
    script: '/assets/track.js',
    endpoint: '/api/events',
    events: [...TRACKING_EVENT_TYPES],
    consent: {
      required_for: ['visitor id cookie', 'every event sent to /api/events'],
      storage: 'the choice ("yes" or "no") in localStorage key mf_consent',
      without_consent:
        'no cookie, no id, no events; the landing UTM and click ids stay in sessionStorage (mf_landing) for the tab and fill the form hidden fields',
    },
    visitor_cookie: { name: 'mf_vid', max_age_days: 365, same_site: 'Lax' },
    landing: {
      utm: ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'],
      click_ids: ['gclid', 'fbclid', 'msclkid', 'ttclid'],
      storage: 'sessionStorage mf_landing (this tab only)',
    },
    batching: {
      max_events: 100,
      flush_after_ms: 2000,
      transport:
        'navigator.sendBeacon (text/plain JSON), fetch keepalive as fallback; flushed on pagehide and form submit',
    },
    purchases: sells
      ? 'purchases are recorded server-side from the store platform webhook (see commerce.json), joined by visitor id'
      : 'not tracked: the business model collects leads',
    third_party_pixels: [],
  };
}
