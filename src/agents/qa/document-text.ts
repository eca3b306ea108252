import * as cheerio from 'cheerio';

/** A line of readable text in a document, with its 1-based line number where the format has lines. */
export interface TextLine {
  line: number | null;
  text: string;
}

const BLOCKS =
  'address, article, aside, blockquote, br, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, li, main, nav, ol, p, pre, section, table, td, th, tr, ul';

/**
 * The prose of a file as people read it: Markdown without code (fences and inline spans), HTML
 * without scripts, styles and tags, JSON as its string values, anything else as it is.
 */
export function documentLines(path: string, text: string): TextLine[] {
  if (path.endsWith('.md')) return markdownLines(text);
  if (path.endsWith('.html') || path.endsWith('.htm')) {
    return htmlText(text)
      .split('\n')
      .map((line) => ({ line: null, text: line.trim() }))
      .filter((line) => line.text.length > 0);
  }
  if (path.endsWith('.json')) {
    try {
      return jsonStrings(JSON.parse(text)).map((value) => ({ line: null, text: value }));
    } catch {
      return [];
    }
  }
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

/** Markdown lines with code blocks blanked and inline code removed (line numbers kept). */
export function markdownLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let fence: string | null = null;
  for (const [index, raw] of text.split('\n').entries()) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null) continue;
    lines.push({ line: index + 1, text: raw.replace(/`[^`\n]*`/g, ' ') });
  }
  return lines;
}

/** The visible text of an HTML page, one block per line. */
export function htmlText(html: string): string {
  const $ = cheerio.load(html);
  $('script, style, template, noscript, svg').remove();
  $(BLOCKS).each((_, element) => {
    $(element).before('\n').after('\n');
  });
  return $('body').length > 0 ? $('body').text() : $.root().text();
}

/** Every string in a JSON value, except under `avoid` keys (lists of words not to use). */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => (key === 'avoid' ? [] : jsonStrings(item)));
  }
  return [];
}
