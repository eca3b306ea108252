import type { DocumentationInput } from './documentation-input.ts';
import type { DocPage } from './documentation-output.ts';
import { mdText } from './markdown-text.ts';

/** The endpoints of the client API (DESIGN §5), as the docs list them. */
export const API_ENDPOINTS: Array<{ method: string; path: string; access: string; purpose: string }> = [
  {
    method: 'POST',
    path: '/api/forms/:form',
    access: 'public',
    purpose: 'a form submission from the website: creates and scores a lead',
  },
  {
    method: 'POST',
    path: '/api/events',
    access: 'public',
    purpose: 'a batch of tracking events (page views, landings, form steps)',
  },
  {
    method: 'GET',
    path: '/api/health',
    access: 'public',
    purpose: 'is the system up, and are its store and schedule healthy',
  },
  {
    method: 'GET',
    path: '/api/openapi.json',
    access: 'public',
    purpose: 'the OpenAPI document describing every endpoint',
  },
  { method: 'GET', path: '/api/leads', access: 'login', purpose: 'leads, filtered by tier, status and date' },
  {
    method: 'GET',
    path: '/api/leads/:id',
    access: 'login',
    purpose: 'one lead with its score, touchpoints and history',
  },
  {
    method: 'GET',
    path: '/api/performance',
    access: 'login',
    purpose: 'daily spend and results by platform, campaign or ad',
  },
  {
    method: 'GET',
    path: '/api/campaigns',
    access: 'login',
    purpose: 'campaigns with their budget, status and results',
  },
  {
    method: 'GET',
    path: '/api/content',
    access: 'login',
    purpose: 'uploaded photos and videos with their performance',
  },
  {
    method: 'POST',
    path: '/api/content',
    access: 'login',
    purpose: 'upload a photo or video (multipart form data)',
  },
  {
    method: 'GET',
    path: '/api/insights',
    access: 'login',
    purpose: 'what the system has learned, newest first',
  },
  {
    method: 'GET',
    path: '/api/decisions',
    access: 'login',
    purpose: 'the decision ledger: every change, its reasons and results',
  },
  {
    method: 'POST',
    path: '/api/decisions/:id/approve',
    access: 'login',
    purpose: 'approve a proposed change',
  },
  {
    method: 'POST',
    path: '/api/decisions/:id/decline',
    access: 'login',
    purpose: 'decline a proposed change',
  },
  {
    method: 'POST',
    path: '/api/decisions/:id/rollback',
    access: 'login',
    purpose: 'undo a change the system made',
  },
  { method: 'POST', path: '/api/webhooks/n8n', access: 'HMAC', purpose: 'results of workflows run by n8n' },
  { method: 'POST', path: '/api/webhooks/shopify', access: 'HMAC', purpose: 'Shopify orders and refunds' },
];

const ACCESS: Record<string, string> = {
  public: 'public',
  login: 'dashboard login or API token',
  HMAC: 'signed (HMAC-SHA256)',
};

