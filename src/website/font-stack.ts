const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SERIF = 'Georgia, Cambria, "Times New Roman", Times, serif';
const MONO = 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace';

/** Families whose names do not say "serif" but are serif faces (the common web ones). */
const SERIF_FAMILIES =
  /garamond|georgia|times|playfair|lora|merriweather|baskerville|caslon|didot|bodoni|crimson|cormorant|spectral|domine|cardo|vollkorn|alegreya(?! sans)|prata|cinzel|abril|rokkitt|arvo|bitter|zilla|gelasio|frank ruhl|libre caslon|old standard|eb garamond|tinos|charter|palatino|book antiqua|minion|trajan/i;
const MONO_FAMILIES = /mono|courier|consolas|menlo|code/i;

/**
 * The brand's font first, then the system faces closest to it in kind: a serif brand face falls
 * back to serif system faces, not to the sans-serif default.
 */
export function fontStack(family: string): string {
  const quoted = `"${family}"`;
  if (MONO_FAMILIES.test(family)) return `${quoted}, ${MONO}`;
  if (/\bsans\b/i.test(family)) return `${quoted}, ${SANS}`;
  if (/serif|slab/i.test(family) || SERIF_FAMILIES.test(family)) return `${quoted}, ${SERIF}`;
  return `${quoted}, ${SANS}`;
}
