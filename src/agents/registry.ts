import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AgentDefinition } from './agent-definition.ts';
import { brandResearch } from './brand-research/index.ts';
import type { BuilderAgent } from './builder-agent.ts';
import { competitiveIntelligence } from './competitive-intelligence/index.ts';
import { creativeDirector } from './creative-director/index.ts';
import { databaseSchema } from './database-schema/index.ts';
import { documentation } from './documentation/index.ts';
import { ecommerce } from './ecommerce/index.ts';
import { formConversion } from './form-conversion/index.ts';
import { landingPage } from './landing-page/index.ts';
import { loadDefinition } from './load-definition.ts';
import { promptEngineer } from './prompt-engineer/index.ts';
import { publicist } from './publicist/index.ts';
import { qa } from './qa/index.ts';
import { strategist } from './strategist/index.ts';
import { websiteBackend } from './website-backend/index.ts';
import { websiteDesigner } from './website-designer/index.ts';
import { websiteStrategist } from './website-strategist/index.ts';

const AGENTS_DIR = dirname(fileURLToPath(import.meta.url));

type Implementation = Omit<BuilderAgent<never, unknown>, 'definition'>;

/** The agents that are built; every other definition is registered as planned. */
const IMPLEMENTATIONS: Record<string, Implementation> = {
  'brand-research': brandResearch as unknown as Implementation,
  'competitive-intelligence': competitiveIntelligence as unknown as Implementation,
  strategist: strategist as unknown as Implementation,
  'creative-director': creativeDirector as unknown as Implementation,
  publicist: publicist as unknown as Implementation,
  'prompt-engineer': promptEngineer as unknown as Implementation,
  documentation: documentation as unknown as Implementation,
  qa: qa as unknown as Implementation,
  'database-schema': databaseSchema as unknown as Implementation,
  'website-strategist': websiteStrategist as unknown as Implementation,
  'website-designer': websiteDesigner as unknown as Implementation,
  'landing-page': landingPage as unknown as Implementation,
  'form-conversion': formConversion as unknown as Implementation,
  ecommerce: ecommerce as unknown as Implementation,
  'website-backend': websiteBackend as unknown as Implementation,
};

export interface RegisteredAgent {
  definition: AgentDefinition;
  /** Absent for planned agents and for the orchestrator, which routes and never builds. */
  implementation: BuilderAgent<unknown, unknown> | null;
}

export interface AgentRegistry {
  /** All definitions, orchestrator included, sorted by phase then name. */
  all: RegisteredAgent[];
  get(name: string): RegisteredAgent | undefined;
}

/** Loads every `src/agents/<name>/definition.md` and attaches the implementations that exist. */
export async function loadRegistry(): Promise<AgentRegistry> {
  const entries = await readdir(AGENTS_DIR, { withFileTypes: true });
  const agents: RegisteredAgent[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const definition = await loadDefinition(join(AGENTS_DIR, entry.name, 'definition.md'));
    if (definition.name !== entry.name) {
      throw new Error(
        `${definition.file}: name "${definition.name}" differs from its folder "${entry.name}"`,
      );
    }
    const implementation = IMPLEMENTATIONS[definition.name];
    if (definition.status === 'built' && !implementation && definition.runs_in !== 'orchestrator') {
      throw new Error(`${definition.file}: marked built but has no implementation in the registry`);
    }
    if (definition.status === 'planned' && implementation) {
      throw new Error(`${definition.file}: marked planned but an implementation is registered`);
    }
    agents.push({
      definition,
      implementation: implementation
        ? ({ ...implementation, definition } as unknown as BuilderAgent<unknown, unknown>)
        : null,
    });
  }
  agents.sort(
    (a, b) => a.definition.phase - b.definition.phase || a.definition.name.localeCompare(b.definition.name),
  );
  const byName = new Map(agents.map((agent) => [agent.definition.name, agent]));
  return { all: agents, get: (name) => byName.get(name) };
}
