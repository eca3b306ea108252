// A word cut by a slash before its last letter or two ("rehabilitatio/n"); "and/or", "km/h" are words.
const SPLIT = /(?<![\p{L}\p{N}/])(\p{Ll}{4,})\/(\p{Ll}{1,2})(?![\p{L}\p{N}/])/u;

/** A word broken mid-word by a stray slash or a soft line break in the source. */
export function findSplitWord(text: string): string | null {
  const match = SPLIT.exec(text) ?? /\p{L}\u00ad\p{L}/u.exec(text);
  return match ? match[0] : null;
}
