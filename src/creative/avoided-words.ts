/**
 * The avoid-list entries a text contains, matched as whole words or phrases, case-insensitive.
 * Ad copy is checked by the copy rules library; this keeps research phrases that would break the
 * brand's avoid list out of pillars and briefs too, which that library does not see.
 */
export function avoidedWords(text: string, avoid: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return avoid.filter((entry) => {
    // "only a few left (unless live stock)": the bracket is a note for people, the phrase is what to avoid.
    const phrase = entry
      .replace(/\([^)]*\)/g, '')
      .trim()
      .toLowerCase();
    if (phrase.length === 0) return false;
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const before = /^\w/.test(phrase) ? '(?<![\\w-])' : '';
    const after = /\w$/.test(phrase) ? '(?![\\w-])' : '';
    return new RegExp(`${before}${escaped}${after}`, 'u').test(lower);
  });
}

export function isClean(text: string, avoid: readonly string[]): boolean {
  return avoidedWords(text, avoid).length === 0;
}
