import type { LanguageModel } from 'ai';
import type { AgentRunContext, BuilderAgent } from '../agents/builder-agent.ts';
import type { CostBudget } from './cost-budget.ts';
import { createLanguageModel } from './create-language-model.ts';
import { estimateCallCostUsd } from './estimate-call-cost.ts';
import { generateStructured } from './generate-structured.ts';
import { ModelCallError } from './model-call-error.ts';
import type { ModelEnv } from './model-env.ts';
import type { ModelSpec, RemoteModelSpec } from './model-spec.ts';
import { costOf, findModelPrice, type ModelPrice } from './pricing.ts';
import { StructuredOutputError } from './structured-output-error.ts';
import { type TokenUsage, ZERO_USAGE } from './token-usage.ts';

export interface RunAgentWithModelOptions<I, O> {
  agent: Pick<BuilderAgent<I, O>, 'schema' | 'prompt' | 'validate' | 'offline'>;
  input: I;
  model: ModelSpec;
  env: ModelEnv;
  budget: CostBudget;
  context: AgentRunContext;
  /** The model to call instead of building one from `model` and `env` (tests). */
  languageModel?: LanguageModel;
  /** Output limit of one call, also the output side of the budget estimate. Default 8192. */
  maxOutputTokens?: number;
  /** Corrective retries after an invalid answer. Default 2. */
  maxRetries?: number;
  abortSignal?: AbortSignal;
}

export interface AgentModelRun<O> {
  output: O;
  engine: 'model' | 'offline';
  /** The spec text of the model that was called, or 'offline' when none was. */
  model: string;
  tokens: { input: number; output: number; cached: number };
  /** USD; `null` when the model has no known price. */
  costUsd: number | null;
  warnings: string[];
}

const DEFAULT_MAX_OUTPUT_TOKENS = 8192;

/**
 * Runs one builder agent on the configured model, or on its offline engine when there is no
 * model, the agent has no model path, the budget cannot cover the call, or the model fails
 * (an invalid answer after the retries, or a failed call). Money spent on a failed model
 * attempt is still charged and reported.
 *
 * @example
 * const run = await runAgentWithModel({ agent, input, model: spec, env: process.env, budget, context });
 * if (run.engine === 'offline') run.warnings.forEach((w) => context.note('warning', w));
 */
export async function runAgentWithModel<I, O>(
  options: RunAgentWithModelOptions<I, O>,
): Promise<AgentModelRun<O>> {
  const { agent, input, model: spec, budget, context } = options;
  if (spec.provider === 'offline' || !agent.prompt) return runOffline(options, []);

  const warnings: string[] = [];
  const maxOutputTokens = options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
  const price = priceOf(spec);
  if (price === null && budget.noteUnpriced(spec.text)) {
    warnings.push(
      `No price is known for ${spec.text}: its cost is reported as unknown` +
        (budget.maxUsd === null ? '.' : ' and --max-cost cannot be enforced for it.'),
    );
  }

  const prompt = agent.prompt(input);
  const estimate = estimateCallCostUsd({ prompt, maxOutputTokens, price });
  if (!budget.canAfford(estimate)) {
    warnings.push(`${budgetReached(budget)}: used the offline engine instead of ${spec.text}.`);
    return runOffline(options, warnings);
  }

  const languageModel = options.languageModel ?? createLanguageModel(spec, options.env);
  try {
    const result = await generateStructured({
      model: languageModel,
      schema: agent.schema,
      prompt,
      validate: (output) => agent.validate(output, input),
      maxRetries: options.maxRetries ?? 2,
      maxOutputTokens,
      ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
      beforeRetry: (usageSoFar) => budget.canAfford(sum(costOf(usageSoFar, price), estimate)),
    });
    const costUsd = costOf(result.usage, price);
    budget.charge(costUsd);
    return {
      output: result.output,
      engine: 'model',
      model: spec.text,
      ...spent(result.usage, costUsd),
      warnings,
    };
  } catch (error) {
    if (!(error instanceof StructuredOutputError || error instanceof ModelCallError)) throw error;
    const costUsd = costOf(error.usage, price);
    budget.charge(costUsd);
    warnings.push(`${failureReason(error, budget)}; used the offline engine instead.`);
    const output = await agent.offline(input, context);
    return { output, engine: 'offline', model: spec.text, ...spent(error.usage, costUsd), warnings };
  }
}

async function runOffline<I, O>(
  { agent, input, context }: RunAgentWithModelOptions<I, O>,
  warnings: string[],
): Promise<AgentModelRun<O>> {
  const output = await agent.offline(input, context);
  return { output, engine: 'offline', model: 'offline', ...spent(ZERO_USAGE, 0), warnings };
}

// A price table row for OpenAI's `gpt-4o` says nothing of what a local server charges.
function priceOf(spec: RemoteModelSpec): ModelPrice | null {
  return spec.provider === 'openai-compatible' ? null : findModelPrice(spec.modelId);
}

function failureReason(error: StructuredOutputError | ModelCallError, budget: CostBudget): string {
  if (error instanceof ModelCallError) return error.message;
  const what = `the model's answer failed validation (${error.problems.slice(0, 3).join('; ')})`;
  return error.retriesStopped
    ? `${what} and ${budgetReached(budget)} before a retry`
    : `${what} after ${error.attempts} attempts`;
}

function budgetReached(budget: CostBudget): string {
  return `budget of $${(budget.maxUsd ?? 0).toFixed(2)} reached ($${budget.spent.toFixed(4)} spent)`;
}

function sum(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

function spent(
  usage: TokenUsage,
  costUsd: number | null,
): Pick<AgentModelRun<unknown>, 'tokens' | 'costUsd'> {
  return {
    tokens: { input: usage.inputTokens, output: usage.outputTokens, cached: usage.cachedInputTokens },
    costUsd,
  };
}
