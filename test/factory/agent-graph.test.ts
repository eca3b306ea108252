import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/agents/registry.ts';
import { buildAgentGraph } from '../../src/factory/agent-graph.ts';
import { definition } from './build-fixtures.ts';

describe('buildAgentGraph', () => {
  it('orders agents so every producer comes before the agents that need its products', () => {
    const graph = buildAgentGraph([
      definition('c', ['b.txt', 'a.txt'], ['c.txt']),
      definition('a', ['input.json'], ['a.txt']),
      definition('b', ['a.txt'], ['b.txt']),
    ]);
    expect(graph.order).toEqual(['a', 'b', 'c']);
    expect(graph.dependencies.get('c')).toEqual(['a', 'b']);
    expect(graph.externalNeeds.get('a')).toEqual(['input.json']);
    expect([...graph.downstreamOf('b')].sort()).toEqual(['b', 'c']);
    expect(graph.criticalPath()).toEqual(['a', 'b', 'c']);
  });

  it('treats a produced folder as covering the files under it', () => {
    const graph = buildAgentGraph([
      definition('writer', [], ['briefs/']),
      definition('reader', ['briefs/one.md'], ['out.md']),
    ]);
    expect(graph.dependencies.get('reader')).toEqual(['writer']);
  });

  it('makes a folder need wait for every agent that writes into the folder, not only the first', () => {
    const graph = buildAgentGraph([
      definition('pages', [], ['website/index.html', 'website/theme.json']),
      definition('landings', ['website/theme.json'], ['website/lp/']),
      definition('checker', ['website/'], ['REPORT.md']),
    ]);
    expect(graph.dependencies.get('checker')).toEqual(['landings', 'pages']);
    expect(graph.order.at(-1)).toBe('checker');
  });

  it('refuses a cycle and names the agents in it', () => {
    expect(() =>
      buildAgentGraph([definition('a', ['b.txt'], ['a.txt']), definition('b', ['a.txt'], ['b.txt'])]),
    ).toThrow(/cycle among: a, b/);
  });

  it('refuses two agents producing the same artifact', () => {
    expect(() => buildAgentGraph([definition('a', [], ['x.txt']), definition('b', [], ['x.txt'])])).toThrow(
      /both a and b produce x.txt/,
    );
  });

  it('the 23 registered roles: 21 scheduled builders form one valid DAG, two run inside the orchestrator', async () => {
    const registry = await loadRegistry();
    expect(registry.all).toHaveLength(23);
    const builders = registry.all.filter((agent) => agent.definition.runs_in !== 'orchestrator');
    const graph = buildAgentGraph(builders.map((agent) => agent.definition));
    expect(graph.order).toHaveLength(21);
    expect(graph.dependencies.get('strategist')).toEqual(['brand-research', 'competitive-intelligence']);
    const built = registry.all.filter((agent) => agent.implementation).map((agent) => agent.definition.name);
    expect(built.sort()).toEqual([
      'brand-research',
      'competitive-intelligence',
      'creative-director',
      'database-schema',
      'documentation',
      'ecommerce',
      'form-conversion',
      'landing-page',
      'prompt-engineer',
      'publicist',
      'qa',
      'strategist',
      'website-backend',
      'website-designer',
      'website-strategist',
    ]);
  });
});
