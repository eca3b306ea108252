/**
 * Brand text (from the open web) made safe for markdown prose: angle brackets become entities so
 * a markdown viewer never renders them as HTML; they still read as `<` and `>`.
 */
export function mdText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Brand text for a markdown table cell: safe as prose, and a `|` cannot split the cell. */
export function mdCell(text: string): string {
  return mdText(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
