import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Clock, localTime } from '../calendar/local-time.ts';
import type { VisitorSink } from '../connectors/ad-platform.ts';
import { createLocalEmbedder } from '../connectors/embeddings/local-embedder.ts';
import { realSleep, retryingConnector, type Sleep } from '../connectors/retrying-connector.ts';
import {
  restoreSandboxMarket,
  type SandboxMarket,
  type SandboxMarketState,
} from '../connectors/sandbox/sandbox-market.ts';
import { writeFileAtomic } from '../factory/write-file-atomic.ts';
import type { Store } from '../store/index.ts';
import type { ClientSetup } from './client-setup.ts';
import type { RuntimeContext } from './runtime-context.ts';
import { clientSandboxMarket, SANDBOX_SITE_URL } from './sandbox/client-sandbox-market.ts';
import { injectingVisitorSink } from './sandbox/injecting-visitor-sink.ts';

/** Where a client's sandbox ad market keeps its state between runs. */
export const SANDBOX_STATE_FILE = 'data/sandbox-market.json';

export interface ClientRuntime {
  context: RuntimeContext;
  market: SandboxMarket;
  /** Writes the sandbox market's state (after a workflow or a decision changed it). */
  persist(): Promise<void>;
}

/**
 * The runtime of a built client outside a simulation (`factory serve`, `run-workflow`,
 * `decisions`): its store, the sandbox ad market (the default connector, its state kept in
 * `data/sandbox-market.json` so every process continues the same market) behind the retry policy,
 * and the client's server as the place the market's visitors go.
 */
export async function openClientRuntime(options: {
  setup: ClientSetup;
  store: Store;
  clock: Clock;
  /** The client's server: the sandbox's visitors post to it in-process. Without it, none are sent. */
  app?: FastifyInstance;
  /** Lets the visitors' moments show on the server's clock (see injectingVisitorSink). */
  setVisitorTime?: (instant: Date | null) => void;
  sleep?: Sleep;
  log?: (line: string) => void;
}): Promise<ClientRuntime> {
  const { setup, store, clock } = options;
  const statePath = join(setup.clientDir, SANDBOX_STATE_FILE);
  const visitors: VisitorSink | undefined = options.app
    ? injectingVisitorSink(options.app, options.setVisitorTime ?? (() => {}))
    : undefined;
  const saved = await readState(statePath);
  const market = saved
    ? restoreSandboxMarket(saved, {
        now: clock,
        siteUrl: SANDBOX_SITE_URL,
        ...(visitors ? { visitors } : {}),
      })
    : clientSandboxMarket(setup, {
        seed: seedOf(setup.slug),
        startDate: localTime(clock(), setup.policy.timezone).day,
        now: clock,
        ...(visitors ? { visitors } : {}),
      });
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const ads = retryingConnector(market, {
    store,
    brandId: setup.slug,
    retry: {
      backoffSeconds: setup.policy.external_calls.retry_backoff_seconds,
      sleep: options.sleep ?? realSleep,
    },
    clock,
  });
  const persist = () => writeFileAtomic(statePath, `${JSON.stringify(market.toState())}\n`);
  if (!saved) await persist();
  return {
    market,
    persist,
    context: {
      setup,
      brandId: setup.slug,
      store,
      ads,
      clock,
      seed: seedOf(setup.slug),
      budgetPolicy: 'agents',
      embedder: createLocalEmbedder(),
      log,
    },
  };
}

async function readState(path: string): Promise<SandboxMarketState | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as SandboxMarketState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(
      `${path} is not a sandbox market state (${(error as Error).message}); delete it to start a new market`,
    );
  }
}

/** A stable seed per client, so a client's sandbox market is the same on every machine. */
function seedOf(slug: string): number {
  let hash = 2166136261;
  for (const char of slug) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
