import type { AdVariant } from '../schemas/ad-copy.ts';
import type { CopyRules } from './copy-rules.ts';
import { findClaims } from './find-claims.ts';
import {
  type AdKind,
  countChars,
  type FieldLimit,
  PLATFORM_KIND,
  PLATFORM_LIMITS,
} from './platform-limits.ts';
import { joinClauses, tokenizeCopy } from './tokenize-copy.ts';

export type CopyRule =
  | 'limit'
  | 'count'
  | 'avoid'
  | 'superlative'
  | 'guarantee'
  | 'unverified-claim'
  | 'duplicate'
  | 'empty'
  | 'platform-mismatch';

export interface CopyProblem {
  variantId: string;
  /** The field as a path: `headline`, `headlines[2]`, or `kind` for a platform mismatch. */
  field: string;
  /** `hard` rejects the variant; `soft` is a warning. */
  severity: 'hard' | 'soft';
  rule: CopyRule;
  message: string;
}

/**
 * Checks one variant against its platform's limits, the brand's avoid list, and the research text
 * (claims the site does not make are not ours to make). Pure: the same input gives the same problems
 * in the same order.
 *
 * @example
 * const problems = checkAdVariant(variant, rules);
 * const rejected = problems.some((problem) => problem.severity === 'hard');
 */
export function checkAdVariant(variant: AdVariant, rules: CopyRules): CopyProblem[] {
  const problems: CopyProblem[] = [];
  const report = (
    field: string,
    severity: CopyProblem['severity'],
    rule: CopyRule,
    message: string,
  ): void => {
    problems.push({ variantId: variant.id, field, severity, rule, message });
  };
  const { fields } = variant;
  const kind = fields.kind;

  const expected = PLATFORM_KIND[variant.platform];
  if (expected !== kind) {
    report(
      'kind',
      'hard',
      'platform-mismatch',
      `platform "${variant.platform}" takes "${expected}" copy, not "${kind}"`,
    );
  }

  const limits: Readonly<Record<string, FieldLimit>> = PLATFORM_LIMITS[kind];
  const values = fields as unknown as Readonly<Record<string, string | readonly string[]>>;
  const texts: { path: string; text: string }[] = [];

  for (const [key, limit] of Object.entries(limits)) {
    const value = values[key] ?? '';
    if (typeof value === 'string') {
      texts.push({ path: key, text: value });
      continue;
    }
    if (limit.countMin !== undefined && value.length < limit.countMin) {
      report(
        key,
        'hard',
        'count',
        `${key} has ${value.length}; ${kind} needs at least ${limit.countMin} (${limit.source})`,
      );
    }
    if (limit.countMax !== undefined && value.length > limit.countMax) {
      report(
        key,
        'hard',
        'count',
        `${key} has ${value.length}; ${kind} allows at most ${limit.countMax} (${limit.source})`,
      );
    }
    for (const [index, text] of value.entries()) texts.push({ path: `${key}[${index}]`, text });
    for (const path of duplicatePaths(key, value)) {
      // Google and Microsoft refuse an RSA whose headlines (or descriptions) repeat one another.
      report(path, 'hard', 'duplicate', `${path} repeats an earlier ${key.replace(/s$/u, '')} of this ad`);
    }
  }

  if (limits.path2 && values.path2 && !String(values.path1 ?? '').trim()) {
    report(
      'path1',
      'hard',
      'empty',
      'path2 is set but path1 is empty; the display URL shows path2 only after path1',
    );
  }

  const source = sourceIndex(rules.sourceText);
  const avoid = avoidPhrases(rules.avoid);
  for (const { path, text } of texts) {
    const limit = limits[path.replace(/\[\d+\]$/u, '')]!;
    checkLength(path, text, kind, limit, report);
    const clauses = tokenizeCopy(text);
    const plain = joinClauses(clauses);
    const split = joinClauses(clauses.map((clause) => clause.flatMap((token) => token.split('-'))));
    for (const phrase of avoid) {
      if (plain.includes(phrase.needle) || split.includes(phrase.needle)) {
        report(path, 'hard', 'avoid', `${path} uses "${phrase.original}", which the brand voice avoids`);
      }
    }
    const seen = new Set<string>();
    for (const claim of findClaims(clauses)) {
      if (claim.spans.some((span) => source.includes(` ${span.join(' ')} `))) continue;
      const shown = claim.spans[0]!.join(' ');
      if (seen.has(`${claim.rule}:${shown}`)) continue;
      seen.add(`${claim.rule}:${shown}`);
      report(
        path,
        'hard',
        claim.rule,
        `${path} makes a ${claim.label} ("${shown}") that the research text does not state; claims must come from the brand's own site`,
      );
    }
  }
  return problems;
}

function checkLength(
  path: string,
  text: string,
  kind: AdKind,
  limit: FieldLimit,
  report: (field: string, severity: CopyProblem['severity'], rule: CopyRule, message: string) => void,
): void {
  if (text.trim() === '') {
    if (!limit.optional) report(path, 'hard', 'empty', `${path} is empty`);
    return;
  }
  const length = countChars(text, kind);
  if (limit.hard !== null && length > limit.hard) {
    report(
      path,
      'hard',
      'limit',
      `${path} is ${length} characters; ${kind} allows ${limit.hard} (${limit.source})`,
    );
  } else if (limit.recommended !== null && length > limit.recommended) {
    report(
      path,
      'soft',
      'limit',
      `${path} is ${length} characters; past ${limit.recommended} ${kind} truncates it (${limit.source})`,
    );
  }
}

function duplicatePaths(key: string, values: readonly string[]): string[] {
  const seen = new Set<string>();
  const paths: string[] = [];
  for (const [index, value] of values.entries()) {
    const normal = value.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
    if (normal === '') continue;
    if (seen.has(normal)) paths.push(`${key}[${index}]`);
    seen.add(normal);
  }
  return paths;
}

function avoidPhrases(avoid: readonly string[]): { original: string; needle: string }[] {
  return avoid
    .map((original) => ({ original, tokens: tokenizeCopy(original).flat() }))
    .filter(({ tokens }) => tokens.length > 0)
    .map(({ original, tokens }) => ({ original, needle: ` ${tokens.join(' ')} ` }));
}

// enforceAdCopy checks many variants against one research text; tokenising it once is enough.
let lastSource: { text: string; index: string } | null = null;
function sourceIndex(text: string): string {
  if (lastSource?.text !== text) lastSource = { text, index: joinClauses(tokenizeCopy(text)) };
  return lastSource.index;
}
