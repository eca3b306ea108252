import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import { FACTORY_VERSION } from '../../factory/factory-version.ts';
import { OPENAPI_ROUTE } from './api-contract.ts';
import { type ApiError, apiError } from './api-error.ts';
import { CLIENT_SERVER_DEFAULTS, type ClientServerOptions } from './client-server-options.ts';
import { inFlightWrites } from './in-flight-writes.ts';
import { loggableError } from './loggable-error.ts';
import { buildOpenApiDocument, type DocumentedRoute } from './openapi-document.ts';
import { registerEventRoutes } from './register-event-routes.ts';
import { registerFormRoutes } from './register-form-routes.ts';
import { registerHealthRoute } from './register-health-route.ts';
import { registerWebsite } from './register-website.ts';

/**
 * A client's public server: the static website, lead forms, tracking events, health and the
 * OpenAPI document. Every 2xx of a write means the write is committed. `close()` stops
 * accepting, lets in-flight requests and their writes finish, then closes the store.
 *
 * @example
 * const app = await createClientServer({ brandId: 'wasatch', websiteDir, store, allowedOrigins: [] });
 * await app.listen({ host: '127.0.0.1', port: 3000 });
 */
export async function createClientServer(options: ClientServerOptions): Promise<FastifyInstance> {
  const settings = {
    ...CLIENT_SERVER_DEFAULTS,
    ...options,
    bodyLimits: { ...CLIENT_SERVER_DEFAULTS.bodyLimits, ...options.bodyLimits },
  };
  const { store, brandId, clock } = settings;
  const logging = isLoggerInstance(settings.logger)
    ? { loggerInstance: settings.logger }
    : { logger: settings.logger ?? false };
  const app = Fastify({
    ...logging,
    trustProxy: settings.trustProxy,
    bodyLimit: settings.bodyLimits.forms,
    requestTimeout: 30_000,
    return503OnClosing: true,
  }) as unknown as FastifyInstance;

  const writes = inFlightWrites();
  const apiRoutes: DocumentedRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url?.startsWith('/api/')) return;
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    const doc = route.config?.openapi;
    if (!doc) throw new Error(`${methods.join(',')} ${route.url} has no openapi description`);
    for (const method of methods) apiRoutes.push({ method, url: route.url, doc });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
  });
  const allowed = new Set(settings.allowedOrigins.map((origin) => origin.replace(/\/+$/, '')));
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type'],
    maxAge: 600,
  });
  if (settings.rateLimit) {
    await app.register(rateLimit, {
      global: true,
      max: settings.rateLimit.max,
      timeWindow: settings.rateLimit.timeWindowMs,
    });
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ error: loggableError(error) }, 'request failed');
      return reply
        .code(status)
        .send(apiError('INTERNAL', 'something went wrong on our side; please try again'));
    }
    request.log.info({ code: error.code, status }, 'request refused');
    return reply.code(status).send(refusal(status, error, request.routeOptions.config?.url ?? request.url));
  });

  await registerWebsite(app, settings.websiteDir);
  registerHealthRoute(app, store);
  await app.register(registerFormRoutes, {
    brandId,
    store,
    writes,
    clock,
    bodyLimit: settings.bodyLimits.forms,
  });
  await app.register(registerEventRoutes, { brandId, store, writes, bodyLimit: settings.bodyLimits.events });

  let document: Record<string, unknown> | undefined;
  app.get(OPENAPI_ROUTE.url, { config: { openapi: OPENAPI_ROUTE.doc } }, async () => {
    document ??= buildOpenApiDocument(
      { title: `${brandId} client API`, version: FACTORY_VERSION },
      apiRoutes,
    );
    return document;
  });

  app.addHook('onClose', async () => {
    await writes.drain();
    await store.close();
  });
  return app;
}

function refusal(status: number, error: FastifyError, url: string): ApiError {
  switch (status) {
    case 413:
      return apiError('BODY_TOO_LARGE', 'the request body is larger than this endpoint accepts');
    case 415:
      return apiError(
        'UNSUPPORTED_MEDIA_TYPE',
        url.startsWith('/api/events')
          ? 'send the batch as application/json or text/plain (JSON text)'
          : 'send the form as application/x-www-form-urlencoded or application/json',
      );
    case 429:
      return apiError('RATE_LIMITED', error.message);
    case 400:
      // Parser messages can quote the body; name the problem without it.
      if (error.code?.startsWith('FST_ERR_CTP_') || error instanceof SyntaxError)
        return apiError('INVALID_JSON', 'the body is not valid JSON');
      return apiError('BAD_REQUEST', 'the request could not be read');
    default:
      return apiError('REQUEST_REFUSED', `the request was refused (${error.code ?? status})`);
  }
}

function isLoggerInstance(logger: unknown): logger is FastifyBaseLogger {
  return (
    typeof logger === 'object' && logger !== null && typeof (logger as FastifyBaseLogger).child === 'function'
  );
}
