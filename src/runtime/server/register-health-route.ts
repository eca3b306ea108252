import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/index.ts';
import { HEALTH_ROUTE } from './api-contract.ts';
import { loggableError } from './loggable-error.ts';

/** `GET /api/health`: 200 when the store answers `select 1`, 503 otherwise. Exempt from the rate limit. */
export function registerHealthRoute(app: FastifyInstance, store: Store): void {
  app.get(
    HEALTH_ROUTE.url,
    {
      config: {
        rateLimit: false,
        openapi: HEALTH_ROUTE.doc,
      },
    },
    async (request, reply) => {
      try {
        await store.query('select 1');
        return reply.send({ status: 'ok', store: store.backend });
      } catch (error) {
        request.log.error({ error: loggableError(error) }, 'health check: store unreachable');
        return reply.code(503).send({ status: 'unavailable', store: store.backend });
      }
    },
  );
}
