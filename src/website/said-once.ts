import type { PlannedPage } from './site-plan.ts';

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The sentences of a text, folded, for telling whether a later item only says them again. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map(fold)
    .filter((sentence) => sentence.length > 0);
}

/**
 * The page with every section item that only repeats what the page already said (its lead or an
 * earlier item) left out, and a section left with no item dropped: research often holds the
 * brand's description both as the description and as a value proposition.
 */
export function saidOnce(page: PlannedPage): PlannedPage {
  const said = new Set(sentencesOf(page.intro));
  const sections = page.sections.flatMap((section) => {
    const items = section.items.filter((item) => {
      const sentences = sentencesOf(item);
      if (sentences.length > 0 && sentences.every((sentence) => said.has(sentence))) return false;
      for (const sentence of sentences) said.add(sentence);
      return true;
    });
    return items.length > 0 || section.items.length === 0 ? [{ ...section, items }] : [];
  });
  return { ...page, sections };
}

/** Whether `text` only says again what `said` (text already on the page) says. */
export function onlyRepeats(text: string, said: string): boolean {
  const known = new Set(sentencesOf(said));
  const sentences = sentencesOf(text);
  return sentences.length > 0 && sentences.every((sentence) => known.has(sentence));
}

/** The text with any sentence it, or `said`, already said left out ("X. Y. X." reads "X. Y."). */
export function withoutRepeatedSentences(text: string, said = ''): string {
  const seen = new Set<string>(sentencesOf(said));
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .filter((sentence) => {
      const key = fold(sentence);
      if (key && seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join(' ');
}

/** The items that add to `said` and to each other, in order (each repeat left out). */
export function newItems(items: readonly string[], said: string): string[] {
  const kept: string[] = [];
  for (const item of items) if (!onlyRepeats(item, [said, ...kept].join(' '))) kept.push(item);
  return kept;
}
