import { z } from 'zod';
import { EventBatch } from '../../schemas/tracking-event.ts';
import { ApiError } from './api-error.ts';
import { FORM_NAME, FormPostBody } from './form-post.ts';
import type { RouteDoc } from './openapi-document.ts';

export const LeadAccepted = z.object({ lead_id: z.string(), created: z.boolean() });
export const EventsAccepted = z.object({ stored: z.number().int(), duplicates: z.number().int() });
export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: z.enum(['pglite', 'postgres']),
});

/** What any route with a body answers to a request it cannot take in. */
const REFUSALS = {
  '413': { description: 'Body too large', schema: ApiError },
  '415': { description: 'Unsupported content type', schema: ApiError },
  '429': { description: 'Too many requests from this address', schema: ApiError },
};

export const URL_ENCODED = 'application/x-www-form-urlencoded';

/** Who may call a route: anyone (the website calls it), a holder of an API token, or a signed webhook. */
export type RouteAccess = 'public' | 'token' | 'signed';

/**
 * One route of the client API as the server registers it and as the documents describe it: the
 * server takes its OpenAPI description from here, and the API guide is written from the same
 * entries, so the guide cannot list a route the server does not answer.
 */
export interface ApiRouteContract {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  access: RouteAccess;
  /** What it does, in a developer's words (the guide's table). */
  purpose: string;
  doc: RouteDoc;
}

export const FORM_ROUTE = {
  method: 'POST',
  url: '/api/forms/:form',
  access: 'public',
  purpose: 'a form submission from the website: stores a lead with the ad or search that brought it',
  doc: {
    summary: 'Submit a lead form (JSON from fetch, or a plain url-encoded form post)',
    params: { form: z.string().regex(FORM_NAME) },
    body: { contentTypes: ['application/json', URL_ENCODED], schema: FormPostBody },
    responses: {
      '201': { description: 'Lead stored (committed)', schema: LeadAccepted },
      '200': { description: 'This submission was already stored; the same lead', schema: LeadAccepted },
      '303': { description: 'Plain form post stored (committed); redirect to the thank-you page' },
      '400': { description: 'Fields to fix (an HTML page for plain form posts)', schema: ApiError },
      ...REFUSALS,
    },
  },
} as const satisfies ApiRouteContract;

export const EVENTS_ROUTE = {
  method: 'POST',
  url: '/api/events',
  access: 'public',
  purpose: 'a batch of tracking events (landings, page views, form steps, calls)',
  doc: {
    summary: 'Record a batch of tracking events (idempotent by event id)',
    body: { contentTypes: ['application/json', 'text/plain'], schema: EventBatch },
    responses: {
      '202': { description: 'Batch committed', schema: EventsAccepted },
      '400': {
        description: 'Malformed JSON or an invalid event (fields name the index)',
        schema: ApiError,
      },
      ...REFUSALS,
    },
  },
} as const satisfies ApiRouteContract;

export const HEALTH_ROUTE = {
  method: 'GET',
  url: '/api/health',
  access: 'public',
  purpose: 'whether the server and its store are up',
  doc: {
    summary: 'Whether the server and its store are up',
    responses: {
      '200': { description: 'Up; the store answers', schema: Health },
      '503': { description: 'The store does not answer', schema: Health },
    },
  },
} as const satisfies ApiRouteContract;

export const OPENAPI_ROUTE = {
  method: 'GET',
  url: '/api/openapi.json',
  access: 'public',
  purpose: 'the OpenAPI 3.1 document of every endpoint, generated from the schemas the server validates with',
  doc: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document' } } },
} as const satisfies ApiRouteContract;

/** Every route the client server answers under /api, in the order the guide lists them. */
export const API_ROUTES: readonly ApiRouteContract[] = [
  FORM_ROUTE,
  EVENTS_ROUTE,
  HEALTH_ROUTE,
  OPENAPI_ROUTE,
];
