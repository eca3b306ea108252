import { isShipped } from '../../capabilities/index.ts';
import {
  API_ROUTES,
  type ApiRouteContract,
  EVENTS_ROUTE,
  EventsAccepted,
  FORM_ROUTE,
  HEALTH_ROUTE,
  Health,
  LeadAccepted,
  type RouteAccess,
} from '../../runtime/server/api-contract.ts';
import { ApiError } from '../../runtime/server/api-error.ts';
import { FormPostBody, parseFormPost } from '../../runtime/server/form-post.ts';
import { FORM_HIDDEN_FIELDS } from '../../schemas/form-submission.ts';
import { EventBatch } from '../../schemas/tracking-event.ts';
import type { DocumentationInput } from './documentation-input.ts';
import type { DocPage } from './documentation-output.ts';
import { mdText } from './markdown-text.ts';

const ACCESS: Record<RouteAccess, string> = {
  public: 'public',
  token: 'API token',
  signed: 'signed (HMAC-SHA256)',
};

/** One request the guide shows, exactly as a developer would send it (a test sends each one). */
export interface ApiExample {
  method: ApiRouteContract['method'];
  path: string;
  body: unknown;
  /** The status the server answers this request with. */
  status: number;
  response: unknown;
}

/**
 * The guide's example requests for this client, each checked here against the schema the server
 * validates with: an example the server would refuse is a bug, and fails the build, not the reader.
 */
export function apiExamples(input: DocumentationInput): ApiExample[] {
  const { config } = input;
  const origin = siteOrigin(config.website);
  const platform = config.platforms[0];
  const campaign = platform ? `${platform.id}-${platform.objective}` : `${config.brand_id}-search`;
  const visitor = 'v7f3a9c2e41b8';
  const offering = config.offerings[0]?.name;
  const form = {
    name: 'Alex Example',
    email: 'alex@example.com',
    phone: '+1 555 0100',
    message: offering ? `Could you tell me more about ${offering}?` : 'Could you tell me more?',
    [FORM_HIDDEN_FIELDS.visitorId]: visitor,
    [FORM_HIDDEN_FIELDS.landingUrl]: `${origin}/?utm_source=google&utm_medium=cpc&utm_campaign=${campaign}`,
    [FORM_HIDDEN_FIELDS.utmSource]: 'google',
    [FORM_HIDDEN_FIELDS.utmMedium]: 'cpc',
    [FORM_HIDDEN_FIELDS.utmCampaign]: campaign,
  };
  // What the server itself does with a post: the documented schema, then the parser the route runs.
  FormPostBody.parse(form);
  const parsed = parseFormPost('contact', form, new Date('2026-03-14T16:04:12Z'));
  if (!parsed.ok)
    throw new Error(`the API guide's form example is refused: ${JSON.stringify(parsed.fields)}`);
  const events = EventBatch.parse({
    events: [
      {
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        visitor_id: visitor,
        type: 'landing',
        at: '2026-03-14T16:02:11Z',
        url: `${origin}/?utm_source=meta&utm_medium=paid-social&utm_campaign=${campaign}`,
        referrer: 'https://l.instagram.com/',
        utm: { source: 'meta', medium: 'paid-social', campaign, term: null, content: null },
        click_ids: { fbclid: 'IwAR-example' },
        form: null,
      },
      {
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        visitor_id: visitor,
        type: 'form_start',
        at: '2026-03-14T16:03:05Z',
        url: `${origin}/contact.html`,
        referrer: null,
        utm: null,
        click_ids: null,
        form: 'contact',
      },
    ],
  });
  return [
    {
      method: FORM_ROUTE.method,
      path: FORM_ROUTE.url.replace(':form', 'contact'),
      body: form,
      status: 201,
      response: LeadAccepted.parse({ lead_id: '5b0c1d2e-8f4a-4c3b-9d6e-1a2b3c4d5e6f', created: true }),
    },
    {
      method: EVENTS_ROUTE.method,
      path: EVENTS_ROUTE.url,
      body: events,
      status: 202,
      response: EventsAccepted.parse({ stored: 2, duplicates: 0 }),
    },
    {
      method: HEALTH_ROUTE.method,
      path: HEALTH_ROUTE.url,
      body: null,
      status: 200,
      response: Health.parse({ status: 'ok', store: 'pglite' }),
    },
  ];
}

