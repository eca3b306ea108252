import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Command, Option } from 'commander';
import { loadRegistry } from '../agents/registry.ts';
import { silentReporter } from '../factory/build-reporter.ts';
import { type SpawnClientResult, spawnClient } from '../factory/spawn-client.ts';
import { CostBudget, parseModelSpec, resolveModelSpec } from '../llm/index.ts';
import type { CrawlProgressEvent } from '../research/crawler/index.ts';
import { parsePositiveInteger, withClientsDir, withModelOptions } from './common-options.ts';
import { lineReporter } from './reporters/line-reporter.ts';
import { listrReporter } from './reporters/listr-reporter.ts';

export interface SpawnFlags {
  name: string;
  url?: string;
  file?: string;
  budget?: number;
  model?: string;
  maxCost?: number;
  from?: string;
  only?: string;
  force?: boolean;
  clientsDir: string;
  allowPrivateNetwork?: boolean;
  maxPages?: number;
  concurrency?: number;
  json?: boolean;
}

function crawlProgress(event: CrawlProgressEvent): void {
  const mark = event.kind === 'fetched' ? '+' : event.kind === 'warning' ? '!' : '-';
  const why =
    event.kind === 'fetched'
      ? ''
      : ` (${event.kind === 'skipped' ? 'skipped' : 'warning'}${event.message ? `: ${event.message}` : ''})`;
  process.stdout.write(`  ${mark} ${event.url}${why}\n`);
}

/** Runs a spawn with the display that suits where output goes (live list, lines, or nothing for --json). */
export async function runSpawn(flags: SpawnFlags, command: string): Promise<SpawnClientResult> {
  const registry = await loadRegistry();
  const model = parseModelSpec(resolveModelSpec({ flag: flags.model, env: process.env }));
  const reporter = flags.json
    ? silentReporter
    : process.stdout.isTTY
      ? listrReporter()
      : lineReporter((line) => process.stdout.write(`${line}\n`));
  return spawnClient({
    slug: flags.name,
    url: flags.url,
    file: flags.file,
    budget: flags.budget,
    clientsDir: flags.clientsDir,
    registry,
    model,
    budgetGuard: new CostBudget(flags.maxCost ?? null),
    env: process.env,
    selection: { from: flags.from, only: flags.only, force: flags.force },
    crawl: {
      allowPrivateNetwork: flags.allowPrivateNetwork ?? false,
      ...(flags.maxPages ? { maxPages: flags.maxPages } : {}),
      ...(flags.json ? {} : { onProgress: crawlProgress }),
    },
    concurrency: flags.concurrency,
    reporter,
    onSource: flags.json ? undefined : (message) => process.stdout.write(`${message}\n`),
    command,
  });
}

const KEY_FILES: [path: string, label: string][] = [
  ['brand-config.json', 'Master configuration'],
  ['research/brand-profile.md', 'Brand profile'],
  ['research/competitive-landscape.md', 'Competitive landscape'],
  ['strategy/campaign-plan.md', 'Campaign plan'],
  ['creative/creative-strategy.md', 'Creative strategy and briefs'],
  ['creative/ad-copy.json', 'Ad copy'],
  ['content-requests/README.md', 'Content requests for the client'],
  ['automation/policy.json', 'Runtime prompts and guardrail policy'],
  ['docs/system-overview.md', 'Client documentation'],
  ['proposal/index.html', 'Proposal (open in a browser, print to PDF)'],
  ['QA-REPORT.md', 'QA report'],
  ['.build-context.md', 'Build notes'],
  ['.manifest.json', 'Manifest'],
];

/** The human summary after a build: what happened and where to look. */
export function printSpawnResult(result: SpawnClientResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const count = (status: string) => result.agents.filter((agent) => agent.status === status).length;
  const where = relative(process.cwd(), result.dir) || '.';
  const lines = [''];
  if (result.status === 'failed') {
    lines.push(
      `✗ ${result.client}: the build failed; ${result.fetchedSource ? 'nothing was kept' : 'files from earlier builds were kept'}.`,
    );
    for (const agent of result.agents.filter((a) => a.status === 'failed' || a.status === 'blocked')) {
      lines.push(`  ${agent.name}: ${agent.message?.split('\n')[0]}`);
    }
  } else {
    lines.push(
      `✓ ${result.client} built in ${(result.durationMs / 1000).toFixed(1)} s: ${count('ran')} ran, ${count('resumed')} resumed, ${count('not-built')} not built yet.`,
      `  Client directory: ${where}/`,
    );
    for (const [path, label] of KEY_FILES) {
      if (existsSync(join(result.dir, path))) lines.push(`  ${label}: ${where}/${path}`);
    }
    if (result.store) {
      const target = process.env.DATABASE_URL
        ? 'the DATABASE_URL database'
        : `${where}/data/ (embedded PostgreSQL)`;
      lines.push(
        `  Store: ${target}; ${result.store.inserted} rows added, ${result.store.updated} updated, ${result.store.unchanged} unchanged`,
      );
    }
    if (result.costUsd !== null && result.costUsd > 0)
      lines.push(`  Model cost: $${result.costUsd.toFixed(4)}`);
  }
  if (result.warnings.length > 0) {
    lines.push(`  ${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''}:`);
    for (const warning of result.warnings.slice(0, 10)) lines.push(`    - ${warning}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerSpawnClientCommand(program: Command): void {
  const command = program
    .command('spawn-client')
    .description('research a client from its website or a brief, and build its marketing system')
    .requiredOption('--name <slug>', 'client name: lowercase letters, digits and hyphens')
    .option('--url <url>', "the client's website")
    .option('--file <brief.txt>', 'a plain-text description of the business, instead of a website')
    .option('--budget <usd>', 'monthly ad budget in USD (default 3000)', parsePositiveInteger('--budget'))
    .option('--from <agent>', 're-run this agent and everything that depends on it')
    .option('--only <agent>', 'run only this agent')
    .option('--force', 'rebuild everything, even what is unchanged')
    .option(
      '--allow-private-network',
      'allow crawling private and loopback addresses (e.g. a site on 127.0.0.1)',
    )
    .option('--max-pages <n>', 'most pages to crawl (default 25)', parsePositiveInteger('--max-pages'))
    .addOption(
      new Option('--concurrency <n>', 'agents run at once')
        .argParser(parsePositiveInteger('--concurrency'))
        .default(4),
    )
    .option('--json', 'print a machine-readable summary');
  withModelOptions(command);
  withClientsDir(command);
  command.action(async (flags: SpawnFlags) => {
    const result = await runSpawn(flags, `spawn-client --name ${flags.name}`);
    printSpawnResult(result, flags.json ?? false);
    if (result.status === 'failed') process.exitCode = 1;
  });
}
