import type { FastifyInstance } from 'fastify';
import type { VisitorSink } from '../../connectors/ad-platform.ts';

/**
 * Sends the sandbox market's visitors into the client's own server through the same routes a
 * browser uses (`POST /api/events`, `POST /api/forms/:form`, url-encoded like a plain form post),
 * in-process with `inject`. While a visitor acts, `setNow` makes the server's clock show the
 * visitor's time, so leads carry the simulated moment they were submitted.
 */
export function injectingVisitorSink(
  app: FastifyInstance,
  setNow: (instant: Date | null) => void,
): VisitorSink {
  return {
    async sendEvents(events, at) {
      setNow(at);
      try {
        const response = await app.inject({
          method: 'POST',
          url: '/api/events',
          headers: { 'content-type': 'application/json' },
          payload: { events },
        });
        if (response.statusCode !== 202)
          throw new Error(`POST /api/events answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      } finally {
        setNow(null);
      }
    },
    async submitForm(form, fields, at) {
      setNow(at);
      try {
        const response = await app.inject({
          method: 'POST',
          url: `/api/forms/${encodeURIComponent(form)}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(fields).toString(),
        });
        if (response.statusCode !== 303)
          throw new Error(
            `POST /api/forms/${form} answered ${response.statusCode}: ${response.body.slice(0, 300)}`,
          );
      } finally {
        setNow(null);
      }
    },
  };
}
