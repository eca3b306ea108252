// Labels research and planning put on facts; in copy they show a slot filled with its field.
const FIELD_LABEL =
  /(?:(?<=\b(?:by|with|from|as|of|and|our|your|the|a|an|for|on|in|has|have)\s)|^)(credential|track record|award|certification|differentiation|value proposition|proof point|pain point|motivation|offering|testimonial|review|rating|usp)s?:\s*\S/iu;
// A colour code, not a street number ("Pkwy #105"): six hex digits, or three with a letter among them.
const HEX = /(?<![\p{L}\p{N}&])#(?:[0-9a-f]{6}|(?=[0-9]*[a-f])[0-9a-f]{3})(?![\p{L}\p{N}])/iu;
// Words that name what the code is ("the brand primary #a5d6a7"): a designer's reference, not a slot.
const COLOUR_NAMED = /\b(primary|accent|secondary|colou?r|background|ink|brand)\s+$/i;
const TAG =
  /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>|\{\{|\}\}|\$\{|\[\[|\]\]|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;

/**
 * A raw value where words belong: an analyst's field label ("backed by credential: board-certified"),
 * a hex colour inside a sentence, markup or template braces.
 *
 * `atStart` also flags a label that opens the text (ad fields are pure copy; documents may have
 * "Label: value" lines).
 */
export function findRawSlot(text: string, atStart: boolean): string | null {
  const label = FIELD_LABEL.exec(text);
  if (label && (atStart || label.index > 0)) return label[0];
  const hex = HEX.exec(text);
  // A palette line ("Primary: #0b5f73") is documentation; a colour inside a sentence is a slot.
  const before = hex ? text.slice(0, hex.index) : '';
  if (hex && /\p{Ll}\s+$/u.test(before) && !COLOUR_NAMED.test(before)) return hex[0];
  const tag = TAG.exec(text);
  return tag ? tag[0] : null;
}
