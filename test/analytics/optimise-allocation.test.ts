import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AllocationItem, optimiseAllocation } from '../../src/analytics/optimise-allocation.ts';
import { expectedAt, type HillCurve, marginalAt } from '../../src/analytics/response-curve.ts';

function item(
  id: string,
  curve: HillCurve,
  bounds: Partial<Pick<AllocationItem, 'group' | 'min' | 'max'>> = {},
) {
  return {
    id,
    group: bounds.group ?? id,
    min: bounds.min ?? 0,
    max: bounds.max ?? Number.POSITIVE_INFINITY,
    expected: (spend: number) => expectedAt(curve, spend),
    marginal: (spend: number) => marginalAt(curve, spend),
  } satisfies AllocationItem;
}

const sumOf = (allocation: Record<string, number>) =>
  Object.values(allocation).reduce((sum, value) => sum + value, 0);
const cents = (amount: number) => Math.round(amount * 100);

describe('optimiseAllocation', () => {
  it('splits evenly between two identical curves', () => {
    const curve = { vmax: 30, half: 400, shape: 0.8 };
    const result = optimiseAllocation({ total: 1000, items: [item('a', curve), item('b', curve)] });
    expect(result.allocation.a).toBeCloseTo(500, 1);
    expect(result.allocation.b).toBeCloseTo(500, 1);
    expect(result.expected).toBeCloseTo(2 * expectedAt(curve, 500), 6);
  });

  it('puts the odd cent on one item so the total is exact', () => {
    const curve = { vmax: 30, half: 400, shape: 1 };
    const result = optimiseAllocation({ total: 100.01, items: [item('a', curve), item('b', curve)] });
    expect(cents(sumOf(result.allocation))).toBe(10001);
    expect([result.allocation.a, result.allocation.b].sort()).toEqual([50, 50.01]);
  });

  it('gives a clearly better curve more of the budget', () => {
    const result = optimiseAllocation({
      total: 1200,
      items: [
        item('strong', { vmax: 60, half: 400, shape: 0.8 }),
        item('weak', { vmax: 20, half: 400, shape: 0.8 }),
      ],
    });
    expect(result.allocation.strong!).toBeGreaterThan(2 * result.allocation.weak!);
    expect(result.allocation.weak!).toBeGreaterThan(0);
  });

  it('equalises marginal return across items not at a bound', () => {
    const items = [
      item('search', { vmax: 50, half: 700, shape: 0.8 }),
      item('social', { vmax: 35, half: 300, shape: 0.6 }),
      item('video', { vmax: 20, half: 900, shape: 1 }),
      item('capped', { vmax: 80, half: 200, shape: 1 }, { max: 150 }),
    ];
    const result = optimiseAllocation({ total: 2500, items });
    expect(result.allocation.capped).toBe(150);
    expect(cents(sumOf(result.allocation))).toBe(250000);
    const interior = ['search', 'social', 'video'].map((id) =>
      items.find((candidate) => candidate.id === id)!.marginal(result.allocation[id]!),
    );
    for (const marginal of interior) expect(marginal / interior[0]!).toBeCloseTo(1, 3);
    // The capped item would still pay more per dollar than the rest: that is why it sits at its cap.
    expect(items[3]!.marginal(150)).toBeGreaterThan(interior[0]!);
    expect(result.marginalCost.search).toBeCloseTo(1 / interior[0]!, 6);
  });

  it('respects item bounds and group minimums', () => {
    const result = optimiseAllocation({
      total: 1000,
      items: [
        item('google-brand', { vmax: 80, half: 500, shape: 0.8 }, { group: 'google', max: 700 }),
        item('google-generic', { vmax: 40, half: 500, shape: 0.8 }, { group: 'google' }),
        item('meta-prospecting', { vmax: 6, half: 500, shape: 0.8 }, { group: 'meta', min: 20 }),
        item('meta-retargeting', { vmax: 5, half: 500, shape: 0.8 }, { group: 'meta' }),
      ],
      groupMinimums: { meta: 120 },
    });
    const { allocation } = result;
    expect(allocation['google-brand']!).toBeLessThanOrEqual(700);
    expect(allocation['meta-prospecting']!).toBeGreaterThanOrEqual(20);
    // Meta is poor, so it gets its minimum and no more, split by marginal within the group.
    expect(cents(allocation['meta-prospecting']! + allocation['meta-retargeting']!)).toBe(12000);
    expect(allocation['meta-prospecting']!).toBeGreaterThan(allocation['meta-retargeting']!);
    expect(cents(sumOf(allocation))).toBe(100000);
  });

  it('says which constraint cannot be met', () => {
    const curve = { vmax: 10, half: 100, shape: 1 };
    expect(() =>
      optimiseAllocation({
        total: 100,
        items: [item('a', curve, { min: 80 }), item('b', curve, { min: 40 })],
      }),
    ).toThrow(/minimums add up to \$120\.00, more than the total \$100\.00/);
    expect(() =>
      optimiseAllocation({
        total: 100,
        items: [item('a', curve, { max: 30 }), item('b', curve, { max: 40 })],
      }),
    ).toThrow(/maximums add up to \$70\.00, less than the total/);
    expect(() =>
      optimiseAllocation({
        total: 100,
        items: [item('a', curve, { group: 'g', max: 30 }), item('b', curve, { group: 'h' })],
        groupMinimums: { g: 50 },
      }),
    ).toThrow(/group g needs \$50\.00/);
    expect(() =>
      optimiseAllocation({
        total: 100,
        items: [item('a', curve, { group: 'g' }), item('b', curve, { group: 'h' })],
        groupMinimums: { g: 60, h: 60 },
      }),
    ).toThrow(/item and group minimums need \$120\.00/);
    expect(() => optimiseAllocation({ total: 100, items: [] })).toThrow(RangeError);
  });

  it('gives null marginal cost where spending more buys nothing', () => {
    const result = optimiseAllocation({
      total: 100,
      items: [
        item('live', { vmax: 10, half: 100, shape: 1 }),
        { id: 'dead', group: 'x', min: 10, max: 50, expected: () => 0, marginal: () => 0 },
      ],
    });
    expect(result.allocation).toEqual({ live: 90, dead: 10 });
    expect(result.marginalCost.dead).toBeNull();
    expect(result.marginalCost.live).toBeCloseTo(1 / marginalAt({ vmax: 10, half: 100, shape: 1 }, 90), 9);
  });

  it('beats random feasible allocations', () => {
    const curveArbitrary = fc.record({
      vmax: fc.double({ min: 1, max: 100, noNaN: true }),
      half: fc.double({ min: 20, max: 2000, noNaN: true }),
      shape: fc.double({ min: 0.6, max: 1, noNaN: true }),
      min: fc.integer({ min: 0, max: 100 }),
      room: fc.integer({ min: 50, max: 2000 }),
      group: fc.constantFrom('google', 'meta'),
    });
    fc.assert(
      fc.property(
        fc.array(curveArbitrary, { minLength: 2, maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (specs, budgetShare, randomShares) => {
          const items = specs.map((spec, index) =>
            item(`item-${index}`, spec, { group: spec.group, min: spec.min, max: spec.min + spec.room }),
          );
          const minimum = items.reduce((sum, candidate) => sum + candidate.min, 0);
          const maximum = items.reduce((sum, candidate) => sum + candidate.max, 0);
          const total = Math.round(minimum + budgetShare * (maximum - minimum));
          const result = optimiseAllocation({ total, items });

          expect(cents(sumOf(result.allocation))).toBe(cents(total));
          for (const candidate of items) {
            expect(result.allocation[candidate.id]!).toBeGreaterThanOrEqual(candidate.min);
            expect(result.allocation[candidate.id]!).toBeLessThanOrEqual(candidate.max);
          }

          const random = randomFeasible(items, total, randomShares);
          const randomExpected = items.reduce(
            (sum, candidate, index) => sum + candidate.expected(random[index]!),
            0,
          );
          // Whole cents cost at most a cent's worth of marginal return per item.
          expect(result.expected).toBeGreaterThanOrEqual(randomExpected - 1e-3);
        },
      ),
      { seed: 20260301, numRuns: 300 },
    );
  });

  it('cannot be improved by moving a dollar between any two items, group minimums included', () => {
    const curveArbitrary = fc.record({
      vmax: fc.double({ min: 1, max: 100, noNaN: true }),
      half: fc.double({ min: 20, max: 2000, noNaN: true }),
      shape: fc.double({ min: 0.6, max: 1, noNaN: true }),
      max: fc.integer({ min: 100, max: 2000 }),
      group: fc.constantFrom('google', 'meta', 'tiktok'),
    });
    fc.assert(
      fc.property(
        fc.array(curveArbitrary, { minLength: 2, maxLength: 7 }),
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (specs, groupMinimum, budgetShare) => {
          const items = specs.map((spec, index) =>
            item(`item-${index}`, spec, { group: spec.group, max: spec.max }),
          );
          const groups = [...new Set(items.map((candidate) => candidate.group))];
          const groupMinimums = Object.fromEntries(
            groups.map((group) => {
              const groupMax = items.reduce((sum, c) => (c.group === group ? sum + c.max : sum), 0);
              return [group, Math.min(groupMinimum, groupMax)];
            }),
          );
          const floor = Object.values(groupMinimums).reduce((sum, value) => sum + value, 0);
          const ceiling = items.reduce((sum, candidate) => sum + candidate.max, 0);
          const total = Math.round(floor + budgetShare * (ceiling - floor));
          const { allocation, expected } = optimiseAllocation({ total, items, groupMinimums });

          const groupSum = (group: string) =>
            items.reduce((sum, c) => (c.group === group ? sum + allocation[c.id]! : sum), 0);
          for (const group of groups)
            expect(groupSum(group)).toBeGreaterThanOrEqual(groupMinimums[group]! - 1e-9);
          expect(cents(sumOf(allocation))).toBe(cents(total));
          expect(expected).toBeCloseTo(
            items.reduce((sum, c) => sum + c.expected(allocation[c.id]!), 0),
            9,
          );
          for (const giver of items) {
            const from = allocation[giver.id]!;
            if (from - 1 < giver.min) continue;
            const giverGroupHasSlack = groupSum(giver.group) - 1 >= groupMinimums[giver.group]!;
            for (const receiver of items) {
              const to = allocation[receiver.id]!;
              if (receiver === giver || to + 1 > receiver.max) continue;
              if (!giverGroupHasSlack && receiver.group !== giver.group) continue;
              const change =
                receiver.expected(to + 1) -
                receiver.expected(to) -
                (giver.expected(from) - giver.expected(from - 1));
              expect(change).toBeLessThan(1e-6);
            }
          }
        },
      ),
      { seed: 20260302, numRuns: 200 },
    );
  });
});

/** Spends `total` from the minimums up, in proportion to `shares`, spilling what a full item cannot take. */
function randomFeasible(
  items: readonly AllocationItem[],
  total: number,
  shares: readonly number[],
): number[] {
  const spend = items.map((candidate) => candidate.min);
  let remaining = total - spend.reduce((sum, value) => sum + value, 0);
  while (remaining > 1e-9) {
    const open = items.flatMap((candidate, index) => (spend[index]! < candidate.max ? [index] : []));
    const weights = open.map((index) => (shares[index] ?? 0) + 1e-3);
    const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
    let given = 0;
    open.forEach((index, position) => {
      const amount = Math.min(
        items[index]!.max - spend[index]!,
        (remaining * weights[position]!) / weightTotal,
      );
      spend[index]! += amount;
      given += amount;
    });
    remaining -= given;
  }
  return spend;
}
