import type { CopyProblem } from './copy-problem.ts';
import { splitSentences } from './split-sentences.ts';

/**
 * Sentences that recur across the items of one document (a monthly plan's pieces, a page's cards):
 * a sentence of five words or more written `times` times or more says nothing new after the first.
 */
export function findRepeatedSentences(items: readonly string[], times: number): CopyProblem[] {
  const counts = new Map<string, { sentence: string; count: number }>();
  for (const item of items) {
    const seen = new Set<string>();
    // A quote shown in several shots is an instruction to show it; only our own sentences count.
    for (const sentence of splitSentences(item.replace(/“[^”]*”|"[^"]*"/g, '“…”'))) {
      if (sentence.split(/\s+/).length < 5 || isField(sentence)) continue;
      const key = sentence
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { sentence, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .filter((entry) => entry.count >= times)
    .map((entry) => ({
      rule: 'repeated-sentence' as const,
      sentence: entry.sentence,
      message: `written ${entry.count} times`,
    }));
}

/** A labelled field ("For: Busy parents.", "Idea: Fresh bread."): a list's data, meant to recur. */
function isField(sentence: string): boolean {
  return /^[\p{Lu}][\p{L}]*(?: [\p{L}]+){0,2}:\s/u.test(sentence);
}
