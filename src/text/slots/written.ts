/**
 * A sentence template whose slots may be empty: when any slot holds null or undefined (no value of
 * the kind it takes), the sentence is not written and the result is null.
 *
 * @example written`${asNounPhrase(offering)} at ${brand}.` // null when offering is "restful"
 */
export function written(
  parts: TemplateStringsArray,
  ...slots: Array<string | null | undefined>
): string | null {
  if (slots.some((slot) => slot === null || slot === undefined)) return null;
  return parts.reduce((text, part, index) => text + part + (index < slots.length ? slots[index] : ''), '');
}
