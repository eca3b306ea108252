import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { AgentDefinition } from '../../src/agents/agent-definition.ts';
import type { BuilderAgent } from '../../src/agents/builder-agent.ts';
import type { AgentRegistry, RegisteredAgent } from '../../src/agents/registry.ts';

export function definition(
  name: string,
  needs: string[],
  produces: string[],
  extra: Partial<AgentDefinition> = {},
): AgentDefinition {
  return {
    name,
    description: `${name} for tests`,
    phase: 1,
    phase_name: 'research',
    needs,
    produces,
    status: 'built',
    required: true,
    body: '## Role\n## Goal\n## Constraints\n## Success criteria',
    file: `${name}.md`,
    ...extra,
  };
}

export interface Recorder {
  runs: string[];
}

/** An agent that concatenates its needs into its one product, so tests can follow data through the DAG. */
export function concatAgent(
  def: AgentDefinition,
  recorder: Recorder,
  behaviour: { fail?: boolean; delayMs?: number; onRun?: () => void } = {},
): RegisteredAgent {
  const implementation: BuilderAgent<{ parts: string[] }, { text: string }> = {
    definition: def,
    schema: z.object({ text: z.string() }),
    async distill(workspace) {
      const parts = [];
      for (const need of def.needs)
        parts.push((await workspace.exists(need)) ? await workspace.readText(need) : `(no ${need})`);
      return { parts };
    },
    async offline(input, context) {
      recorder.runs.push(def.name);
      behaviour.onRun?.();
      if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
      if (behaviour.fail) throw new Error(`${def.name} broke`);
      context.note('decision', `${def.name} joined ${input.parts.length} parts`);
      return { text: `${def.name}(${input.parts.join('+')})` };
    },
    validate: () => [],
    render: (output) => def.produces.map((path) => ({ path, content: output.text })),
  };
  return { definition: def, implementation: implementation as unknown as BuilderAgent<unknown, unknown> };
}

export function plannedAgent(def: AgentDefinition): RegisteredAgent {
  return { definition: { ...def, status: 'planned', planned_in: 'Later' }, implementation: null };
}

export function registryOf(agents: RegisteredAgent[]): AgentRegistry {
  const byName = new Map(agents.map((agent) => [agent.definition.name, agent]));
  return { all: agents, get: (name) => byName.get(name) };
}

export async function clientDirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factory-build-'));
  for (const [path, content] of Object.entries(files)) await writeFile(join(dir, path), content);
  return dir;
}
