/** The text as a sentence: trimmed, ending in a full stop unless it already ends in punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]["'”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
