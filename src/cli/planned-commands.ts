import type { Command } from 'commander';
import { FactoryError } from '../errors/factory-error.ts';
import { withClientsDir } from './common-options.ts';

interface PlannedCommand {
  usage: string;
  description: string;
  plannedIn: string;
  options?: [flags: string, description: string][];
}

/** DESIGN §3 commands whose capability is not built yet: listed in --help, refused plainly when run. */
const PLANNED: PlannedCommand[] = [
  {
    usage: 'modify-client <slug> <request>',
    description: 're-run only the agents a change touches',
    plannedIn: 'a later issue',
  },
  {
    usage: 'debug-client <slug>',
    description: 'health checks and integration tests, as a report',
    plannedIn: 'Integration',
  },
  {
    usage: 'export <slug> <target>',
    description: 'n8n workflow files, Neo4j Cypher, or docker compose (n8n|cypher|compose)',
    plannedIn: 'a later issue',
  },
];

export function registerPlannedCommands(program: Command): void {
  for (const planned of PLANNED) {
    const [name] = planned.usage.split(' ');
    const command = program.command(planned.usage).description(`${planned.description} [not built yet]`);
    for (const [flags, description] of planned.options ?? []) command.option(flags, description);
    withClientsDir(command);
    command.action(() => {
      throw new FactoryError(
        'NOT_BUILT',
        `factory ${name} is not built yet`,
        `it is planned in "${planned.plannedIn}"; today the factory can: demo, spawn-client, serve, simulate, run-workflow, decisions, generate-proposal, list, status, agents`,
      );
    });
  }
}
