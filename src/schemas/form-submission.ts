import { z } from 'zod';
import { ClickIds, Utm } from './tracking-event.ts';

/**
 * Hidden fields every generated form carries, filled by the page's script from the landing URL
 * (kept in sessionStorage even without consent, so a lead keeps the UTM of its landing page).
 */
export const FORM_HIDDEN_FIELDS = {
  submissionId: '_submission',
  visitorId: '_visitor',
  honeypot: '_hp_website',
  landingUrl: '_landing_url',
  utmSource: '_utm_source',
  utmMedium: '_utm_medium',
  utmCampaign: '_utm_campaign',
  utmTerm: '_utm_term',
  utmContent: '_utm_content',
  gclid: '_gclid',
  fbclid: '_fbclid',
  msclkid: '_msclkid',
  ttclid: '_ttclid',
} as const;

/** What the server hands to the store once a form post is validated (`POST /api/forms/:form`). */
export const LeadSubmission = z.object({
  form: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** Idempotency key: the same submission posted twice is one lead. */
  submission_id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  visitor_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .nullable(),
  fields: z.record(z.string(), z.string().max(5000)),
  landing: z.object({ url: z.string().max(2000).nullable(), utm: Utm, click_ids: ClickIds }).nullable(),
  submitted_at: z.string().datetime({ offset: true }),
});
export type LeadSubmission = z.infer<typeof LeadSubmission>;
