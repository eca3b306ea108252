import { z } from 'zod';
import type { BrandConfig } from '../schemas/brand-config.ts';
import { FORM_HIDDEN_FIELDS } from '../schemas/form-submission.ts';
import type { SiteCommerce } from './site-commerce.ts';
import type { SiteForms } from './site-forms.ts';
import { siteOrigin } from './site-origin.ts';

const Endpoint = z.object({
  method: z.enum(['GET', 'POST']),
  path: z.string().startsWith('/'),
  purpose: z.string().min(1),
  accepts: z.array(z.string()),
  answers: z.string().min(1),
});

/** `website/backend.json`: how the client server receives what the site sends. */
export const SiteBackend = z.object({
  schema_version: z.literal(1),
  brand_id: z.string().min(1),
  serves: z.array(z.object({ path: z.string(), what: z.string() })),
  endpoints: z.array(Endpoint),
  forms: z.array(
    z.object({
      form: z.string(),
      endpoint: z.string(),
      /** Form field → LeadSubmission path, or `drop: <reason>`. */
      mapping: z.record(z.string(), z.string()),
    }),
  ),
  lead_alerts: z.object({
    hot_score_above: z.number(),
    channel: z.enum(['email-outbox', 'none']),
    recipient: z.string().nullable(),
  }),
  allowed_origins: z.array(z.string()),
  protection: z.object({ honeypot: z.string(), rate_limit: z.string(), max_body_bytes: z.number().int() }),
  secrets: z.array(z.string()),
});
export type SiteBackend = z.infer<typeof SiteBackend>;

const HIDDEN_MAPPING: Record<string, string> = {
  [FORM_HIDDEN_FIELDS.submissionId]: 'submission_id',
  [FORM_HIDDEN_FIELDS.visitorId]: 'visitor_id',
  [FORM_HIDDEN_FIELDS.landingUrl]: 'landing.url',
  [FORM_HIDDEN_FIELDS.utmSource]: 'landing.utm.source',
  [FORM_HIDDEN_FIELDS.utmMedium]: 'landing.utm.medium',
  [FORM_HIDDEN_FIELDS.utmCampaign]: 'landing.utm.campaign',
  [FORM_HIDDEN_FIELDS.utmTerm]: 'landing.utm.term',
  [FORM_HIDDEN_FIELDS.utmContent]: 'landing.utm.content',
  [FORM_HIDDEN_FIELDS.gclid]: 'landing.click_ids.gclid',
  [FORM_HIDDEN_FIELDS.fbclid]: 'landing.click_ids.fbclid',
  [FORM_HIDDEN_FIELDS.msclkid]: 'landing.click_ids.msclkid',
  [FORM_HIDDEN_FIELDS.ttclid]: 'landing.click_ids.ttclid',
  [FORM_HIDDEN_FIELDS.honeypot]: 'drop: bot trap; a filled value means the post is discarded',
};

/** The endpoints, field mappings and protections the site relies on, for `factory serve`. */
export function planBackend(config: BrandConfig, forms: SiteForms, commerce: SiteCommerce): SiteBackend {
  const origin = siteOrigin(config);
  const endpoints: z.infer<typeof Endpoint>[] = [
    {
      method: 'POST',
      path: '/api/forms/:form',
      purpose: `Form posts of: ${forms.forms.map((form) => form.name).join(', ')}`,
      accepts: ['application/x-www-form-urlencoded', 'application/json'],
      answers: '303 redirect to /thank-you.html for plain posts; JSON { ok, lead_id } for fetch',
    },
    {
      method: 'POST',
      path: '/api/events',
      purpose: 'Tracking event batches (EventBatch, at most 100 events), idempotent by event id',
      accepts: ['text/plain (sendBeacon)', 'application/json'],
      answers: '202 when stored; 400 with the invalid events named',
    },
    { method: 'GET', path: '/api/health', purpose: 'Health check', accepts: [], answers: '200 JSON' },
  ];
  if (commerce.enabled) {
    endpoints.push({
      method: 'POST',
      path: '/api/webhooks/shopify',
      purpose: 'Orders from the store platform, for purchase attribution (HMAC-verified)',
      accepts: ['application/json'],
      answers: '200 when stored',
    });
  }
  return {
    schema_version: 1,
    brand_id: config.brand_id,
    serves: [
      { path: '/', what: 'website/ (static files; /lp/<campaign> resolves to lp/<campaign>/index.html)' },
      { path: '/dashboard', what: 'the dashboard, behind login' },
      { path: '/api', what: 'the client API' },
    ],
    endpoints,
    forms: forms.forms.map((form) => ({
      form: form.name,
      endpoint: form.action,
      mapping: {
        ...Object.fromEntries(form.fields.map((field) => [field.name, `fields.${field.name}`])),
        ...HIDDEN_MAPPING,
      },
    })),
    lead_alerts: {
      hot_score_above: 90,
      channel: config.contact.email ? 'email-outbox' : 'none',
      recipient: config.contact.email,
    },
    allowed_origins: origin ? [origin] : [],
    protection: {
      honeypot: FORM_HIDDEN_FIELDS.honeypot,
      rate_limit: 'per IP: 30 form posts and 600 event batches a minute',
      max_body_bytes: 65_536,
    },
    secrets: commerce.enabled ? ['SHOPIFY_WEBHOOK_SECRET', 'SMTP_URL'] : ['SMTP_URL'],
  };
}
