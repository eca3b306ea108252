import { describe, expect, it } from 'vitest';
import type { ModelPrompt } from '../../src/agents/builder-agent.ts';
import { CostBudget } from '../../src/llm/cost-budget.ts';
import { estimateCallCostUsd, estimateTokens } from '../../src/llm/estimate-call-cost.ts';
import { MODEL_PRICES } from '../../src/llm/pricing.ts';

describe('CostBudget', () => {
  it('allows calls until the limit and then refuses them', () => {
    const budget = new CostBudget(1);
    expect(budget.canAfford(0.6)).toBe(true);
    budget.charge(0.6);
    expect(budget.spent).toBeCloseTo(0.6);
    expect(budget.remaining).toBeCloseTo(0.4);
    expect(budget.canAfford(0.4)).toBe(true);
    expect(budget.canAfford(0.41)).toBe(false);
    budget.charge(0.5);
    expect(budget.remaining).toBe(0);
  });

  it('has no limit without --max-cost, and never blocks on an unknown cost', () => {
    const unlimited = new CostBudget(null);
    unlimited.charge(1000);
    expect(unlimited.canAfford(1e9)).toBe(true);
    expect(unlimited.remaining).toBeNull();

    const limited = new CostBudget(0.01);
    limited.charge(null);
    expect(limited.spent).toBe(0);
    expect(limited.canAfford(null)).toBe(true);
  });

  it('rejects a limit that is not a non-negative number', () => {
    expect(() => new CostBudget(-1)).toThrow(expect.objectContaining({ code: 'INVALID_MAX_COST' }));
    expect(() => new CostBudget(Number.NaN)).toThrow(expect.objectContaining({ code: 'INVALID_MAX_COST' }));
  });

  it('notes an unpriced model once', () => {
    const budget = new CostBudget(null);
    expect(budget.noteUnpriced('openai-compatible:http://127.0.0.1:11434/v1#llama3')).toBe(true);
    expect(budget.noteUnpriced('openai-compatible:http://127.0.0.1:11434/v1#llama3')).toBe(false);
  });
});

describe('estimateCallCostUsd', () => {
  it('counts about four characters a token plus the whole output allowance', () => {
    expect(estimateTokens('a'.repeat(4000))).toBe(1000);
    const prompt: ModelPrompt = {
      system: 'a'.repeat(400),
      sharedContext: 'b'.repeat(3600),
      prompt: 'c'.repeat(4000),
    };
    const price = MODEL_PRICES['claude-sonnet-4-5']!;
    // 2000 input tokens × $3 + 1000 output tokens × $15, per million tokens
    expect(estimateCallCostUsd({ prompt, maxOutputTokens: 1000, price })).toBeCloseTo(0.021, 10);
    expect(estimateCallCostUsd({ prompt, maxOutputTokens: 1000, price: null })).toBeNull();
  });
});
