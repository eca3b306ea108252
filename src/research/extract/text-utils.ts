/** Collapses whitespace so excerpts and values compare and print cleanly. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u200b\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Crawled text is untrusted and unbounded; every excerpt is capped to the schema's 200 characters. */
export function clip(text: string, max = 200): string {
  const clean = cleanText(text);
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** A key for deduplication that ignores case, punctuation and spacing. */
export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  const words = cleanText(text).match(/[\p{L}\p{N}'’-]+/gu);
  return words ? words.length : 0;
}

/** Splits prose into sentences; good enough for tone statistics, not for linguistics. */
export function splitSentences(text: string): string[] {
  return cleanText(text)
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .map((s) => s.trim())
    .filter((s) => wordCount(s) >= 3);
}

export function toAbsoluteUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed || /^(javascript|data|vbscript):/i.test(trimmed)) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

export function titleCase(text: string): string {
  if (text !== text.toUpperCase() && text !== text.toLowerCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** A page title's segments: "Rooms | Verona House — Glebe" → ["Rooms", "Verona House", "Glebe"]. */
export function splitTitle(title: string): string[] {
  return title
    .split(/\s+[|–—·:~-]\s+|\s*[|–—·~]\s*/u)
    .map((segment) => segment.trim())
    .filter(Boolean);
}
