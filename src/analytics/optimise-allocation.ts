/**
 * Splits a daily budget across campaigns (or platforms, ad sets…) to maximise expected conversions,
 * given each item's response curve, per-item bounds and per-group minimums.
 */

export interface AllocationItem {
  id: string;
  /** Items sharing a group share a group minimum (a platform, typically). */
  group: string;
  /** Daily spend bounds, ≥ 0; `max` may be Infinity. */
  min: number;
  max: number;
  /** Expected conversions at a daily spend; should be concave and increasing. */
  expected: (spend: number) => number;
  /** Derivative of `expected`. */
  marginal: (spend: number) => number;
}

export interface AllocationInput {
  /** Daily total to spend, exactly (to the cent). */
  total: number;
  items: readonly AllocationItem[];
  /** Least daily spend per group, e.g. `{ google: 50, meta: 50 }`. */
  groupMinimums?: Record<string, number>;
  /** Size of the first increments in dollars; default a thousandth of the budget above the minimums. */
  step?: number;
}

export interface Allocation {
  /** Daily spend per item id, in whole cents, summing to `total`. */
  allocation: Record<string, number>;
  /** Expected daily conversions at that allocation. */
  expected: number;
  /** Cost of one more conversion (1 / marginal) per item id; null where the marginal is not positive. */
  marginalCost: Record<string, number | null>;
}

/** Moves that gain less than this share of the total are rounding noise, not improvements. */
const IMPROVEMENT_TOLERANCE = 1e-12;

/**
 * Maximises Σ expected(xᵢ) subject to Σ xᵢ = total, minᵢ ≤ xᵢ ≤ maxᵢ and each group's sum ≥ its
 * minimum. Throws a RangeError naming the constraint when they cannot all be met.
 *
 * Method, in whole cents so the total is exact: start every item at its minimum; top up each group
 * below its minimum greedily within the group; then hand out the rest in steps to whichever item
 * gains most from the next step (the last, partial step is the rounding remainder, and it too goes to
 * the best item). For concave curves that greedy is optimal on its step grid, and because
 * water-filling is monotone in the budget, meeting group minimums first never has to be undone.
 * Finally the step is halved down to one cent, each time moving money from the item that loses least
 * to the one that gains most while that helps, which leaves interior items at equal marginal return.
 *
 * @example
 * optimiseAllocation({
 *   total: 1000,
 *   items: campaigns.map((campaign) => ({ id: campaign.id, group: campaign.platform, min: 0, max: 800,
 *     expected: campaign.posterior.expectedAt, marginal: campaign.posterior.marginalAt })),
 *   groupMinimums: { google: 50, meta: 50 },
 * });
 */
export function optimiseAllocation(input: AllocationInput): Allocation {
  const problem = centsProblem(input);
  const { items, totalCents } = problem;
  const state = new AllocationState(problem);

  if (input.step !== undefined && !(input.step > 0 && Number.isFinite(input.step))) {
    throw new RangeError(`step must be a positive number of dollars, got ${input.step}`);
  }
  // About a thousand greedy steps, whatever the budget; the rebalancing then refines to the cent.
  const stepCents = Math.max(
    1,
    Math.round(input.step === undefined ? (totalCents - state.sum()) / 1000 : input.step * 100),
  );

  for (const [group, minimumCents] of problem.groupMinimumCents) {
    const members = items.flatMap((item, index) => (item.group === group ? [index] : []));
    state.fill(members, minimumCents - state.groupSum(group), stepCents);
  }
  state.fill(
    items.map((_, index) => index),
    totalCents - state.sum(),
    stepCents,
  );
  for (let delta = stepCents; ; delta = Math.max(1, Math.floor(delta / 2))) {
    state.rebalance(delta);
    if (delta === 1) break;
  }

  const spends = items.map((_, index) => state.cents[index]! / 100);
  const marginals = items.map((item, index) => item.marginal(spends[index]!));
  return {
    allocation: Object.fromEntries(items.map((item, index) => [item.id, spends[index]!])),
    expected: items.reduce((sum, item, index) => sum + item.expected(spends[index]!), 0),
    marginalCost: Object.fromEntries(
      items.map((item, index) => [item.id, marginals[index]! > 0 ? 1 / marginals[index]! : null]),
    ),
  };
}

interface CentsProblem {
  items: readonly AllocationItem[];
  totalCents: number;
  minCents: number[];
  maxCents: number[];
  groupMinimumCents: Map<string, number>;
}

