import { type Command, InvalidArgumentError } from 'commander';
import { isDay } from '../calendar/calendar-days.ts';
import { localTime, systemClock, zonedInstant } from '../calendar/local-time.ts';
import { FactoryError } from '../errors/factory-error.ts';
import { withClientRuntime } from '../runtime/client-runtime-session.ts';
import { loadClientSetup } from '../runtime/client-setup.ts';
import { DAILY_WORKFLOWS, findWorkflow } from '../runtime/workflows/daily-workflows.ts';
import { runWorkflow } from '../runtime/workflows/run-workflow.ts';
import { withClientsDir } from './common-options.ts';

function parseDay(value: string): string {
  if (!isDay(value)) throw new InvalidArgumentError(`--date must be a day like 2026-03-02 (got "${value}")`);
  return value;
}

/** `factory run-workflow <slug> <workflow> [--date]`: one workflow, now (or as if at its hour on --date). */
export function registerRunWorkflowCommand(program: Command): void {
  const command = program
    .command('run-workflow <slug> <workflow>')
    .description(`run one workflow now: ${DAILY_WORKFLOWS.map((workflow) => workflow.name).join(' | ')}`)
    .option('--date <YYYY-MM-DD>', 'run it for this local day, as if at its scheduled hour', parseDay)
    .option('--json', 'machine-readable output');
  withClientsDir(command);
  command.action(
    async (slug: string, name: string, flags: { date?: string; json?: boolean; clientsDir: string }) => {
      const workflow = findWorkflow(name);
      if (!workflow)
        throw new FactoryError(
          'UNKNOWN_WORKFLOW',
          `there is no workflow "${name}"`,
          `choose one of: ${DAILY_WORKFLOWS.map((candidate) => candidate.name).join(', ')}`,
        );
      const { policy } = await loadClientSetup(flags.clientsDir, slug);
      const date = flags.date;
      const clock = date ? () => zonedInstant(date, workflow.at, policy.timezone) : systemClock;
      const day = date ?? localTime(systemClock(), policy.timezone).day;
      const run = await withClientRuntime(
        { clientsDir: flags.clientsDir, slug, clock, databaseUrl: process.env.DATABASE_URL || null },
        ({ context }) =>
          runWorkflow(context, workflow, day, { runKey: `${day}#manual-${systemClock().toISOString()}` }),
      );
      if (flags.json) process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
      else {
        const facts = Object.entries(run.output ?? {})
          .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${value}`)
          .join(', ');
        process.stdout.write(`${workflow.name} for ${day}: ${run.status}${facts ? ` — ${facts}` : ''}\n`);
      }
      if (run.status === 'failed') {
        process.stderr.write(
          `error: ${run.error} — the run is recorded; see dead letters with factory decisions ${slug}\n`,
        );
        process.exitCode = 1;
      }
    },
  );
}
