import type { FastifyInstance } from 'fastify';
import { EventBatch } from '../../schemas/tracking-event.ts';
import type { Store } from '../../store/index.ts';
import { EVENTS_ROUTE } from './api-contract.ts';
import { apiError, issuesToFields } from './api-error.ts';
import { eventBatchWriter } from './event-batch-writer.ts';
import type { InFlightWrites } from './in-flight-writes.ts';

interface EventRoutesOptions {
  brandId: string;
  store: Store;
  writes: InFlightWrites;
  bodyLimit: number;
}

/**
 * `POST /api/events`: a batch from the tracking script. `sendBeacon` can only send text/plain
 * without a preflight, so text/plain is parsed as JSON here (with the same prototype-poisoning
 * guards). 202 only once the batch is committed (batches arriving together share a commit: see
 * eventBatchWriter); a replayed batch counts as duplicates.
 */
export async function registerEventRoutes(app: FastifyInstance, options: EventRoutesOptions): Promise<void> {
  const writer = eventBatchWriter(options.store, options.brandId);
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.post(
    EVENTS_ROUTE.url,
    {
      bodyLimit: options.bodyLimit,
      config: { openapi: EVENTS_ROUTE.doc },
    },
    async (request, reply) => {
      const parsed = EventBatch.safeParse(request.body);
      if (!parsed.success) {
        const fields = issuesToFields(parsed.error.issues);
        const first = Object.entries(fields)[0];
        request.log.info({ invalid: Object.keys(fields).slice(0, 20) }, 'event batch rejected');
        return reply
          .code(400)
          .send(
            apiError('INVALID_EVENTS', first ? `${first[0]}: ${first[1]}` : 'invalid event batch', fields),
          );
      }
      const result = await options.writes.track(writer.write(parsed.data.events));
      request.log.info({ events: parsed.data.events.length, ...result }, 'events recorded');
      return reply.code(202).send(result);
    },
  );
}
