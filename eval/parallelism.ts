/**
 * `npm run eval:parallelism [-- --delay-ms 400] [--concurrency 4]`
 * Measures that independent agents run in parallel. A client is built from a brief through the
 * model path, every model call answered by a mock that waits a fixed delay and then returns that
 * agent's own offline output for its input. Prints the build's wall time against the DAG's critical
 * path (its lower bound) and the serial sum of all delays, and each agent's start and finish.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockLanguageModelV3 } from 'ai/test';
import { loadRegistry } from '../src/agents/registry.ts';
import { buildAgentGraph } from '../src/factory/agent-graph.ts';
import type { AgentOutcome, BuildReporter } from '../src/factory/build-reporter.ts';
import { runBuild } from '../src/factory/run-build.ts';
import { SNAPSHOT_PATH } from '../src/factory/spawn-client.ts';
import { CostBudget, parseModelSpec } from '../src/llm/index.ts';
import { readBrief } from '../src/research/crawler/index.ts';

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;

const BRIEF = `Harbor Light Physical Therapy is an independent physical therapy clinic in Portland, Maine.

We offer sports injury rehabilitation, back and neck pain treatment, post-surgery rehabilitation,
balance and fall prevention for older adults, and dry needling.

Every visit is a full hour one-on-one with a licensed Doctor of Physical Therapy. Founded in 2009.
Competitors: Bayside Rehab Group, Casco Bay Sports Medicine.

Address: 142 Commercial Street, Portland, ME 04101
Phone: (207) 555-0142
Email: hello@harborlightpt.example
`;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`${name} needs a number of ${name === '--delay-ms' ? 'milliseconds' : 'agents'}\n`);
    process.exit(2);
  }
  return value;
}

/** A Messages API answer as @ai-sdk/anthropic reports it (usage in the v3 shape). */
function anthropicAnswer(text: string): GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'end_turn' },
    usage: {
      inputTokens: { total: 1200, noCache: 1200, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 600, text: 600, reasoning: undefined },
      raw: {
        input_tokens: 1200,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: 600,
      },
    },
    response: { id: 'msg_mock', modelId: 'claude-sonnet-4-5-20250929', timestamp: new Date() },
    warnings: [],
  };
}

const delayMs = option('--delay-ms', 400);
const concurrency = option('--concurrency', 4);
const registry = await loadRegistry();
const work = await mkdtemp(join(tmpdir(), 'eval-parallelism-'));
const dir = join(work, 'harbor');
try {
  const briefFile = join(work, 'brief.txt');
  await writeFile(briefFile, BRIEF);
  const snapshot = await readBrief(briefFile);
  await mkdir(join(dir, 'research/sources'), { recursive: true });
  await writeFile(join(dir, SNAPSHOT_PATH), `${JSON.stringify(snapshot, null, 2)}\n`);
  const inputs = {
    schema_version: 1,
    slug: 'harbor',
    source: { kind: 'brief', file: briefFile },
    budget: { monthly: 3000, currency: 'USD' },
  };
  await writeFile(join(dir, 'inputs.json'), `${JSON.stringify(inputs, null, 2)}\n`);

  const t0 = performance.now();
  const started = new Map<string, number>();
  const finished = new Map<string, number>();
  const calls = new Map<string, number>();
  const reporter: BuildReporter = {
    planned() {},
    started: (name) => started.set(name, performance.now() - t0),
    finished: (outcome: AgentOutcome) => finished.set(outcome.name, performance.now() - t0),
    close: async () => {},
  };

  const summary = await runBuild({
    slug: 'harbor',
    dir,
    command: 'eval:parallelism',
    registry,
    model: parseModelSpec('anthropic:claude-sonnet-4-5'),
    budget: new CostBudget(null),
    env: { ANTHROPIC_API_KEY: 'mock' },
    concurrency,
    reporter,
    languageModelFor: (agent, input) =>
      new MockLanguageModelV3({
        doGenerate: async () => {
          calls.set(agent, (calls.get(agent) ?? 0) + 1);
          // The answer is computed inside the delay, so each call takes the delay and no more.
          const callStarted = performance.now();
          const output = await registry.get(agent)!.implementation!.offline(input as never, { note() {} });
          const left = delayMs - (performance.now() - callStarted);
          if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
          return anthropicAnswer(JSON.stringify(output));
        },
      }),
  });
  const wallMs = performance.now() - t0;

  const ran = summary.agents.filter((agent) => agent.status === 'ran');
  const modelAgents = ran.filter((agent) => registry.get(agent.name)?.implementation?.prompt);
  const offPath = modelAgents.filter((agent) => agent.engine !== 'model');
  const graph = buildAgentGraph(ran.map((agent) => registry.get(agent.name)!.definition));
  const path = graph.criticalPath();
  const isModel = new Set(modelAgents.map((agent) => agent.name));
  const criticalMs = path.filter((name) => isModel.has(name)).length * delayMs;
  const serialMs = modelAgents.reduce((total, agent) => total + (calls.get(agent.name) ?? 1) * delayMs, 0);

  process.stdout.write(
    `Parallelism of one build (mock model, ${delayMs} ms a call, concurrency ${concurrency})\n\n`,
  );
  process.stdout.write(
    `${'agent'.padEnd(28)}${'engine'.padEnd(9)}${'calls'.padStart(6)}${'start ms'.padStart(10)}${'finish ms'.padStart(11)}\n`,
  );
  for (const agent of [...ran].sort((a, b) => (started.get(a.name) ?? 0) - (started.get(b.name) ?? 0))) {
    process.stdout.write(
      `${agent.name.padEnd(28)}${String(agent.engine).padEnd(9)}${String(calls.get(agent.name) ?? 0).padStart(6)}` +
        `${(started.get(agent.name) ?? 0).toFixed(0).padStart(10)}${(finished.get(agent.name) ?? 0).toFixed(0).padStart(11)}\n`,
    );
  }
  const others = summary.agents.filter((agent) => agent.status !== 'ran');
  if (others.length > 0) {
    const counts = new Map<string, number>();
    for (const agent of others) counts.set(agent.status, (counts.get(agent.status) ?? 0) + 1);
    const byStatus = [...counts].map(([status, count]) => `${count} ${status}`);
    process.stdout.write(`(${byStatus.join(', ')})\n`);
  }
  process.stdout.write(
    `\nbuild status         ${summary.status}\n` +
      `wall time            ${wallMs.toFixed(0)} ms\n` +
      `critical path        ${criticalMs} ms  (${path.join(' → ')})\n` +
      `serial (sum)         ${serialMs} ms  (${modelAgents.length} agents on the model)\n` +
      `wall / critical path ${(wallMs / Math.max(1, criticalMs)).toFixed(2)}\n` +
      `serial / wall        ${(serialMs / wallMs).toFixed(2)}× speed-up from running independent agents together\n`,
  );
  const pure = ran.filter((agent) => !isModel.has(agent.name)).map((agent) => agent.name);
  if (pure.length > 0) process.stdout.write(`(no model path, pure computation: ${pure.join(', ')})\n`);
  if (offPath.length > 0 || summary.status === 'failed') {
    process.stderr.write(
      `\nThe build did not go through the model path: ${offPath.map((agent) => `${agent.name} ran ${agent.engine}`).join(', ') || summary.status}\n` +
        summary.warnings.map((warning) => `  - ${warning}`).join('\n'),
    );
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
