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

/**
 * The phrase an avoid entry forbids: "authentic (unless explained)" forbids "authentic"; the
 * parenthesis is advice for writers, not part of the phrase.
 */
export function avoidPhrase(entry: string): string {
  return entry.replace(/\([^)]*\)/g, '').trim();
}

function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // Letter/digit boundaries rather than \b, so phrases like "#1" and "100% safe" match too.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The avoid entries whose phrase occurs in the text. */
export function findAvoided(text: string, avoid: readonly string[]): string[] {
  return avoid.filter((entry) => {
    const phrase = avoidPhrase(entry);
    return phrase.length > 0 && phrasePattern(phrase).test(text);
  });
}

/** Removes avoided phrases from copied text, tidying the spaces they leave. */
export function withoutAvoided(text: string, avoid: readonly string[]): string {
  let result = text;
  for (const entry of avoid) {
    const phrase = avoidPhrase(entry);
    if (phrase) result = result.replace(phrasePattern(phrase), '');
  }
  return result
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .trim();
}