/** docs/api-and-webhooks.md: the planned client API contract, with example payloads for this client. */
export function writeApiAndWebhooks(input: DocumentationInput): DocPage {
  const { config, guardrails: g } = input;
  const origin = siteOrigin(config.website);
  const offering = config.offerings[0]?.name ?? 'General enquiry';
  const score = Math.min(g.lead_tiers.hot - 1, g.lead_tiers.warm + 12);
  const formExample = {
    fields: {
      name: 'Alex Example',
      email: 'alex@example.com',
      phone: '+1 555 0100',
      interest: offering,
      message: 'Could you tell me more, and when is your next opening?',
    },
    consent: { privacy_policy: true, marketing: false },
    visitor_id: 'v_7f3a9c2e41',
    page: `${origin}/`,
    attribution: {
      utm_source: 'google',
      utm_medium: 'cpc',
      utm_campaign: `${config.brand_id}-search`,
      gclid: 'EAIaIQobChMI-example',
    },
  };
  const formResponse = { lead_id: 'lead_01hv6q2x9k', score, tier: 'warm' };
  const eventsExample = {
    visitor_id: 'v_7f3a9c2e41',
    events: [
      {
        type: 'landing',
        at: '2025-03-14T16:02:11Z',
        url: `${origin}/?utm_source=meta&utm_medium=paid-social&utm_campaign=${config.brand_id}-reels`,
        referrer: 'https://l.instagram.com/',
        click_ids: { fbclid: 'IwAR-example' },
      },
      { type: 'page_view', at: '2025-03-14T16:02:40Z', url: `${origin}/contact` },
      { type: 'form_start', at: '2025-03-14T16:03:05Z', form: 'contact' },
      { type: 'form_submit', at: '2025-03-14T16:04:12Z', form: 'contact' },
    ],
  };
  const json = (value: unknown) => ['```json', JSON.stringify(value, null, 2), '```'].join('\n');

  return {
    title: 'The client API and webhooks',
    intro:
      `This is the planned contract of ${mdText(config.brand_name)}'s client API, for developers who connect other tools (forms, shops, automation). ` +
      'The server that answers it is part of the client system (`factory serve`); when it runs, `GET /api/openapi.json` is the authoritative, machine-readable version of this page.',
    sections: [
      {
        heading: 'Basics',
        body: [
          `- **Base URL:** \`${origin}/api\` once the site is live; \`http://127.0.0.1:<port>/api\` when served locally with \`factory serve ${config.brand_id}\`.`,
          '- **Format:** JSON in and out (`Content-Type: application/json`), except content uploads (multipart form data).',
          `- **Scope:** every request and every stored row belongs to this client (\`brand_id\` = \`${config.brand_id}\`); nothing from another client is ever returned.`,
          '- **Access:** forms, events and health are public (the website calls them); everything else needs a dashboard login or an API token sent as `Authorization: Bearer <token>`; webhooks are signed.',
          '- **Errors:** `{ "error": { "code": "…", "message": "…" } }` with status 400 (invalid input), 401 (not signed in or bad signature), 404 (not found) or 429 (too many requests).',
        ].join('\n'),
      },
      {
        heading: 'Endpoints',
        body: [
          '| Method | Path | Access | What it does |',
          '|---|---|---|---|',
          ...API_ENDPOINTS.map(
            (endpoint) =>
              `| ${endpoint.method} | \`${endpoint.path}\` | ${ACCESS[endpoint.access]} | ${endpoint.purpose} |`,
          ),
          '',
          'List endpoints take `from` and `to` (`YYYY-MM-DD`), `limit` and `cursor`; `/api/performance` also takes `platform` and `group_by` (`day`, `platform`, `campaign` or `ad`).',
        ].join('\n'),
      },
      {
        heading: 'Sending a form submission',
        body: [
          'The website sends every lead form here; other tools (a booking widget, a landing-page builder) can too. `:form` names the form, for example `contact`.',
          '',
          '`POST /api/forms/contact`',
          '',
          json(formExample),
          '',
          `The answer (\`201 Created\`) gives the new lead and its score out of 100. A score above ${g.lead_tiers.hot} is a hot lead and triggers an alert at once:`,
          '',
          json(formResponse),
          '',
          'Submissions without `consent.privacy_policy: true` are refused with 400. The same visitor sending the same form twice within a minute is stored once.',
        ].join('\n'),
      },
      {
        heading: 'Sending events',
        body: [
          "The website's tracking script batches events and sends them here. Events tie a visitor's landings (with UTM tags and click ids) to what they did later, which is how leads and sales are credited to the right ads.",
          '',
          '`POST /api/events`',
          '',
          json(eventsExample),
          '',
          'The answer is `202 Accepted` with `{ "accepted": 4 }`. Event types: `landing`, `page_view`, `form_start`, `form_submit`, `click_to_call`, `add_to_cart`, `checkout`, `purchase`. At most 50 events per batch.',
        ].join('\n'),
      },
      {
        heading: 'Webhooks',
        body: [
          'Webhooks are signed, so nobody else can post results or orders in your name. A request whose signature does not match is refused with 401 and logged.',
          '',
          '**n8n** (`POST /api/webhooks/n8n`): when n8n runs the workflows instead of the built-in scheduler, it posts each result here. The header `X-Factory-Signature: sha256=<hex>` carries the HMAC-SHA256 of the raw request body, keyed with the webhook secret set at integration.',
          '',
          json({
            workflow: 'daily-performance',
            run_id: 'run_2025-03-14_0200',
            status: 'success',
            finished_at: '2025-03-14T10:00:41Z',
          }),
          '',
          "**Shopify** (`POST /api/webhooks/shopify`): subscribe the shop to `orders/create`, `orders/paid` and `refunds/create`. Shopify signs each call with `X-Shopify-Hmac-Sha256`: the base64 HMAC-SHA256 of the raw body, keyed with the app's client secret. `X-Shopify-Webhook-Id` is used to ignore repeats. Orders are matched to visitors and ads to compute revenue and return on ad spend.",
          '',
          'Checking a signature (Node.js), the same way the server does:',
          '',
          '```js',
          "import { createHmac, timingSafeEqual } from 'node:crypto';",
          '',
          'function isShopifySignatureValid(rawBody, header, secret) {',
          "  const expected = createHmac('sha256', secret).update(rawBody).digest();",
          "  const given = Buffer.from(header ?? '', 'base64');",
          '  return given.length === expected.length && timingSafeEqual(given, expected);',
          '}',
          '```',
        ].join('\n'),
      },
    ],
  };
}

function siteOrigin(website: string | null): string {
  if (website) {
    try {
      return new URL(website).origin;
    } catch {
      // Not a URL after all: fall through to the placeholder domain.
    }
  }
  return 'https://www.example.com';
}
