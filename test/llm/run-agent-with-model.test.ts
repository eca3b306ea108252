import { APICallError } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import type { AgentRunContext } from '../../src/agents/builder-agent.ts';
import { CostBudget } from '../../src/llm/cost-budget.ts';
import { parseModelSpec } from '../../src/llm/model-spec.ts';
import { runAgentWithModel } from '../../src/llm/run-agent-with-model.ts';
import { BROKEN_JSON, bakeryAgent, bakeryInput, GOOD_AD, INVENTED_OFFER_AD } from './bakery-agent.ts';
import { anthropicAnswer } from './model-responses.ts';

const sonnet = parseModelSpec('anthropic:claude-sonnet-4-5');
const env = { ANTHROPIC_API_KEY: 'sk-ant-test' };
const offlineAd = bakeryAgent.offline(bakeryInput, { note() {} });

function recordingContext(): AgentRunContext & { notes: string[] } {
  const notes: string[] = [];
  return { notes, note: (kind, text) => notes.push(`${kind}: ${text}`) };
}

function run(languageModel: MockLanguageModelV3, budget = new CostBudget(null), model = sonnet) {
  return runAgentWithModel({
    agent: bakeryAgent,
    input: bakeryInput,
    model,
    env,
    budget,
    context: recordingContext(),
    languageModel,
  });
}

describe('runAgentWithModel', () => {
  it('returns the model answer with its tokens and cost, and charges the budget', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(GOOD_AD, { input: 1000, cacheRead: 2000, output: 100 })],
    });
    const budget = new CostBudget(5);
    const result = await run(model, budget);

    expect(result).toEqual({
      output: JSON.parse(GOOD_AD),
      engine: 'model',
      model: 'anthropic:claude-sonnet-4-5',
      tokens: { input: 3000, output: 100, cached: 2000 },
      // 1000 × $3 + 2000 × $0.30 + 100 × $15, per million tokens
      costUsd: expect.closeTo(0.0051, 10),
      warnings: [],
    });
    expect(budget.spent).toBeCloseTo(0.0051, 10);
  });

  it('sums tokens and cost over a retry', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [
        anthropicAnswer(BROKEN_JSON, { input: 200, cacheWrite: 1000, output: 100 }),
        anthropicAnswer(GOOD_AD, { input: 300, cacheRead: 1000, output: 120 }),
      ],
    });
    const result = await run(model);

    expect(result.engine).toBe('model');
    expect(result.tokens).toEqual({ input: 2500, output: 220, cached: 1000 });
    expect(result.costUsd).toBeCloseTo(0.00885, 10);
  });

  it('falls back to the offline engine after three invalid answers, still reporting what they cost', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [
        anthropicAnswer(BROKEN_JSON),
        anthropicAnswer(INVENTED_OFFER_AD),
        anthropicAnswer(INVENTED_OFFER_AD),
      ],
    });
    const budget = new CostBudget(null);
    const result = await run(model, budget);

    expect(result.output).toEqual(offlineAd);
    expect(result.engine).toBe('offline');
    expect(result.model).toBe('anthropic:claude-sonnet-4-5');
    expect(result.tokens).toEqual({ input: 3 * 850, output: 3 * 210, cached: 0 });
    expect(result.costUsd).toBeCloseTo((3 * 850 * 3 + 3 * 210 * 15) / 1e6, 10);
    expect(budget.spent).toBeCloseTo(result.costUsd!, 10);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /failed validation .*offer "bagels".* after 3 attempts; used the offline engine/,
    );
  });

  it('falls back to the offline engine when the API call fails', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new APICallError({
          message: 'invalid x-api-key',
          url: 'https://api.anthropic.com/v1/messages',
          requestBodyValues: {},
          statusCode: 401,
          isRetryable: false,
        });
      },
    });
    const result = await run(model);

    expect(result.engine).toBe('offline');
    expect(result.output).toEqual(offlineAd);
    expect(result.costUsd).toBe(0);
    expect(result.warnings).toEqual([
      'The model call failed: HTTP 401: invalid x-api-key; used the offline engine instead.',
    ]);
  });

  it('does not call the model when the budget cannot cover the call', async () => {
    const model = new MockLanguageModelV3({ doGenerate: [anthropicAnswer(GOOD_AD)] });
    const budget = new CostBudget(0.05);
    budget.charge(0.05);
    const result = await run(model, budget);

    expect(model.doGenerateCalls).toHaveLength(0);
    expect(result).toMatchObject({ engine: 'offline', model: 'offline', costUsd: 0, output: offlineAd });
    expect(result.warnings[0]).toMatch(/^budget of \$0\.05 reached/);
  });

  it('stops retrying when the next attempt would exceed the budget', async () => {
    // The first call's estimate (prompt + 8192 output tokens at $15/M ≈ $0.124) fits; a second one does not.
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(BROKEN_JSON, { input: 1000, output: 8000 }), anthropicAnswer(GOOD_AD)],
    });
    const budget = new CostBudget(0.2);
    const result = await run(model, budget);

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(result.engine).toBe('offline');
    expect(result.warnings[0]).toMatch(/budget of \$0\.20 reached .* before a retry/);
    expect(budget.spent).toBeCloseTo((1000 * 3 + 8000 * 15) / 1e6, 10);
  });

  it('runs offline without touching a model for the offline spec or an agent without a prompt', async () => {
    const model = new MockLanguageModelV3({ doGenerate: [anthropicAnswer(GOOD_AD)] });
    const offline = await run(model, new CostBudget(null), parseModelSpec('offline'));
    const { prompt: _prompt, ...computeOnly } = bakeryAgent;
    const noPrompt = await runAgentWithModel({
      agent: computeOnly,
      input: bakeryInput,
      model: sonnet,
      env,
      budget: new CostBudget(null),
      context: recordingContext(),
      languageModel: model,
    });

    for (const result of [offline, noPrompt]) {
      expect(result).toEqual({
        output: offlineAd,
        engine: 'offline',
        model: 'offline',
        tokens: { input: 0, output: 0, cached: 0 },
        costUsd: 0,
        warnings: [],
      });
    }
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('reports an unpriced model as unknown cost and warns once a run', async () => {
    const local = parseModelSpec('openai-compatible:http://127.0.0.1:11434/v1#llama3.1:8b');
    const budget = new CostBudget(1);
    const first = await run(
      new MockLanguageModelV3({ doGenerate: [anthropicAnswer(GOOD_AD)] }),
      budget,
      local,
    );
    const second = await run(
      new MockLanguageModelV3({ doGenerate: [anthropicAnswer(GOOD_AD)] }),
      budget,
      local,
    );

    expect(first.engine).toBe('model');
    expect(first.costUsd).toBeNull();
    expect(first.warnings).toEqual([
      'No price is known for openai-compatible:http://127.0.0.1:11434/v1#llama3.1:8b: its cost is reported as unknown and --max-cost cannot be enforced for it.',
    ]);
    expect(second.warnings).toEqual([]);
    expect(budget.spent).toBe(0);
  });

  it('stops with MISSING_API_KEY instead of falling back when the key is absent', async () => {
    await expect(
      runAgentWithModel({
        agent: bakeryAgent,
        input: bakeryInput,
        model: sonnet,
        env: {},
        budget: new CostBudget(null),
        context: recordingContext(),
      }),
    ).rejects.toMatchObject({ code: 'MISSING_API_KEY' });
  });
});
