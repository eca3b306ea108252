import { z } from 'zod';

/** Campaign parameters a visitor landed with: the attribution evidence of a touch. */
export const Utm = z.object({
  source: z.string().max(200).nullable(),
  medium: z.string().max(200).nullable(),
  campaign: z.string().max(200).nullable(),
  term: z.string().max(200).nullable(),
  content: z.string().max(200).nullable(),
});
export type Utm = z.infer<typeof Utm>;

export const ClickIds = z.object({
  gclid: z.string().max(500).optional(),
  fbclid: z.string().max(500).optional(),
  msclkid: z.string().max(500).optional(),
  ttclid: z.string().max(500).optional(),
});
export type ClickIds = z.infer<typeof ClickIds>;

export const TRACKING_EVENT_TYPES = [
  'landing',
  'page_view',
  'form_start',
  'form_submit',
  'click_to_call',
  /** A click on a product's outbound buy link (checkout is on the brand's own store). */
  'buy_click',
] as const;

/**
 * One event of the first-party tracking script (sent only with consent), in batches to
 * `POST /api/events`. `id` is generated in the browser and makes a replayed batch harmless.
 */
export const TrackingEvent = z
  .object({
    id: z.string().uuid(),
    visitor_id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    type: z.enum(TRACKING_EVENT_TYPES),
    at: z.string().datetime({ offset: true }),
    url: z.string().url().max(2000),
    referrer: z.string().max(2000).nullable(),
    /** Present on `landing` events: what the landing URL carried. */
    utm: Utm.nullable(),
    click_ids: ClickIds.nullable(),
    /** The form's name on form events. */
    form: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .nullable(),
  })
  .strict();
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const EventBatch = z.object({ events: z.array(TrackingEvent).min(1).max(100) }).strict();
export type EventBatch = z.infer<typeof EventBatch>;
