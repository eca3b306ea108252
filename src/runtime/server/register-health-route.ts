import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../store/index.ts';
import { loggableError } from './loggable-error.ts';

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: z.enum(['pglite', 'postgres']),
});

/** `GET /api/health`: 200 when the store answers `select 1`, 503 otherwise. Exempt from the rate limit. */
export function registerHealthRoute(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/health',
    {
      config: {
        rateLimit: false,
        openapi: {
          summary: 'Whether the server and its store are up',
          responses: {
            '200': { description: 'Up; the store answers', schema: Health },
            '503': { description: 'The store does not answer', schema: Health },
          },
        },
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
