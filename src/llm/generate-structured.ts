import { generateText, type LanguageModel, type ModelMessage, Output, type SystemModelMessage } from 'ai';
import type { z } from 'zod';
import type { ModelPrompt } from '../agents/builder-agent.ts';
import { describeOutputFailure } from './describe-output-failure.ts';
import { ModelCallError } from './model-call-error.ts';
import { UNTRUSTED_DATA_RULE } from './quote-untrusted.ts';
import { StructuredOutputError } from './structured-output-error.ts';
import { addUsage, type TokenUsage, usageFromLanguageModel, ZERO_USAGE } from './token-usage.ts';

export interface GenerateStructuredOptions<T> {
  model: LanguageModel;
  schema: z.ZodType<T>;
  prompt: ModelPrompt;
  /** Problems the schema cannot see; an empty list accepts the answer. */
  validate?: (output: T) => string[];
  /** Corrective retries after an invalid answer (so `maxRetries + 1` attempts in all). */
  maxRetries?: number;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
  /** Called before each corrective retry with the tokens used so far; `false` stops retrying. */
  beforeRetry?: (usageSoFar: TokenUsage) => boolean;
  /** Retries of the HTTP call itself (rate limits, overload), done by the ai-sdk with backoff. */
  callRetries?: number;
}

export interface GenerateStructuredResult<T> {
  output: T;
  /** Tokens of every attempt together. */
  usage: TokenUsage;
  attempts: number;
}

/** Marks a system part as a prompt-cache breakpoint (Anthropic; others cache prefixes on their own). */
export const CACHE_CONTROL = { anthropic: { cacheControl: { type: 'ephemeral' } } } as const;

const UNTRUSTED_TAG = '<untrusted_data';

// OpenAI's strict mode rejects schemas with optional fields or string formats (HTTP 400), which
// agent schemas have; non-strict JSON schema plus our own validation and retries covers them all.
const PROVIDER_OPTIONS = { openai: { strictJsonSchema: false } } as const;

/**
 * Asks a model for an object that satisfies `schema` and `validate`. An invalid answer is sent
 * back to the model with what was wrong, up to `maxRetries` times.
 *
 * @throws StructuredOutputError when the last answer is still invalid (carries the problems and usage)
 * @throws ModelCallError when the call itself fails (carries the usage so far)
 *
 * @example
 * const { output, usage } = await generateStructured({ model, schema, prompt: agent.prompt(input) });
 */
export async function generateStructured<T>(
  options: GenerateStructuredOptions<T>,
): Promise<GenerateStructuredResult<T>> {
  const {
    model,
    schema,
    prompt,
    validate,
    maxRetries = 2,
    maxOutputTokens,
    abortSignal,
    beforeRetry,
    callRetries,
  } = options;
  const system = systemParts(prompt);
  const messages: ModelMessage[] = [{ role: 'user', content: prompt.prompt }];
  let usage = ZERO_USAGE;

  for (let attempt = 1; ; attempt++) {
    let answer: { ok: true; output: T; text: string } | { ok: false; problems: string[]; text: string };
    try {
      const result = await generateText({
        model,
        system,
        messages,
        output: Output.object({ schema }),
        providerOptions: PROVIDER_OPTIONS,
        ...(maxOutputTokens !== undefined ? { maxOutputTokens } : {}),
        ...(abortSignal ? { abortSignal } : {}),
        ...(callRetries !== undefined ? { maxRetries: callRetries } : {}),
      });
      usage = addUsage(usage, usageFromLanguageModel(result.totalUsage));
      answer = { ok: true, output: result.output as T, text: result.text };
    } catch (error) {
      if (abortSignal?.aborted) throw error;
      const problems = describeOutputFailure(error);
      if (problems === null) {
        throw new ModelCallError({ reason: reasonOf(error), usage, attempts: attempt, cause: error });
      }
      usage = addUsage(usage, usageFromLanguageModel(hasUsage(error) ? error.usage : undefined));
      answer = { ok: false, problems, text: hasText(error) ? error.text : '' };
    }

    // Outside the try: an exception from `validate` is a bug in the agent, not a model failure.
    const problems = answer.ok ? (validate?.(answer.output) ?? []) : answer.problems;
    if (answer.ok && problems.length === 0) return { output: answer.output, usage, attempts: attempt };

    if (attempt > maxRetries) throw new StructuredOutputError({ problems, usage, attempts: attempt });
    if (beforeRetry && !beforeRetry(usage)) {
      throw new StructuredOutputError({ problems, usage, attempts: attempt, retriesStopped: true });
    }
    messages.push({ role: 'assistant', content: answer.text.trim() === '' ? '(no answer)' : answer.text });
    messages.push({ role: 'user', content: correctionRequest(problems) });
  }
}

/** Shared context first, as its own cached part, so every agent of a client reuses the cache. */
function systemParts(prompt: ModelPrompt): SystemModelMessage[] {
  const parts: SystemModelMessage[] = [];
  if (prompt.sharedContext) {
    parts.push({ role: 'system', content: prompt.sharedContext, providerOptions: CACHE_CONTROL });
  }
  const carriesWebData = [prompt.system, prompt.sharedContext ?? '', prompt.prompt].some((text) =>
    text.includes(UNTRUSTED_TAG),
  );
  const needsRule = carriesWebData && !prompt.system.includes(UNTRUSTED_DATA_RULE);
  parts.push({
    role: 'system',
    content: needsRule ? `${prompt.system}\n\n${UNTRUSTED_DATA_RULE}` : prompt.system,
  });
  return parts;
}

function correctionRequest(problems: string[]): string {
  return [
    'Your previous answer was not accepted. What failed:',
    ...problems.map((problem) => `- ${problem}`),
    '',
    'Reply with one corrected, complete JSON object that satisfies the schema and fixes every problem above. ' +
      'Reply with the JSON only: no explanation, no code fences.',
  ].join('\n');
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const status =
    error && typeof error === 'object' && 'statusCode' in error && typeof error.statusCode === 'number'
      ? `HTTP ${error.statusCode}: `
      : '';
  const oneLine = `${status}${message}`.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}

function hasUsage(error: unknown): error is { usage: Parameters<typeof usageFromLanguageModel>[0] } {
  return typeof error === 'object' && error !== null && 'usage' in error;
}

function hasText(error: unknown): error is { text: string } {
  return typeof error === 'object' && error !== null && 'text' in error && typeof error.text === 'string';
}
