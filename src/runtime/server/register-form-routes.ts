import { randomUUID } from 'node:crypto';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { recordLead, type Store } from '../../store/index.ts';
import { FORM_ROUTE, type LeadAccepted, URL_ENCODED } from './api-contract.ts';
import { apiError } from './api-error.ts';
import { FORM_NAME, parseFormPost } from './form-post.ts';
import type { InFlightWrites } from './in-flight-writes.ts';
import { renderFormErrorsPage } from './render-form-errors-page.ts';

export const THANK_YOU_PATH = '/thank-you.html';

interface FormRoutesOptions {
  brandId: string;
  store: Store;
  writes: InFlightWrites;
  clock: () => Date;
  bodyLimit: number;
}

/**
 * `POST /api/forms/:form`: a plain form post (url-encoded) is answered with a redirect to the
 * thank-you page or an HTML page of what to fix; a fetch (JSON) with JSON. Either way a 2xx/303
 * is sent only after the lead is committed. Logs carry field names and ids, never values.
 */
export async function registerFormRoutes(app: FastifyInstance, options: FormRoutesOptions): Promise<void> {
  await app.register(formbody, { bodyLimit: options.bodyLimit });
  app.removeContentTypeParser('text/plain');

  app.post<{ Params: { form: string } }>(
    FORM_ROUTE.url,
    {
      bodyLimit: options.bodyLimit,
      config: { openapi: FORM_ROUTE.doc },
    },
    async (request, reply) => {
      const plain = isUrlEncoded(request);
      const { form } = request.params;
      const parsed = parseFormPost(form, request.body, options.clock());
      if (!parsed.ok) {
        request.log.info({ form: safeFormName(form), invalid: Object.keys(parsed.fields) }, 'form rejected');
        if (plain)
          return reply
            .code(400)
            .type('text/html; charset=utf-8')
            .send(renderFormErrorsPage(parsed.fields, backUrl(request)));
        return reply.code(400).send(apiError('INVALID_FORM', 'some fields need fixing', parsed.fields));
      }
      const { submission } = parsed;
      if (parsed.honeypot) {
        request.log.warn(
          { form, submission_id: submission.submission_id },
          'form honeypot filled; no lead stored',
        );
        return accepted(reply, plain, { lead_id: randomUUID(), created: true });
      }
      const result = await options.writes.track(recordLead(options.store, options.brandId, submission));
      request.log.info(
        {
          form,
          submission_id: submission.submission_id,
          lead_id: result.leadId,
          created: result.created,
          fields: parsed.fieldNames,
        },
        'lead recorded',
      );
      return accepted(reply, plain, { lead_id: result.leadId, created: result.created });
    },
  );
}

function accepted(reply: FastifyReply, plain: boolean, body: z.infer<typeof LeadAccepted>): FastifyReply {
  if (plain) return reply.redirect(THANK_YOU_PATH, 303);
  return reply.code(body.created ? 201 : 200).send(body);
}

function isUrlEncoded(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith(URL_ENCODED);
}

function safeFormName(form: string): string {
  return FORM_NAME.test(form) ? form : '(invalid)';
}

/** The page the form was on when the Referer is this site; the home page otherwise. */
function backUrl(request: FastifyRequest): string {
  const referer = request.headers.referer;
  if (!referer) return '/';
  try {
    const url = new URL(referer);
    return url.host === request.host ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}
