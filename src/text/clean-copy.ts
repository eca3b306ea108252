import { findMenuText } from './copy-editor/find-menu-text.ts';
import { splitSentences } from './copy-editor/split-sentences.ts';

// A button's label copied with the text around it: "Starting at $140 View Service →", "Read more »".
const CONTROL_LABEL =
  /\s*(?<![\p{L}])(?:view|read|learn|see|shop|explore|discover|find out|book|order)(?:\s+[\p{L}]+){0,2}\s*[→›»]+/giu;

/** The text without the button labels and arrows a crawl copied into it. */
export function withoutControls(text: string): string {
  return text
    .replace(CONTROL_LABEL, '')
    .replace(/\s*[→›»]+\s*$/u, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * A crawled description as copy: button labels removed, then only the sentences `keep` accepts and
 * no navigation; null when nothing is left.
 *
 * @example cleanSentences('Patched. Results guaranteed. View Service →', (s) => !/guaranteed/.test(s)) // 'Patched.'
 */
export function cleanSentences(text: string | null, keep: (sentence: string) => boolean): string | null {
  if (!text) return null;
  const kept = splitSentences(withoutControls(text)).filter(
    (sentence) => keep(sentence) && findMenuText(sentence) === null,
  );
  return kept.length > 0 ? kept.join(' ') : null;
}

/** Each text without the sentences two or more of them share (a disclaimer pasted under every card). */
export function withoutSharedSentences(texts: ReadonlyArray<string | null>): Array<string | null> {
  const key = (sentence: string) =>
    sentence
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const sentence of new Set(splitSentences(text ?? '').map(key)))
      counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
  }
  return texts.map((text) => {
    if (!text) return text;
    const kept = splitSentences(text).filter((sentence) => (counts.get(key(sentence)) ?? 0) < 2);
    return kept.length > 0 ? kept.join(' ') : null;
  });
}
