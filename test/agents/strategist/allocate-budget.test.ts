import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateBudget, type BudgetLineRequest } from '../../../src/agents/strategist/allocate-budget.ts';
import { splitByLargestRemainder } from '../../../src/agents/strategist/largest-remainder.ts';
import { PlatformId } from '../../../src/schemas/brand-config.ts';

const platformLines = fc
  .uniqueArray(fc.constantFrom(...PlatformId.options), { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((platform) => fc.integer({ min: 1, max: 100 }).map((weight) => ({ platform, weight }))),
    ),
  );

describe('allocateBudget', () => {
  it('splits any budget into whole dollars that sum exactly to the total, with an exact 15% test carve-out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 1_000_000 }),
        platformLines,
        (total, lines: BudgetLineRequest[]) => {
          const { budget, dropped } = allocateBudget({ monthlyTotal: total, lines });
          const monthly = budget.allocation.reduce((sum, line) => sum + line.monthly, 0);
          const test = budget.allocation.reduce((sum, line) => sum + line.test_monthly, 0);
          expect(monthly).toBe(total);
          expect(test).toBe(Math.round((total * 15) / 100));
          expect(budget.test_allocation.monthly).toBe(test);
          for (const line of budget.allocation) {
            expect(Number.isInteger(line.monthly)).toBe(true);
            expect(line.core_monthly + line.test_monthly).toBe(line.monthly);
            expect(line.core_monthly).toBeGreaterThanOrEqual(0);
            expect(line.test_monthly).toBeGreaterThanOrEqual(0);
            expect(line.daily).toBe(Math.round((line.monthly / 30.4) * 100) / 100);
          }
          expect(budget.allocation.length + dropped.length).toBe(lines.length);
          expect(budget.allocation.length).toBeGreaterThanOrEqual(1);
          expect(Math.abs(budget.allocation.reduce((sum, line) => sum + line.share, 0) - 1)).toBeLessThan(
            1e-9,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every platform at or above $50 a day whenever more than one platform remains', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 200_000 }),
        platformLines,
        (total, lines: BudgetLineRequest[]) => {
          const { budget } = allocateBudget({ monthlyTotal: total, lines });
          if (budget.allocation.length > 1) {
            for (const line of budget.allocation) expect(line.monthly).toBeGreaterThanOrEqual(1520);
          }
        },
      ),
    );
  });

  it('drops the lowest-priority platforms from a tiny budget, keeps one, and says why', () => {
    const { budget, dropped, notes } = allocateBudget({
      monthlyTotal: 2000,
      lines: [
        { platform: 'google', weight: 50 },
        { platform: 'meta', weight: 35 },
        { platform: 'tiktok', weight: 15 },
      ],
    });
    expect(budget.allocation.map((line) => line.platform)).toEqual(['google']);
    expect(dropped).toEqual(['meta', 'tiktok']);
    expect(budget.allocation[0]).toMatchObject({
      share: 1,
      monthly: 2000,
      test_monthly: 300,
      core_monthly: 1700,
    });
    expect(notes.join(' ')).toMatch(
      /Dropped meta, tiktok: \$2,000 a month cannot give every platform at least \$50 a day/,
    );
  });

  it('keeps a single platform even below the minimum and flags the shortfall', () => {
    const { budget, notes } = allocateBudget({
      monthlyTotal: 300,
      lines: [
        { platform: 'google', weight: 60 },
        { platform: 'meta', weight: 40 },
      ],
    });
    expect(budget.allocation).toHaveLength(1);
    expect(budget.allocation[0]).toMatchObject({ platform: 'google', monthly: 300, daily: 9.87 });
    expect(notes.some((note) => note.includes('below the $50/day minimum'))).toBe(true);
  });

  it('gives daily amounts in cents from a 30.4-day month', () => {
    const { budget } = allocateBudget({
      monthlyTotal: 10_000,
      lines: [
        { platform: 'google', weight: 60 },
        { platform: 'meta', weight: 40 },
      ],
    });
    expect(budget.daily_total).toBe(328.95);
    expect(budget.allocation.map((line) => [line.monthly, line.test_monthly, line.daily])).toEqual([
      [6000, 900, 197.37],
      [4000, 600, 131.58],
    ]);
  });
});

describe('splitByLargestRemainder', () => {
  it('gives leftover units to the largest remainders, earlier entries winning ties', () => {
    expect(splitByLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByLargestRemainder(10, [3, 3, 4])).toEqual([3, 3, 4]);
    expect(splitByLargestRemainder(7, [1, 2])).toEqual([2, 5]);
  });
});
