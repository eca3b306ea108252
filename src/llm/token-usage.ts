import type { LanguageModelUsage } from 'ai';

/**
 * Tokens one or more model calls used. `inputTokens` counts every prompt token, cached or not;
 * `cachedInputTokens` (cache reads) and `cacheWriteInputTokens` (Anthropic cache writes) are
 * the parts of it billed at other rates.
 */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  cacheWriteInputTokens: number;
}

export const ZERO_USAGE: TokenUsage = Object.freeze({
  inputTokens: 0,
  outputTokens: 0,
  cachedInputTokens: 0,
  cacheWriteInputTokens: 0,
});

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
    cacheWriteInputTokens: a.cacheWriteInputTokens + b.cacheWriteInputTokens,
  };
}

/** Our usage from the ai-sdk's, where providers leave counts they do not report undefined. */
export function usageFromLanguageModel(usage: LanguageModelUsage | undefined): TokenUsage {
  if (!usage) return ZERO_USAGE;
  return {
    inputTokens: usage.inputTokens ?? 0,
    outputTokens: usage.outputTokens ?? 0,
    cachedInputTokens: usage.inputTokenDetails?.cacheReadTokens ?? usage.cachedInputTokens ?? 0,
    cacheWriteInputTokens: usage.inputTokenDetails?.cacheWriteTokens ?? 0,
  };
}
