/**
 * `npm run bench:simulate [-- --days 90 --seed 42]`
 * Simulated days per second of one client's whole system (every daily workflow on the real
 * embedded store, the sandbox market's visitors posting through the client's API), built from the
 * fixture brief test/fixtures/harbor-brief.txt with two platforms. Baselines in the same run: the
 * same simulation under the `static` policy (no optimisation, so the cost of the agents shows), and
 * the sandbox market alone (no workflows, no store: the floor set by the simulator itself).
 */

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { addDays } from '../src/calendar/calendar-days.ts';
import { loadClientSetup } from '../src/runtime/client-setup.ts';
import { clientSandboxMarket } from '../src/runtime/sandbox/client-sandbox-market.ts';
import { DEFAULT_SIMULATION_START, simulateClient } from '../src/runtime/simulate/simulate-client.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    process.stderr.write(`${name} needs a positive whole number\n`);
    process.exit(2);
  }
  return value;
}

const days = option('--days', 90);
const seed = option('--seed', 42);
const work = await mkdtemp(join(tmpdir(), 'bench-simulate-'));
try {
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'bin/factory.js'),
      'spawn-client',
      '--name',
      'harbor',
      '--file',
      join(root, 'test/fixtures/harbor-brief.txt'),
      '--budget',
      '6000',
      '--clients-dir',
      work,
      '--json',
    ],
    { cwd: root, maxBuffer: 32 * 1024 * 1024 },
  );
  const setup = await loadClientSetup(work, 'harbor');

  const marketStarted = performance.now();
  const market = clientSandboxMarket(setup, {
    seed,
    startDate: DEFAULT_SIMULATION_START,
    now: () => new Date(`${DEFAULT_SIMULATION_START}T12:00:00Z`),
  });
  await market.advanceThrough(addDays(DEFAULT_SIMULATION_START, days - 1));
  const marketSeconds = (performance.now() - marketStarted) / 1000;

  const figures: [string, number, string][] = [];
  for (const policy of ['agents', 'static'] as const) {
    const result = await simulateClient({ clientsDir: work, slug: 'harbor', days, seed, policy });
    const seconds = result.elapsed_ms / 1000;
    figures.push([
      `whole system, policy ${policy}`,
      days / seconds,
      `${seconds.toFixed(1)} s; ${result.leads_created} leads through the API, ${result.decisions} decisions`,
    ]);
  }
  figures.push([
    'baseline: sandbox market alone',
    days / marketSeconds,
    `${marketSeconds.toFixed(2)} s, no visitors, no store`,
  ]);
  process.stdout.write(
    `bench:simulate — ${days} days, seed ${seed}, client harbor (${setup.seed.campaigns.length} campaigns, ${setup.seed.ads.length} ads)\n\n`,
  );
  for (const [label, perSecond, detail] of figures)
    process.stdout.write(
      `  ${label.padEnd(34)} ${perSecond.toFixed(1).padStart(8)} simulated days/s  (${detail})\n`,
    );
} finally {
  await rm(work, { recursive: true, force: true });
}
