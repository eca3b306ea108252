import { describe, expect, it } from 'vitest';
import { costOf, findModelPrice, MODEL_PRICES } from '../../src/llm/pricing.ts';

describe('findModelPrice', () => {
  it('finds a model by its exact id', () => {
    expect(findModelPrice('claude-sonnet-4-5')).toMatchObject({ input: 3, output: 15, cachedInput: 0.3 });
    expect(findModelPrice('gpt-5-mini')).toMatchObject({ input: 0.25, output: 2, cachedInput: 0.025 });
  });

  it('prices a dated snapshot like its base model', () => {
    expect(findModelPrice('claude-sonnet-4-5-20250929')).toBe(MODEL_PRICES['claude-sonnet-4-5']);
    expect(findModelPrice('claude-sonnet-4-20250514')).toBe(MODEL_PRICES['claude-sonnet-4']);
    expect(findModelPrice('gpt-4o-mini-2024-07-18')).toBe(MODEL_PRICES['gpt-4o-mini']);
  });

  it('does not mistake another model for a prefix of it', () => {
    expect(findModelPrice('gpt-5-pro')).toBeNull();
    expect(findModelPrice('claude-sonnet-4-7')).toBeNull();
    expect(findModelPrice('llama3.1:8b')).toBeNull();
  });

  it('names a source and a date for every row', () => {
    for (const [id, price] of Object.entries(MODEL_PRICES)) {
      expect(price.source, id).toMatch(/^https:\/\//);
      expect(price.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(price.output, id).toBeGreaterThan(price.input);
      expect(price.cachedInput, id).toBeLessThan(price.input);
    }
  });
});

describe('costOf', () => {
  it('bills uncached input, cache reads, cache writes and output at their own rates', () => {
    const price = MODEL_PRICES['claude-sonnet-4-5']!;
    const usage = {
      inputTokens: 2500,
      cachedInputTokens: 1000,
      cacheWriteInputTokens: 1000,
      outputTokens: 220,
    };
    // 500 × $3 + 1000 × $0.30 + 1000 × $3.75 + 220 × $15, per million tokens
    expect(costOf(usage, price)).toBeCloseTo(0.00885, 10);
  });

  it('is unknown when the price is', () => {
    expect(
      costOf({ inputTokens: 10, outputTokens: 10, cachedInputTokens: 0, cacheWriteInputTokens: 0 }, null),
    ).toBeNull();
  });
});
