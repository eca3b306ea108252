/**
 * `npm run eval:optimizer [-- --seeds 10 --days 90 --jobs 2 --check]`
 * Spawns a client from the fixture site in eval/fixtures/optimizer-site (a fictional gym, served on
 * 127.0.0.1 and crawled for real), then runs `factory simulate` for every seed under the three
 * budget policies (agents, static, roas-proportional) and prints each policy's share of the
 * oracle: the best fixed allocation under the same hard constraints, known to the sandbox market.
 * --check exits 1 unless every run had zero guardrail violations (the one hard requirement);
 * the other aims (median agents share ≥ 0.90, above both baselines on ≥ 9 of 10 seeds) are reported.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { serveFolder } from '../src/runtime/serve-folder.ts';
import type { SimulationResult } from '../src/runtime/simulate/simulate-client.ts';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const factory = join(root, 'bin/factory.js');
const POLICIES = ['agents', 'static', 'roas-proportional'] as const;
/** The smallest budget at which the fitness playbook keeps all three platforms over $50 a day is ~$10,131. */
const MONTHLY_BUDGET = 10_500;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    process.stderr.write(`${name} needs a positive whole number\n`);
    process.exit(2);
  }
  return value;
}

const seeds = option('--seeds', 10);
const days = option('--days', 90);
const jobs = option('--jobs', 2);
const check = process.argv.includes('--check');

const work = await mkdtemp(join(tmpdir(), 'eval-optimizer-'));
const site = await serveFolder(join(root, 'eval/fixtures/optimizer-site'));
try {
  const started = performance.now();
  await run(
    process.execPath,
    [
      factory,
      'spawn-client',
      '--name',
      'ridgeline',
      '--url',
      site.url,
      '--allow-private-network',
      '--budget',
      String(MONTHLY_BUDGET),
      '--clients-dir',
      work,
      '--json',
    ],
    { cwd: root, maxBuffer: 32 * 1024 * 1024 },
  );
  await site.close();
  process.stdout.write(
    `Spawned ridgeline from eval/fixtures/optimizer-site with $${MONTHLY_BUDGET} a month in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `${seeds} seeds × ${POLICIES.length} policies × ${days} days, ${jobs} at a time\n\n`,
  );

  const limit = pLimit(jobs);
  const results = await Promise.all(
    Array.from({ length: seeds }, (_, index) => index + 1).flatMap((seed) =>
      POLICIES.map((policy) =>
        limit(async () => {
          const { stdout } = await run(
            process.execPath,
            [
              factory,
              'simulate',
              'ridgeline',
              '--days',
              String(days),
              '--seed',
              String(seed),
              '--policy',
              policy,
              '--clients-dir',
              work,
              '--json',
            ],
            { cwd: root, maxBuffer: 32 * 1024 * 1024 },
          );
          return JSON.parse(stdout) as SimulationResult;
        }),
      ),
    ),
  );
  const bySeed = new Map<number, Record<string, SimulationResult>>();
  for (const result of results)
    bySeed.set(result.seed, { ...bySeed.get(result.seed), [result.policy]: result });

  const header = [
    'seed',
    'agents',
    'static',
    'roas-prop',
    'agents best',
    'violations',
    'decisions',
    'tired imps',
    'dead letters',
    'leads',
  ];
  const rows = [...bySeed.entries()].map(([seed, byPolicy]) => {
    const agents = byPolicy.agents as SimulationResult;
    const others = [byPolicy.static, byPolicy['roas-proportional']] as SimulationResult[];
    const best = others.every((other) => agents.oracle_share > other.oracle_share);
    return {
      seed,
      best,
      cells: [
        String(seed),
        agents.oracle_share.toFixed(3),
        (byPolicy.static as SimulationResult).oracle_share.toFixed(3),
        (byPolicy['roas-proportional'] as SimulationResult).oracle_share.toFixed(3),
        best ? 'yes' : 'no',
        POLICIES.map((policy) => byPolicy[policy]?.guardrail_violations ?? 0).join('/'),
        String(agents.decisions),
        `${(agents.fatigued_impression_share * 100).toFixed(1)}%`,
        String(agents.dead_letters),
        String(agents.leads_created),
      ],
    };
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row.cells[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ');
  process.stdout.write(`${line(header)}\n${rows.map((row) => line(row.cells)).join('\n')}\n\n`);

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  const shares = (policy: string) =>
    results.filter((result) => result.policy === policy).map((result) => result.oracle_share);
  const violations = results.reduce((sum, result) => sum + result.guardrail_violations, 0);
  const wins = rows.filter((row) => row.best).length;
  const seconds = results.reduce((sum, result) => sum + result.elapsed_ms, 0) / 1000;
  process.stdout.write(
    `median oracle_share: agents ${median(shares('agents')).toFixed(3)}, static ${median(shares('static')).toFixed(3)}, roas-proportional ${median(shares('roas-proportional')).toFixed(3)}\n` +
      `agents above both baselines on ${wins} of ${rows.length} seeds (aim: ≥ 9 of 10); median aim ≥ 0.90 (ultimately 0.95)\n` +
      `guardrail violations over all ${results.length} runs: ${violations} (must be 0)\n` +
      `simulation time: ${seconds.toFixed(0)} s in all, ${((results.length * days) / seconds).toFixed(1)} simulated days a second per process\n`,
  );
  for (const result of results.filter((candidate) => candidate.guardrail_violations > 0).slice(0, 3))
    process.stdout.write(
      `  ${result.policy} seed ${result.seed}: ${JSON.stringify(result.violations.slice(0, 3))}\n`,
    );
  if (check && violations > 0) process.exitCode = 1;
} finally {
  await site.close().catch(() => {});
  await rm(work, { recursive: true, force: true });
}
