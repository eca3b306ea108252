// "X at X", "X from X", "X offers X": a name joined to itself by a small word.
const REPEATED =
  /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}&'’. -]{2,}?)\s+(?:at|from|in|by|with|of|offers|for|and|:)\s+\1(?![\p{L}\p{N}])/iu;

/** The repeated name when a text joins a name to itself ("Rosalind & Sons Bakery at Rosalind & Sons Bakery"). */
export function findRepeatedSubject(text: string): string | null {
  const match = REPEATED.exec(text);
  if (!match) return null;
  const name = match[1]!.trim();
  // One word repeated ("more and more", "Special for special occasions") is English, not a slot filled twice.
  return name.split(/\s+/).length >= 2 ? name : null;
}
