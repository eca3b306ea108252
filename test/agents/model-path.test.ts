import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockLanguageModelV3 } from 'ai/test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuilderAgent } from '../../src/agents/builder-agent.ts';
import { loadRegistry } from '../../src/agents/registry.ts';
import { silentReporter } from '../../src/factory/build-reporter.ts';
import { clientWorkspace } from '../../src/factory/client-workspace.ts';
import { runBuild } from '../../src/factory/run-build.ts';
import { CostBudget, parseModelSpec, runAgentWithModel } from '../../src/llm/index.ts';
import { readBrief } from '../../src/research/crawler/index.ts';
import { anthropicAnswer, lastUserText } from '../llm/model-responses.ts';

const BRIEF = fileURLToPath(new URL('../fixtures/harbor-brief.txt', import.meta.url));
const MODEL = parseModelSpec('anthropic:claude-sonnet-4-5');
let dir: string;
let agents: { name: string; agent: BuilderAgent<unknown, unknown> }[];

/** A client built offline from the brief: every agent's inputs exist, so each can be distilled. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factory-model-path-'));
  await mkdir(join(dir, 'research/sources'), { recursive: true });
  await writeFile(join(dir, 'research/sources/snapshot.json'), JSON.stringify(await readBrief(BRIEF)));
  await writeFile(
    join(dir, 'inputs.json'),
    JSON.stringify({
      schema_version: 1,
      slug: 'harbor',
      source: { kind: 'brief', file: BRIEF },
      budget: { monthly: 5000, currency: 'USD' },
    }),
  );
  const registry = await loadRegistry();
  const summary = await runBuild({
    slug: 'harbor',
    dir,
    command: 'test',
    registry,
    model: parseModelSpec('offline'),
    budget: new CostBudget(null),
    env: {},
    reporter: silentReporter,
  });
  expect(summary.status).not.toBe('failed');
  agents = registry.all
    .filter((entry) => entry.implementation?.prompt)
    .map((entry) => ({ name: entry.definition.name, agent: entry.implementation! }));
});

const context = { note() {} };

describe('the model path of every built agent', () => {
  it('covers every agent that has a prompt', () => {
    expect(agents.map((entry) => entry.name).sort()).toEqual([
      'brand-research',
      'competitive-intelligence',
      'creative-director',
      'documentation',
      'landing-page',
      'prompt-engineer',
      'publicist',
      'strategist',
      'website-strategist',
    ]);
  });

  it('accepts a valid model answer: engine "model", tokens counted, research quoted as untrusted data', async () => {
    for (const { name, agent } of agents) {
      const input = await agent.distill(clientWorkspace('harbor', dir));
      const answer = await agent.offline(input, context);
      const model = new MockLanguageModelV3({
        doGenerate: [anthropicAnswer(JSON.stringify(answer), { input: 1500, output: 700 })],
      });
      const run = await runAgentWithModel({
        agent,
        input,
        model: MODEL,
        env: {},
        budget: new CostBudget(null),
        context,
        languageModel: model,
      });
      expect(run.engine, name).toBe('model');
      expect(run.tokens, name).toEqual({ input: 1500, output: 700, cached: 0 });
      expect(agent.schema.safeParse(run.output).success, name).toBe(true);
      const sent = model.doGenerateCalls[0]!.prompt.map((message) => JSON.stringify(message.content)).join(
        '\n',
      );
      if (name !== 'strategist')
        expect(sent, `${name} quotes its research as untrusted data`).toContain('untrusted_data');
      expect(lastUserText(model.doGenerateCalls[0]!).length, name).toBeGreaterThan(0);
    }
  });

  it('falls back to the offline engine, with a warning, after three answers that fail the schema', async () => {
    for (const { name, agent } of agents) {
      const input = await agent.distill(clientWorkspace('harbor', dir));
      const model = new MockLanguageModelV3({
        doGenerate: [1, 2, 3].map(() => anthropicAnswer('{"not": "the contract"}')),
      });
      const run = await runAgentWithModel({
        agent,
        input,
        model: MODEL,
        env: {},
        budget: new CostBudget(null),
        context,
        languageModel: model,
      });
      expect(model.doGenerateCalls, name).toHaveLength(3);
      expect(run.engine, name).toBe('offline');
      expect(run.warnings.join(' '), name).toMatch(/offline/);
      expect(agent.validate(run.output, input), name).toEqual([]);
    }
  });
});
