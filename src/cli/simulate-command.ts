import { type Command, InvalidArgumentError, Option } from 'commander';
import { isDay } from '../calendar/calendar-days.ts';
import { BUDGET_POLICIES, type BudgetPolicyName } from '../runtime/runtime-context.ts';
import {
  DEFAULT_SIMULATION_START,
  type SimulationResult,
  simulateClient,
} from '../runtime/simulate/simulate-client.ts';
import { parsePositiveInteger, withClientsDir } from './common-options.ts';

interface SimulateFlags {
  days: number;
  seed: number;
  policy: BudgetPolicyName;
  start: string;
  json?: boolean;
  clientsDir: string;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1)
    throw new InvalidArgumentError('--seed must be a whole number from 0 to 2147483647');
  return seed;
}

function parseDay(value: string): string {
  if (!isDay(value)) throw new InvalidArgumentError(`--start must be a day like 2026-03-02 (got "${value}")`);
  return value;
}

/** `factory simulate <slug>`: the client's whole system against the sandbox market, scored against its oracle. */
export function registerSimulateCommand(program: Command): void {
  const command = program
    .command('simulate <slug>')
    .description(
      'run the client system against the sandbox ad market in simulated time, scored against the oracle',
    )
    .option('--days <n>', 'simulated days', parsePositiveInteger('--days'), 90)
    .option('--seed <n>', 'random seed of the market', parseSeed, 42)
    .addOption(
      new Option('--policy <policy>', 'who sets the budgets').choices([...BUDGET_POLICIES]).default('agents'),
    )
    .option('--start <YYYY-MM-DD>', 'first simulated day', parseDay, DEFAULT_SIMULATION_START)
    .option('--json', 'machine-readable output');
  withClientsDir(command);
  command.action(async (slug: string, flags: SimulateFlags) => {
    if (flags.days > 730) throw new InvalidArgumentError('--days must be at most 730');
    const progress = !flags.json && process.stderr.isTTY;
    const result = await simulateClient({
      clientsDir: flags.clientsDir,
      slug,
      days: flags.days,
      seed: flags.seed,
      policy: flags.policy,
      startDate: flags.start,
      ...(progress
        ? {
            onDay: (day: string, index: number) =>
              process.stderr.write(`\rday ${index + 1}/${flags.days} (${day})`),
          }
        : {}),
    });
    if (progress) process.stderr.write('\r\x1b[K');
    process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : renderSimulation(result));
  });
}

export function renderSimulation(result: SimulationResult): string {
  const money = (value: number) => `$${value.toFixed(2)}`;
  const allocation = (values: Record<string, number>) =>
    Object.entries(values)
      .map(([id, value]) => `${id} ${money(value)}`)
      .join(', ');
  const lines = [
    `Simulated ${result.days} days of ${result.slug} (${result.from} → ${result.to}), seed ${result.seed}, policy ${result.policy}`,
    '',
    `  conversions (policy)         ${result.conversions.toFixed(1)}`,
    `  conversions (oracle)         ${result.oracle_conversions.toFixed(1)}`,
    `  oracle_share                 ${result.oracle_share.toFixed(3)}`,
    `  guardrail violations         ${result.guardrail_violations}`,
    `  decisions taken              ${result.decisions}${
      Object.keys(result.decisions_by_kind).length
        ? ` (${Object.entries(result.decisions_by_kind)
            .map(([kind, count]) => `${kind} ${count}`)
            .join(', ')})`
        : ''
    }`,
    `  impressions, tired creative  ${(result.fatigued_impression_share * 100).toFixed(1)}%`,
    `  dead letters                 ${result.dead_letters}`,
    `  leads created                ${result.leads_created}`,
    `  workflow runs                ${result.workflow_runs.succeeded} succeeded, ${result.workflow_runs.failed} failed`,
    '',
    `  budgets at start  ${allocation(result.starting_allocation)}`,
    `  budgets at end    ${allocation(result.final_allocation)}`,
    `  oracle            ${allocation(result.oracle_allocation)}`,
    '',
    `Took ${(result.elapsed_ms / 1000).toFixed(1)} s (${(result.days / (result.elapsed_ms / 1000)).toFixed(1)} simulated days a second).`,
  ];
  for (const violation of result.violations.slice(0, 5))
    lines.push(`  violation on ${violation.day}: ${violation.rule} — ${violation.detail}`);
  return `${lines.join('\n')}\n`;
}
