/**
 * The load generator of `bench/ingest.ts`, in its own process so it does not share the server's
 * event loop: `tsx bench/drive-load.ts <origin> <seconds> <connections> <batch-size> <id-prefix>`.
 * Keeps <connections> requests in flight on keep-alive connections for <seconds>, each a fresh
 * batch of <batch-size> page views to POST /api/events, and prints one JSON line of results.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

const [origin, secondsArg, connectionsArg, batchArg, prefixArg] = process.argv.slice(2);
if (!origin || !secondsArg || !connectionsArg || !batchArg || !prefixArg)
  throw new Error('usage: drive-load.ts <origin> <seconds> <connections> <batch-size> <id-prefix (8 hex)>');
const seconds = Number(secondsArg);
const connections = Number(connectionsArg);
const batchSize = Number(batchArg);
const prefix = prefixArg;

let counter = 0;
/** A valid v4-shaped UUID, unique within the run, without the cost of randomUUID per event. */
function nextId(): string {
  counter += 1;
  return `${prefix}-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

function batchBody(): string {
  const at = new Date().toISOString();
  const events = [];
  for (let index = 0; index < batchSize; index += 1)
    events.push({
      id: nextId(),
      visitor_id: `bench-visitor-${counter % 500}`,
      type: 'page_view',
      at,
      url: `https://bench.example/page/${counter % 50}`,
      referrer: null,
      utm: null,
      click_ids: null,
      form: null,
    });
  return JSON.stringify({ events });
}

const pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
const latencies: number[] = [];
const statuses: Record<string, number> = {};
let accepted = 0;
let errors = 0;
let requests = 0;
const started = performance.now();
const deadline = started + seconds * 1000;

async function worker(): Promise<void> {
  while (performance.now() < deadline) {
    const body = batchBody();
    const sentAt = performance.now();
    try {
      const response = await pool.request({
        path: '/api/events',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.body.text();
      latencies.push(performance.now() - sentAt);
      requests += 1;
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
      if (response.statusCode === 202) {
        const result = JSON.parse(text) as { stored: number; duplicates: number };
        accepted += result.stored + result.duplicates;
      }
    } catch {
      errors += 1;
    }
  }
}

await Promise.all(Array.from({ length: connections }, () => worker()));
const elapsedSeconds = (performance.now() - started) / 1000;
await pool.close();

latencies.sort((a, b) => a - b);
const percentile = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({
    requests,
    errors,
    statuses,
    accepted,
    elapsedSeconds,
    p50: percentile(50),
    p99: percentile(99),
  })}\n`,
);
