/**
 * Platforms re-learn delivery after a large edit: a budget more than 20% away from the previous day's
 * puts a campaign in learning for 5 days, converting at 80% of its usual rate.
 */
export const LEARNING_PHASE = { threshold: 0.2, days: 5, efficiency: 0.8 } as const;

/** Whether delivering at `budget` after `previousBudget` (the last budget that delivered) restarts learning. */
export function entersLearning(previousBudget: number | null, budget: number): boolean {
  if (previousBudget === null) return false;
  if (previousBudget <= 0) return budget > 0;
  return Math.abs(budget - previousBudget) / previousBudget > LEARNING_PHASE.threshold;
}