function centsProblem(input: AllocationInput): CentsProblem {
  const { items } = input;
  if (items.length === 0) throw new RangeError('optimiseAllocation needs at least one item');
  if (!(input.total >= 0) || !Number.isFinite(input.total)) {
    throw new RangeError(`total must be a finite amount ≥ 0, got ${input.total}`);
  }
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new RangeError(`item id ${item.id} appears more than once`);
    ids.add(item.id);
    if (!(item.min >= 0) || !Number.isFinite(item.min) || !(item.max >= item.min)) {
      throw new RangeError(`item ${item.id} needs 0 ≤ min ≤ max, got min ${item.min}, max ${item.max}`);
    }
  }
  const totalCents = Math.round(input.total * 100);
  // Bounds move inwards to whole cents, so a rounded allocation can never break them.
  const minCents = items.map((item) => Math.ceil(item.min * 100 - 1e-6));
  const maxCents = items.map((item) => Math.floor(item.max * 100 + 1e-6));
  items.forEach((item, index) => {
    if (maxCents[index]! < minCents[index]!) {
      throw new RangeError(`item ${item.id} has no whole-cent amount between min and max`);
    }
  });

  const sumMin = sum(minCents);
  if (sumMin > totalCents) {
    throw new RangeError(
      `item minimums add up to ${dollars(sumMin)}, more than the total ${dollars(totalCents)}`,
    );
  }
  const sumMax = sum(maxCents);
  if (sumMax < totalCents) {
    throw new RangeError(
      `item maximums add up to ${dollars(sumMax)}, less than the total ${dollars(totalCents)}`,
    );
  }

  const groupMinimumCents = new Map<string, number>();
  let deficits = 0;
  for (const [group, minimum] of Object.entries(input.groupMinimums ?? {})) {
    if (!(minimum >= 0) || !Number.isFinite(minimum)) {
      throw new RangeError(`group minimum for ${group} must be a finite amount ≥ 0, got ${minimum}`);
    }
    const cents = Math.ceil(minimum * 100 - 1e-6);
    if (cents === 0) continue;
    const members = items.flatMap((item, index) => (item.group === group ? [index] : []));
    if (members.length === 0) throw new RangeError(`group ${group} has a minimum of ${minimum} but no items`);
    const groupMax = sum(members.map((index) => maxCents[index]!));
    if (groupMax < cents) {
      throw new RangeError(
        `group ${group} needs ${dollars(cents)} but its items' maximums add up to ${dollars(groupMax)}`,
      );
    }
    deficits += Math.max(0, cents - sum(members.map((index) => minCents[index]!)));
    groupMinimumCents.set(group, cents);
  }
  if (sumMin + deficits > totalCents) {
    throw new RangeError(
      `item and group minimums need ${dollars(sumMin + deficits)}, more than the total ${dollars(totalCents)}`,
    );
  }
  return { items, totalCents, minCents, maxCents, groupMinimumCents };
}

/** The allocation being built, in cents, with the gain of each item's next move cached. */
class AllocationState {
  readonly cents: number[];
  private readonly problem: CentsProblem;
  private readonly gainCache = new Map<string, number>();

  constructor(problem: CentsProblem) {
    this.problem = problem;
    this.cents = [...problem.minCents];
  }

  sum(): number {
    return sum(this.cents);
  }

  groupSum(group: string): number {
    return this.problem.items.reduce(
      (total, item, index) => (item.group === group ? total + this.cents[index]! : total),
      0,
    );
  }

  /** Adds `amount` cents to `members`, `step` at a time, each step to the item that gains most per cent. */
  fill(members: readonly number[], amount: number, step: number): void {
    let remaining = amount;
    while (remaining > 0) {
      const delta = Math.min(step, remaining);
      let best = -1;
      let bestRate = Number.NEGATIVE_INFINITY;
      let bestDelta = 0;
      for (const index of members) {
        const moved = Math.min(delta, this.problem.maxCents[index]! - this.cents[index]!);
        if (moved <= 0) continue;
        const rate = this.change(index, moved) / moved;
        if (rate > bestRate) {
          best = index;
          bestRate = rate;
          bestDelta = moved;
        }
      }
      // The feasibility checks guarantee room; running out here would be a bug.
      if (best < 0) throw new Error('optimiseAllocation: no item can take more spend');
      this.cents[best]! += bestDelta;
      remaining -= bestDelta;
    }
  }

  /** Moves `delta` cents from the item that loses least to the one that gains most, while that helps. */
  rebalance(delta: number): void {
    const { items, minCents, maxCents, groupMinimumCents } = this.problem;
    const limit = 20 * items.length + 100;
    const noise = IMPROVEMENT_TOLERANCE * Math.max(1, Math.abs(this.expectedTotal()));
    for (let move = 0; move < limit; move += 1) {
      const gains = items.map((_, index) =>
        this.cents[index]! + delta <= maxCents[index]! ? this.change(index, delta) : Number.NEGATIVE_INFINITY,
      );
      const losses = items.map((_, index) =>
        this.cents[index]! - delta >= minCents[index]!
          ? -this.change(index, -delta)
          : Number.POSITIVE_INFINITY,
      );
      const groupSlack = new Map<string, boolean>();
      for (const [group, minimum] of groupMinimumCents)
        groupSlack.set(group, this.groupSum(group) - delta >= minimum);

      let bestImprovement = 0;
      let from = -1;
      let to = -1;
      items.forEach((giver, giverIndex) => {
        if (losses[giverIndex] === Number.POSITIVE_INFINITY) return;
        const giverFree = groupSlack.get(giver.group) ?? true;
        items.forEach((receiver, receiverIndex) => {
          if (receiverIndex === giverIndex || (!giverFree && receiver.group !== giver.group)) return;
          const improvement = gains[receiverIndex]! - losses[giverIndex]!;
          if (improvement > bestImprovement) {
            bestImprovement = improvement;
            from = giverIndex;
            to = receiverIndex;
          }
        });
      });
      if (from < 0 || bestImprovement <= noise) return;
      this.cents[from]! -= delta;
      this.cents[to]! += delta;
    }
  }

  /** expected(x + delta) − expected(x) for one item, cached by position and move. */
  private change(index: number, delta: number): number {
    const at = this.cents[index]!;
    const key = `${index}:${at}:${delta}`;
    const cached = this.gainCache.get(key);
    if (cached !== undefined) return cached;
    const item = this.problem.items[index]!;
    const value = item.expected((at + delta) / 100) - item.expected(at / 100);
    this.gainCache.set(key, value);
    return value;
  }

  private expectedTotal(): number {
    return this.problem.items.reduce(
      (total, item, index) => total + item.expected(this.cents[index]! / 100),
      0,
    );
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function dollars(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}
