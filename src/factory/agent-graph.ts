import type { AgentDefinition } from '../agents/agent-definition.ts';

/** True when a need is satisfied by a produced path; a path ending in `/` is a folder. */
function covers(produced: string, needed: string): boolean {
  if (produced === needed) return true;
  if (produced.endsWith('/') && needed.startsWith(produced)) return true;
  return needed.endsWith('/') && produced.startsWith(needed);
}

export interface AgentGraph {
  /** Agent names in a valid build order (phase, then name, among the ready ones). */
  order: string[];
  /** For each agent, the agents whose products it needs. */
  dependencies: Map<string, string[]>;
  /** For each agent, the agents that need its products. */
  dependants: Map<string, string[]>;
  /** Needs that no agent produces: inputs the factory itself provides (the source, inputs.json). */
  externalNeeds: Map<string, string[]>;
  /** Who produces a path, or undefined for an external input. */
  producerOf(path: string): string | undefined;
  /** Every agent downstream of `name`, itself included. */
  downstreamOf(name: string): Set<string>;
  /** The longest chain of dependencies (by count) — the critical path of the build. */
  criticalPath(): string[];
}

/** Builds the DAG from the agents' `needs`/`produces`; throws on a duplicate producer or a cycle. */
export function buildAgentGraph(definitions: AgentDefinition[]): AgentGraph {
  const names = definitions.map((definition) => definition.name);
  const producers = new Map<string, string>();
  for (const definition of definitions) {
    for (const path of definition.produces) {
      const existing = producers.get(path);
      if (existing) throw new Error(`both ${existing} and ${definition.name} produce ${path}`);
      producers.set(path, definition.name);
    }
  }
  const producerOf = (path: string) => {
    for (const [produced, agent] of producers) if (covers(produced, path)) return agent;
    return undefined;
  };
  const producersOf = (path: string) => [
    ...new Set([...producers].filter(([produced]) => covers(produced, path)).map(([, agent]) => agent)),
  ];

  const dependencies = new Map<string, string[]>();
  const dependants = new Map<string, string[]>(names.map((name) => [name, []]));
  const externalNeeds = new Map<string, string[]>();
  for (const definition of definitions) {
    const upstream = new Set<string>();
    const external: string[] = [];
    for (const need of definition.needs) {
      // A folder need ("website/") waits for every agent that writes into it, not just the first.
      const found = producersOf(need);
      if (found.length === 0) external.push(need);
      for (const producer of found) if (producer !== definition.name) upstream.add(producer);
    }
    dependencies.set(definition.name, [...upstream].sort());
    externalNeeds.set(definition.name, external);
    for (const producer of upstream) dependants.get(producer)?.push(definition.name);
  }

  const phase = new Map(definitions.map((definition) => [definition.name, definition.phase]));
  const remaining = new Map(names.map((name) => [name, dependencies.get(name)?.length ?? 0]));
  const order: string[] = [];
  const byPhaseThenName = (a: string, b: string) =>
    (phase.get(a) ?? 0) - (phase.get(b) ?? 0) || a.localeCompare(b);
  let ready = names.filter((name) => remaining.get(name) === 0).sort(byPhaseThenName);
  while (ready.length > 0) {
    const next = ready.shift()!;
    order.push(next);
    for (const dependant of dependants.get(next) ?? []) {
      const left = (remaining.get(dependant) ?? 0) - 1;
      remaining.set(dependant, left);
      if (left === 0) ready = [...ready, dependant].sort(byPhaseThenName);
    }
  }
  if (order.length !== names.length) {
    const stuck = names.filter((name) => !order.includes(name));
    throw new Error(`the agents' needs and produces form a cycle among: ${stuck.join(', ')}`);
  }

  const downstreamOf = (name: string) => {
    const seen = new Set<string>([name]);
    const stack = [name];
    while (stack.length > 0) {
      for (const dependant of dependants.get(stack.pop()!) ?? []) {
        if (!seen.has(dependant)) {
          seen.add(dependant);
          stack.push(dependant);
        }
      }
    }
    return seen;
  };

  const criticalPath = () => {
    const longest = new Map<string, string[]>();
    for (const name of order) {
      let best: string[] = [];
      for (const dependency of dependencies.get(name) ?? []) {
        const chain = longest.get(dependency) ?? [];
        if (chain.length > best.length) best = chain;
      }
      longest.set(name, [...best, name]);
    }
    return [...longest.values()].reduce<string[]>(
      (best, chain) => (chain.length > best.length ? chain : best),
      [],
    );
  };

  return { order, dependencies, dependants, externalNeeds, producerOf, downstreamOf, criticalPath };
}
