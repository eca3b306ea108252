/**
 * Splits `total` whole units in proportion to integer `weights` so the parts sum exactly to
 * `total` (Hamilton's method). Integer arithmetic keeps it exact and deterministic; ties in the
 * remainder go to the earlier weight, so callers list higher priorities first.
 *
 * @example splitByLargestRemainder(100, [1, 1, 1]) // [34, 33, 33]
 */
export function splitByLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new Error(`total must be a whole number >= 0, got ${total}`);
  if (weights.some((weight) => !Number.isInteger(weight) || weight < 0)) {
    throw new Error(`weights must be whole numbers >= 0, got ${weights.join(', ')}`);
  }
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new Error('cannot split a positive total over weights that are all zero');
  }
  const parts = weights.map((weight) => Math.floor((total * weight) / weightSum));
  let leftover = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (total * weight) % weightSum }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (leftover === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return parts;
}
