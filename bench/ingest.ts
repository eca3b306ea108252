/**
 * `npm run bench:ingest [-- --seconds 10] [--connections 32] [--batch 20]`
 * Event ingestion throughput of the client server on the embedded store (PGlite), against a bare
 * Fastify server answering a constant, measured in the same run with the same load generator
 * (a separate process on 127.0.0.1). Prints events accepted per second, p50/p99 latency, events
 * stored vs. accepted (counted in the store afterwards; they must be equal) and the ratio.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { createClientServer } from '../src/runtime/server/index.ts';
import { openStore, recordEvents } from '../src/store/index.ts';

const BRAND = 'bench-ingest';
const SITE = fileURLToPath(new URL('../test/fixtures/site-min/', import.meta.url));
const DRIVER = fileURLToPath(new URL('./drive-load.ts', import.meta.url));

interface LoadResult {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  accepted: number;
  elapsedSeconds: number;
  p50: number;
  p99: number;
}

function option(name: string, fallback: number, max: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    process.stderr.write(`${name} must be a whole number from 1 to ${max}\n`);
    process.exit(2);
  }
  return value;
}

const seconds = option('--seconds', 10, 60);
const connections = option('--connections', 32, 256);
const batch = option('--batch', 20, 100);

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

function driveLoad(origin: string, runSeconds: number): Promise<LoadResult> {
  const prefix = randomBytes(4).toString('hex');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', DRIVER, origin, String(runSeconds), String(connections), String(batch), prefix],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), (runSeconds + 30) * 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(killer);
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}

/**
 * The ceiling: the same store taking groups the size a full round of connections brings
 * (connections × batch events), written back to back in this process with no HTTP at all.
 */
async function measureStoreAlone(
  store: Awaited<ReturnType<typeof openStore>>,
  runSeconds: number,
): Promise<{ eventsPerSecond: number; groupSize: number }> {
  const groupSize = connections * batch;
  const prefix = randomBytes(4).toString('hex');
  let counter = 0;
  let written = 0;
  const started = performance.now();
  while (performance.now() - started < runSeconds * 1000) {
    const at = new Date().toISOString();
    const events = Array.from({ length: groupSize }, () => ({
      id: `${prefix}-0000-4000-8000-${(counter++).toString(16).padStart(12, '0')}`,
      visitor_id: `store-visitor-${counter % 500}`,
      type: 'page_view' as const,
      at,
      url: 'https://bench.example/page',
      referrer: null,
      utm: null,
      click_ids: null,
      form: null,
    }));
    written += (await recordEvents(store, `${BRAND}-store-alone`, events)).stored;
  }
  return { eventsPerSecond: written / ((performance.now() - started) / 1000), groupSize };
}

function bareServer(): FastifyInstance {
  const app = Fastify({ logger: false });
  app.post('/api/events', async (_request, reply) => reply.code(202).send({ stored: batch, duplicates: 0 }));
  return app;
}

const format = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

process.stdout.write(
  `bench:ingest — ${seconds} s per server, ${connections} connections, batches of ${batch} events, ` +
    `${cpus().length} CPUs, Node ${process.version}\n\n`,
);

// Baseline: the same HTTP stack answering a constant.
const bare = bareServer();
const bareOrigin = await listen(bare);
await driveLoad(bareOrigin, 1); // warm-up
const bareResult = await driveLoad(bareOrigin, seconds);
await bare.close();

const dataDir = await mkdtemp(join(tmpdir(), 'factory-bench-'));
const store = await openStore({ dataDir, log: () => {} });
const client = await createClientServer({
  brandId: BRAND,
  websiteDir: SITE,
  store,
  allowedOrigins: [],
  rateLimit: false,
  logger: false,
});
const clientOrigin = await listen(client);
let clientResult: LoadResult;
let warmup: LoadResult;
let storedEvents: number;
let storeAlone: { eventsPerSecond: number; groupSize: number };
try {
  warmup = await driveLoad(clientOrigin, 1);
  clientResult = await driveLoad(clientOrigin, seconds);
  const { rows } = await store.query<{ n: number }>(
    'select count(*)::int as n from events where brand_id = $1',
    [BRAND],
  );
  storedEvents = rows[0]!.n;
  storeAlone = await measureStoreAlone(store, Math.min(seconds, 3));
} finally {
  await client.close(); // closes the store too
  await rm(dataDir, { recursive: true, force: true });
}

const rate = (result: LoadResult) => result.accepted / result.elapsedSeconds;
const rows: [string, string, string][] = [
  ['', 'client server (PGlite)', 'bare Fastify (constant)'],
  ['events accepted / s', format(rate(clientResult)), format(rate(bareResult))],
  [
    'requests / s',
    format(clientResult.requests / clientResult.elapsedSeconds),
    format(bareResult.requests / bareResult.elapsedSeconds),
  ],
  ['p50 latency (ms)', format(clientResult.p50, 1), format(bareResult.p50, 1)],
  ['p99 latency (ms)', format(clientResult.p99, 1), format(bareResult.p99, 1)],
  [
    'non-202 answers',
    format(clientResult.requests - (clientResult.statuses['202'] ?? 0)),
    format(bareResult.requests - (bareResult.statuses['202'] ?? 0)),
  ],
  ['transport errors', format(clientResult.errors), format(bareResult.errors)],
];
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows)
  process.stdout.write(
    `${row.map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('   ')}\n`,
  );

const acceptedTotal = warmup.accepted + clientResult.accepted;
const equal = acceptedTotal === storedEvents;
process.stdout.write(
  `\nevents stored vs accepted (incl. 1 s warm-up): ${format(storedEvents)} stored / ${format(acceptedTotal)} accepted — ${equal ? 'equal' : 'MISMATCH'}\n`,
);
process.stdout.write(
  `ratio to the bare server: ${format((rate(clientResult) / rate(bareResult)) * 100, 1)} %\n`,
);
process.stdout.write(
  `store alone (recordEvents, groups of ${storeAlone.groupSize} events, no HTTP): ${format(storeAlone.eventsPerSecond)} events/s — ` +
    `the client server reaches ${format((rate(clientResult) / storeAlone.eventsPerSecond) * 100, 1)} % of it\n`,
);
if (!equal) process.exitCode = 1;
