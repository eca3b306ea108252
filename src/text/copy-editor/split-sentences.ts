/**
 * The sentences of a paragraph: split after `.`, `!`, `?` or `…` followed by a space and a capital,
 * digit or quote, so abbreviations inside a sentence ("e.g. fresh", "William H. Haley") stay whole more often.
 */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=(?<![\s(]\p{Lu})[.!?…])\s+(?=[\p{Lu}\p{N}“"'‘(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Whether a line reads as prose (it ends a sentence) rather than a heading, label or button. */
export function isProse(line: string): boolean {
  return /[.!?…]["”’)]?$/.test(line.trim()) && line.trim().split(/\s+/).length >= 3;
}
