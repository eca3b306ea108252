import type { ModelPrompt } from '../agents/builder-agent.ts';
import type { ModelPrice } from './pricing.ts';

// English prose averages about four characters a token across current tokenizers.
const CHARS_PER_TOKEN = 4;

/** A rough token count for text, for budgeting before a call (not for billing). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/**
 * An upper-bound guess of one call's cost: the prompt's tokens at the full input rate (no
 * cache discount assumed) plus `maxOutputTokens` at the output rate. `null` when the price is unknown.
 */
export function estimateCallCostUsd({
  prompt,
  maxOutputTokens,
  price,
}: {
  prompt: ModelPrompt;
  maxOutputTokens: number;
  price: ModelPrice | null;
}): number | null {
  if (price === null) return null;
  const inputTokens =
    estimateTokens(prompt.system) +
    estimateTokens(prompt.sharedContext ?? '') +
    estimateTokens(prompt.prompt);
  return (inputTokens * price.input + maxOutputTokens * price.output) / 1_000_000;
}
