import type { AdVariant } from '../schemas/ad-copy.ts';
import { type CopyProblem, checkAdVariant } from './check-ad-variant.ts';
import type { CopyRules } from './copy-rules.ts';
import { joinClauses, tokenizeCopy } from './tokenize-copy.ts';

export interface EnforcedAdCopy {
  /** Variants that passed every hard rule, in their original order. */
  kept: AdVariant[];
  /** The shape of `AdCopy.rejected`: each dropped variant and why. */
  rejected: { id: string; reason: string }[];
  /** Soft problems (over a recommended length) of the kept variants. */
  warnings: CopyProblem[];
}

/**
 * Keeps the variants that may be published: drops every variant with a hard problem, and every
 * variant whose text repeats an earlier one on the same platform (or reuses an earlier id). The first
 * of equals is kept, so the result depends only on the input order.
 *
 * @example
 * const { kept, rejected, warnings } = enforceAdCopy(variants, createCopyRules(config, [profile]));
 */
export function enforceAdCopy(variants: readonly AdVariant[], rules: CopyRules): EnforcedAdCopy {
  const kept: AdVariant[] = [];
  const rejected: EnforcedAdCopy['rejected'] = [];
  const warnings: CopyProblem[] = [];
  const keptByText = new Map<string, string>();
  const ids = new Set<string>();

  for (const variant of variants) {
    const problems = checkAdVariant(variant, rules);
    const hard = problems.filter((problem) => problem.severity === 'hard');
    if (hard.length > 0) {
      rejected.push({ id: variant.id, reason: hard.map((problem) => problem.message).join('; ') });
      continue;
    }
    if (ids.has(variant.id)) {
      rejected.push({ id: variant.id, reason: `id "${variant.id}" is already used by an earlier variant` });
      continue;
    }
    const key = `${variant.platform}\u0000${normalisedText(variant)}`;
    const first = keptByText.get(key);
    if (first !== undefined) {
      rejected.push({ id: variant.id, reason: `duplicate of "${first}": same ${variant.platform} copy` });
      continue;
    }
    ids.add(variant.id);
    keptByText.set(key, variant.id);
    kept.push(variant);
    warnings.push(...problems);
  }
  return { kept, rejected, warnings };
}

/** Case, spacing and punctuation do not make two ads different to the person who sees them. */
function normalisedText(variant: AdVariant): string {
  return Object.entries(variant.fields)
    .filter(([key]) => key !== 'kind')
    .map(([key, value]) => {
      const texts = Array.isArray(value) ? value : [String(value)];
      return `${key}=${texts.map((text) => joinClauses(tokenizeCopy(text)).trim()).join('\u0001')}`;
    })
    .join('\u0002');
}
