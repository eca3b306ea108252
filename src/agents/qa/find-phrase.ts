/** A phrase from the brand's avoid list, with its "(unless …)" qualifier split off. */
export interface AvoidPhrase {
  /** As written in brand-config.json. */
  entry: string;
  phrase: string;
  /** True when the entry allows the phrase under a condition, e.g. "organic (unless certified)". */
  qualified: boolean;
  pattern: RegExp;
}

/** Parses avoid-list entries; whole-word, case-insensitive, and `#1` is a word too. */
export function avoidPhrases(entries: readonly string[]): AvoidPhrase[] {
  return entries.flatMap((entry) => {
    const qualifier = /^(.*?)\s*\(unless\b[^)]*\)\s*$/i.exec(entry);
    const phrase = (qualifier ? qualifier[1]! : entry).trim();
    if (phrase.length === 0) return [];
    return [{ entry, phrase, qualified: qualifier !== null, pattern: wholeWord(phrase) }];
  });
}

/** A case-insensitive pattern for `phrase` not inside a longer word; spaces and apostrophes match their variants. */
export function wholeWord(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
