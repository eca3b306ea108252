// Small words that join the parts of real hyphenated English ("state-of-the-art", "face-to-face").
const JOINING = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'up',
]);

/**
 * Identifiers pasted into copy: the client's own slug, or a lowercase token of three or more
 * hyphen-joined words none of which is a joining word ("chatham-wayside-inn", not "day-to-day").
 */
export function findSlugs(text: string, knownSlugs: readonly string[] = []): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}/.@_-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\p{L}\p{N}/@_-]|\.[a-z])/gu,
  )) {
    const token = match[0];
    const parts = token.split('-');
    if (knownSlugs.includes(token)) found.add(token);
    else if (
      parts.length >= 3 &&
      !parts.some((part) => JOINING.has(part)) &&
      parts.some((part) => /[a-z]/.test(part))
    )
      found.add(token);
  }
  return [...found];
}
