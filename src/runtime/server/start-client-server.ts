import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { type Clock, systemClock } from '../../calendar/local-time.ts';
import { FactoryError } from '../../errors/factory-error.ts';
import { assertClientSlug } from '../../factory/client-slug.ts';
import { openStore } from '../../store/index.ts';
import { loadClientSetup } from '../client-setup.ts';
import { openClientRuntime } from '../open-client-runtime.ts';
import { createDailyScheduler, type DailyScheduler } from '../scheduler/daily-scheduler.ts';
import { DAILY_WORKFLOWS } from '../workflows/daily-workflows.ts';
import { runWorkflow } from '../workflows/run-workflow.ts';
import type { ClientServerRateLimit } from './client-server-options.ts';
import { createClientServer } from './create-client-server.ts';

export interface StartClientServerOptions {
  slug: string;
  clientsDir: string;
  host?: string;
  port?: number;
  /** PostgreSQL instead of the client's embedded store under `clients/<slug>/data/`. */
  databaseUrl?: string | null;
  /** Origins on other hosts allowed to call the API (the site's own origin needs none). */
  allowedOrigins?: string[];
  logger?: FastifyServerOptions['logger'];
  rateLimit?: ClientServerRateLimit | false;
  /**
   * Run the daily workflows on the client's schedule (default on, with the system clock). Tests
   * pass a fake clock and drive `scheduler.tick()` themselves (`tickMs: 0` starts no timer).
   */
  schedule?: { clock?: Clock; tickMs?: number } | false;
  /** Where operational lines go (scheduler, sandbox). Default: stderr. */
  log?: (line: string) => void;
}

export interface RunningClientServer {
  url: string;
  app: FastifyInstance;
  /** The embedded scheduler, or null when scheduling is off or the client has no automation policy. */
  scheduler: DailyScheduler | null;
  /** Graceful: stops the scheduler, stops accepting, finishes in-flight writes, closes the store. */
  close(): Promise<void>;
}

/** Opens a client's store and serves its website and API (what `factory serve` and the demo run). */
export async function startClientServer(options: StartClientServerOptions): Promise<RunningClientServer> {
  const slug = assertClientSlug(options.slug);
  const clientDir = resolve(options.clientsDir, slug);
  const websiteDir = join(clientDir, 'website');
  if (!(await isDirectory(clientDir)))
    throw new FactoryError(
      'CLIENT_NOT_FOUND',
      `there is no client "${slug}" in ${resolve(options.clientsDir)}`,
      `create it first: factory spawn-client --name ${slug} --url <their website> (or pass --clients-dir)`,
    );
  if (!(await isDirectory(websiteDir)))
    throw new FactoryError(
      'WEBSITE_MISSING',
      `client "${slug}" has no website yet (${websiteDir})`,
      `build it: factory spawn-client --name ${slug} (it resumes and builds what is missing)`,
    );

  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 3000;
  const store = await openStore({
    dataDir: join(clientDir, 'data'),
    databaseUrl: options.databaseUrl ?? null,
  });
  const clock = options.schedule ? (options.schedule.clock ?? systemClock) : systemClock;
  let visitorTime: Date | null = null;
  let app: FastifyInstance;
  try {
    app = await createClientServer({
      clock: () => visitorTime ?? clock(),
      brandId: slug,
      websiteDir,
      store,
      allowedOrigins: options.allowedOrigins ?? [],
      logger: options.logger ?? false,
      ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    });
    await app.listen({ host, port });
  } catch (error) {
    await store.close().catch(() => {});
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new FactoryError(
        'PORT_IN_USE',
        `port ${port} on ${host} is in use`,
        'pass --port <another port>',
      );
    throw error;
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let scheduler: DailyScheduler | null = null;
  if (options.schedule !== false) {
    try {
      const setup = await loadClientSetup(options.clientsDir, slug);
      const runtime = await openClientRuntime({
        setup,
        store,
        clock,
        app,
        setVisitorTime: (instant) => {
          visitorTime = instant;
        },
        log,
      });
      scheduler = createDailyScheduler({
        timezone: setup.policy.timezone,
        clock,
        workflows: DAILY_WORKFLOWS,
        run: async (workflow, day) => {
          const run = await runWorkflow(runtime.context, workflow, day);
          await runtime.persist();
          log(`workflow ${workflow.name} for ${day}: ${run.status}${run.error ? ` (${run.error})` : ''}`);
          return run;
        },
        log,
      });
      const tickMs = options.schedule?.tickMs ?? 30_000;
      if (tickMs > 0) scheduler.start(tickMs);
    } catch (error) {
      log(`scheduler off: ${(error as Error).message}`);
    }
  }
  return {
    url: `http://${shownHost}:${actualPort}/`,
    app,
    scheduler,
    close: async () => {
      await scheduler?.stop();
      await app.close();
    },
  };
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
