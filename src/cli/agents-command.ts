import type { Command } from 'commander';
import { loadRegistry } from '../agents/registry.ts';
import { buildAgentGraph } from '../factory/agent-graph.ts';

export function registerAgentsCommand(program: Command): void {
  program
    .command('agents')
    .description(
      'list the builder agents, their phase, what they need and produce, and whether they are built',
    )
    .option('--json', 'machine-readable output')
    .action(async (flags: { json?: boolean }) => {
      const registry = await loadRegistry();
      const graph = buildAgentGraph(
        registry.all.filter((a) => a.definition.runs_in !== 'orchestrator').map((a) => a.definition),
      );
      const rows = registry.all.map(({ definition }) => ({
        name: definition.name,
        phase: definition.phase,
        phase_name: definition.phase_name,
        status: definition.status,
        required: definition.required,
        needs: definition.needs,
        produces: definition.produces,
        depends_on: graph.dependencies.get(definition.name) ?? [],
        planned_in: definition.planned_in ?? null,
      }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(...rows.map((row) => row.name.length));
      for (const row of rows) {
        const state = row.status === 'built' ? 'built' : `planned (${row.planned_in})`;
        process.stdout.write(
          `${String(row.phase)} ${row.phase_name.padEnd(13)} ${row.name.padEnd(width)}  ${state}\n`,
        );
      }
    });
}