/** docs/api-and-webhooks.md: the client API the server answers today, written from its own route contracts. */
export function writeApiAndWebhooks(input: DocumentationInput): DocPage {
  const { config } = input;
  const origin = siteOrigin(config.website);
  const [formExample, eventsExample, healthExample] = apiExamples(input) as [
    ApiExample,
    ApiExample,
    ApiExample,
  ];
  const json = (value: unknown) => ['```json', JSON.stringify(value, null, 2), '```'].join('\n');
  const statuses = (route: ApiRouteContract) =>
    Object.entries(route.doc.responses)
      .map(([status, response]) => `- \`${status}\`: ${response.description.toLowerCase()}`)
      .join('\n');
  const errorExample = ApiError.parse({
    error: {
      code: 'INVALID_FORM',
      message: 'some fields need fixing',
      fields: { email: 'enter a valid email address (like name@example.com)' },
    },
  });
  const webhooks = isShipped('orderWebhooks') || isShipped('n8nWorkflows');

  return {
    title: webhooks ? 'The client API and webhooks' : 'The client API',
    intro:
      `${mdText(config.brand_name)}'s client system answers a small API on the same address as the website, for developers who connect other tools (a booking widget, a landing-page builder, a monitor). ` +
      `Run it locally with \`factory serve ${config.brand_id}\`; \`GET /api/openapi.json\` is the machine-readable version of this page, generated from the same schemas the server checks every request against.`,
    sections: [
      {
        heading: 'Basics',
        body: [
          `- **Base URL:** \`${origin}/api\` once the site is live; \`http://127.0.0.1:<port>/api\` when served locally.`,
          '- **Format:** JSON in and out (`Content-Type: application/json`); forms may also post url-encoded, as a plain HTML form does.',
          `- **Scope:** everything stored belongs to this client (\`brand_id\` = \`${config.brand_id}\`).`,
          `- **Access:** every endpoint below is public, because the website itself calls them; each address may send a limited number of requests a minute (429 beyond it).`,
          '- **Errors:** every refusal has the same shape, with a code, a message and, for invalid input, the fields to fix:',
          '',
          json(errorExample),
        ].join('\n'),
      },
      {
        heading: 'Endpoints',
        body: [
          '| Method | Path | Access | What it does |',
          '|---|---|---|---|',
          ...API_ROUTES.map(
            (route) => `| ${route.method} | \`${route.url}\` | ${ACCESS[route.access]} | ${route.purpose} |`,
          ),
        ].join('\n'),
      },
      {
        heading: 'Sending a form submission',
        body: [
          "The website's forms post here; another tool can too. `:form` names the form (lower-case letters, digits and dashes), for example `contact`. An email address or a phone number is required; other fields are kept as text. Fields starting with `_` carry the visitor id and the campaign the visitor landed from, which is how the lead is credited to the right ad.",
          '',
          `\`${formExample.method} ${formExample.path}\``,
          '',
          json(formExample.body),
          '',
          `The answer (\`${formExample.status}\`) names the stored lead; the same submission sent again answers \`200\` with the same lead:`,
          '',
          json(formExample.response),
          '',
          statuses(FORM_ROUTE),
        ].join('\n'),
      },
      {
        heading: 'Sending events',
        body: [
          "The website's tracking script (only after the visitor consents) batches what a visitor does and sends it here; each event has its own id, so a batch sent twice is stored once.",
          '',
          `\`${eventsExample.method} ${eventsExample.path}\``,
          '',
          json(eventsExample.body),
          '',
          `The answer (\`${eventsExample.status}\`) once the batch is stored:`,
          '',
          json(eventsExample.response),
          '',
          `Event types: ${['landing', 'page_view', 'form_start', 'form_submit', 'click_to_call'].map((type) => `\`${type}\``).join(', ')}. At most 100 events a batch.`,
          '',
          statuses(EVENTS_ROUTE),
        ].join('\n'),
      },
      {
        heading: 'Checking the server',
        body: [
          `\`${healthExample.method} ${healthExample.path}\` answers \`${healthExample.status}\` while the server and its store are up, and \`503\` when the store does not answer; monitors can poll it (it is not rate-limited).`,
          '',
          json(healthExample.response),
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
