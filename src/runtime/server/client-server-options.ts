import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Store } from '../../store/index.ts';

export interface ClientServerRateLimit {
  /** Requests one IP may make per window (the health check is exempt). */
  max: number;
  /** Window length in milliseconds. */
  timeWindowMs: number;
}

export interface ClientServerOptions {
  /** The brand every stored row belongs to (the client's slug). */
  brandId: string;
  /** The built static site (`clients/<slug>/website/`). */
  websiteDir: string;
  /** The client's store; the server closes it when it closes itself. */
  store: Store;
  /** Origins (`https://example.com`) allowed to call the API from a browser on another origin. */
  allowedOrigins: string[];
  /** Pino options for Fastify's logger, a logger instance, or false for silence (the default). */
  logger?: FastifyServerOptions['logger'] | FastifyBaseLogger;
  /** Per-IP limit; false turns it off (benchmarks). Default: 600 requests a minute. */
  rateLimit?: ClientServerRateLimit | false;
  /** Trust X-Forwarded-For (only behind a proxy you run). Default false. */
  trustProxy?: boolean;
  /** Body limits in bytes. Defaults: forms 64 KB, events 256 KB. */
  bodyLimits?: { forms?: number; events?: number };
  /** The time, injected for tests. */
  clock?: () => Date;
}

export const CLIENT_SERVER_DEFAULTS = {
  logger: false,
  rateLimit: { max: 600, timeWindowMs: 60_000 },
  trustProxy: false,
  bodyLimits: { forms: 64 * 1024, events: 256 * 1024 },
  clock: () => new Date(),
} satisfies Partial<ClientServerOptions>;
