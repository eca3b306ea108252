import { FactoryError } from '../errors/factory-error.ts';

/**
 * The money one factory run may spend on models (`--max-cost`, USD). `null` means no limit.
 * Costs that are unknown (a model without a price) cannot be counted, so they never block.
 *
 * @example
 * const budget = new CostBudget(2);
 * if (budget.canAfford(0.05)) budget.charge(0.04);
 * budget.remaining; // 1.96
 */
export class CostBudget {
  readonly maxUsd: number | null;
  #spent = 0;
  readonly #unpriced = new Set<string>();

  constructor(maxUsd: number | null) {
    if (maxUsd !== null && !(Number.isFinite(maxUsd) && maxUsd >= 0)) {
      throw new FactoryError(
        'INVALID_MAX_COST',
        `--max-cost must be a number of dollars, 0 or more (got ${maxUsd}).`,
        'For example --max-cost 5 allows up to $5 of model calls in this run.',
      );
    }
    this.maxUsd = maxUsd;
  }

  /** USD charged so far. */
  get spent(): number {
    return this.#spent;
  }

  /** USD left, never below 0; `null` when there is no limit. */
  get remaining(): number | null {
    return this.maxUsd === null ? null : Math.max(0, this.maxUsd - this.#spent);
  }

  /** Whether a call estimated to cost `estimatedUsd` stays within the limit (`null`: unknown cost). */
  canAfford(estimatedUsd: number | null): boolean {
    if (this.maxUsd === null || estimatedUsd === null) return true;
    return this.#spent + estimatedUsd <= this.maxUsd;
  }

  /** Records money spent; unknown (`null`) costs are not counted. */
  charge(usd: number | null): void {
    if (usd === null) return;
    if (!(Number.isFinite(usd) && usd >= 0)) throw new Error(`Cannot charge ${usd} USD to a cost budget.`);
    this.#spent += usd;
  }

  /** Records that `model` has no price; true the first time, so the warning is given once a run. */
  noteUnpriced(model: string): boolean {
    if (this.#unpriced.has(model)) return false;
    this.#unpriced.add(model);
    return true;
  }
}
