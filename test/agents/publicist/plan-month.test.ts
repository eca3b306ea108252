import { describe, expect, it } from 'vitest';
import { piecesPerWeekForBudget, planMonth } from '../../../src/agents/publicist/plan-month.ts';
import { dentalPlan } from './fixtures.ts';

describe('planning the month', () => {
  const briefs = dentalPlan().briefs;

  it('asks for more pieces a week as the budget grows', () => {
    expect([500, 2000, 5000, 10000, 50000].map(piecesPerWeekForBudget)).toEqual([2, 3, 4, 5, 6]);
  });

  it('plans four full weeks, every brief first, then new takes', () => {
    const month = planMonth({ monthly: 5000, platforms: ['google', 'meta'], briefs });
    expect(month.weeks).toHaveLength(4);
    for (const week of month.weeks) expect(week).toHaveLength(4);
    const pieces = month.weeks.flat();
    for (const brief of briefs) {
      expect(pieces.some((piece) => piece.briefId === brief.id && piece.kind === 'first')).toBe(true);
    }
    expect(pieces.filter((piece) => piece.kind === 'first')).toHaveLength(5);
  });

  it('adds a piece for every platform no brief is written for, and makes room for it', () => {
    const month = planMonth({ monthly: 500, platforms: ['google', 'meta', 'linkedin', 'pinterest'], briefs });
    const pieces = month.weeks.flat();
    expect(month.budgetPerWeek).toBe(2);
    expect(month.perWeek).toBe(2);
    for (const platform of ['linkedin', 'pinterest'] as const) {
      expect(pieces.some((piece) => piece.platform === platform && piece.kind === 'adaptation')).toBe(true);
    }
    const crowded = planMonth({
      monthly: 500,
      platforms: ['google', 'meta', 'linkedin', 'pinterest', 'tiktok', 'microsoft'],
      briefs,
    });
    expect(crowded.perWeek).toBe(3);
  });

  it("posts on each platform's good days, spread evenly over them", () => {
    const month = planMonth({ monthly: 20000, platforms: ['meta'], briefs });
    for (const week of month.weeks) {
      const days = week.filter((piece) => piece.platform === 'meta').map((piece) => piece.day);
      for (const day of days) expect(['Tuesday', 'Thursday', 'Saturday']).toContain(day);
      const counts = ['Tuesday', 'Thursday', 'Saturday'].map((day) => days.filter((d) => d === day).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });
});
