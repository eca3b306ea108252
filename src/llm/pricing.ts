import type { TokenUsage } from './token-usage.ts';

/** USD per million tokens of one model, and where the numbers come from. */
export interface ModelPrice {
  input: number;
  output: number;
  /** Prompt-cache reads. */
  cachedInput: number;
  /** Prompt-cache writes; billed as plain input when absent. */
  cacheWriteInput?: number;
  source: string;
  /** When the row was last checked against `source` (YYYY-MM-DD). */
  asOf: string;
}

const ANTHROPIC = 'https://platform.claude.com/docs/en/about-claude/pricing';
const OPENAI = 'https://developers.openai.com/api/docs/pricing';
const CHECKED = '2026-11-23';

function anthropic(input: number, output: number, cachedInput: number, note = ''): ModelPrice {
  // Anthropic bills 5-minute cache writes (the `ephemeral` default) at 1.25 × input.
  return {
    input,
    output,
    cachedInput,
    cacheWriteInput: input * 1.25,
    source: ANTHROPIC + note,
    asOf: CHECKED,
  };
}

function openai(input: number, output: number, cachedInput: number, note = ''): ModelPrice {
  return { input, output, cachedInput, source: OPENAI + note, asOf: CHECKED };
}

/**
 * Standard (not batch, not priority) rates for prompts under the long-context thresholds
 * (Claude Haiku 5.5 above 100K prompt tokens and OpenAI models above 272K cost more; such
 * calls are under-counted here). Keys are model ids as the providers' APIs take them.
 */
export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-fable-5-1': anthropic(10, 50, 0.25),
  'claude-fable-5': anthropic(10, 50, 1),
  'claude-opus-5-5': anthropic(4, 20, 0.2, ' (Claude Opus 5.5, released 2026-09-22)'),
  'claude-opus-5': anthropic(5, 25, 0.5),
  'claude-opus-4-8': anthropic(5, 25, 0.5),
  'claude-opus-4-7': anthropic(5, 25, 0.5),
  'claude-opus-4-6': anthropic(5, 25, 0.5),
  'claude-opus-4-5': anthropic(5, 25, 0.5),
  'claude-opus-4-1': anthropic(15, 75, 1.5),
  'claude-opus-4-0': anthropic(15, 75, 1.5),
  'claude-opus-4': anthropic(15, 75, 1.5),
  'claude-sonnet-5-5': anthropic(2, 10, 0.1, ' (cache reads cut from $0.20 to $0.10 on 2026-10-07)'),
  'claude-sonnet-5': anthropic(2, 10, 0.2),
  'claude-sonnet-4-6': anthropic(3, 15, 0.3),
  'claude-sonnet-4-5': anthropic(3, 15, 0.3),
  'claude-sonnet-4-0': anthropic(3, 15, 0.3),
  'claude-sonnet-4': anthropic(3, 15, 0.3),
  'claude-haiku-5-5': anthropic(0.1, 0.5, 0.01, ' (prompts up to 100K tokens; $0.50/$2.50 above)'),
  'claude-haiku-4-5': anthropic(1, 5, 0.1),
  'claude-3-haiku': anthropic(0.25, 1.25, 0.03),

  'gpt-6-astra': { ...openai(10, 50, 1), cacheWriteInput: 12.5 },
  'gpt-6-sol': { ...openai(2, 10, 0.2, ' (GPT-6 Sol, released 2026-09-22)'), cacheWriteInput: 2.5 },
  'gpt-6-luna': { ...openai(0.1, 0.5, 0.01, ' (GPT-6 Luna, released 2026-09-22)'), cacheWriteInput: 0.125 },
  'gpt-5.6-sol': openai(4, 20, 0.4),
  'gpt-5.6-terra': openai(2, 12, 0.2, ' (reduced 2026-07-30)'),
  'gpt-5.6-luna': openai(0.2, 1.2, 0.02, ' (reduced 2026-07-30)'),
  'gpt-5.5': openai(5, 30, 0.5),
  'gpt-5.4': openai(2.5, 15, 0.25),
  'gpt-5.4-mini': openai(0.75, 4.5, 0.075),
  'gpt-5.4-nano': openai(0.2, 1.25, 0.02),
  'gpt-5.2': openai(1.75, 14, 0.175),
  'gpt-5.1': openai(1.25, 10, 0.125),
  'gpt-5': openai(1.25, 10, 0.125),
  'gpt-5-mini': openai(0.25, 2, 0.025),
  'gpt-5-nano': openai(0.05, 0.4, 0.005),
  'gpt-4.1': openai(2, 8, 0.5),
  'gpt-4.1-mini': openai(0.4, 1.6, 0.1),
  'gpt-4.1-nano': openai(0.1, 0.4, 0.025),
  'gpt-4o': openai(2.5, 10, 1.25),
  'gpt-4o-mini': openai(0.15, 0.6, 0.075),
  o3: openai(2, 8, 0.5),
  'o4-mini': openai(1.1, 4.4, 0.275),
};

// Dated snapshots (`claude-sonnet-4-5-20250929`, `gpt-4o-mini-2024-07-18`) and `-latest`
// aliases cost what their base model costs; other suffixes (`gpt-5-pro`) are other models.
const SNAPSHOT_SUFFIX = /^-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest)$/;

/**
 * The price of a model id: an exact row, or the row the id is a dated snapshot of.
 * `null` when unknown: its cost is then reported as unknown, never guessed.
 */
export function findModelPrice(
  modelId: string,
  table: Readonly<Record<string, ModelPrice>> = MODEL_PRICES,
): ModelPrice | null {
  if (Object.hasOwn(table, modelId)) return table[modelId]!;
  let best: string | null = null;
  for (const key of Object.keys(table)) {
    if (modelId.startsWith(key) && SNAPSHOT_SUFFIX.test(modelId.slice(key.length))) {
      if (best === null || key.length > best.length) best = key;
    }
  }
  return best === null ? null : table[best]!;
}

/** USD cost of the usage at a price; `null` (unknown) when the price is. */
export function costOf(usage: TokenUsage, price: ModelPrice | null): number | null {
  if (price === null) return null;
  const cached = usage.cachedInputTokens;
  const written = usage.cacheWriteInputTokens;
  const plain = Math.max(0, usage.inputTokens - cached - written);
  const usdTimesMillion =
    plain * price.input +
    cached * price.cachedInput +
    written * (price.cacheWriteInput ?? price.input) +
    usage.outputTokens * price.output;
  return usdTimesMillion / 1_000_000;
}
