import { type AdKind, countChars } from './platform-limits.ts';

/** Words a shortened line must not end on: they promise a continuation that was cut. */
const DANGLING: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto about as than that ' +
    'which who our your their its my his her so if is are was be very plus & +'
  ).split(' '),
);
const TRAILING_PUNCTUATION = /[\s,;:.\-–—/&+([{"'“‘…]+$/u;
const MIN_WORDS = 2;

/**
 * Shortens copy to fit `max` characters (as `countChars` counts them for `kind`) by dropping whole
 * words from the end, then any dangling filler word or punctuation. Never cuts a word in half.
 * Returns null when what is left would not say anything (fewer than two words).
 *
 * @example fitText('Fresh sourdough baked every morning in Portland', 30) // 'Fresh sourdough baked every'
 */
export function fitText(text: string, max: number, kind?: AdKind): string | null {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean === '') return null;
  if (countChars(clean, kind) <= max) return clean;

  const words = clean.split(' ');
  for (let count = words.length - 1; count >= MIN_WORDS; count -= 1) {
    const candidate = trimDangling(words.slice(0, count));
    if (candidate.length < MIN_WORDS) continue;
    const line = candidate.join(' ');
    if (countChars(line, kind) <= max) return line;
  }
  return null;
}

function trimDangling(words: string[]): string[] {
  const kept = [...words];
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    const stripped = last.replace(TRAILING_PUNCTUATION, '');
    if (stripped === '' || DANGLING.has(stripped.toLowerCase())) {
      kept.pop();
      continue;
    }
    kept[kept.length - 1] = stripped;
    break;
  }
  return kept;
}

/** Short words a headline keeps in lower case unless they open or close it (AP/Chicago style). */
const MINOR_WORDS: ReadonlySet<string> = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs with from into over'.split(' '),
);

/**
 * Title Case for headlines: capitalises each word except minor words inside the line; words that
 * already carry a capital after their first letter ("iPhone", "USA", "McDonald's") or a digit are
 * left as written, so brand names and acronyms survive.
 *
 * @example titleCaseHeadline('fresh bread for the whole week') // 'Fresh Bread for the Whole Week'
 */
export function titleCaseHeadline(text: string): string {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words
    .map((word, index) => {
      const edge = index === 0 || index === words.length - 1;
      return word
        .split('-')
        .map((part, partIndex) => {
          const core = part.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
          if (/\p{N}/u.test(part) || /^.+\p{Lu}/u.test(part.replace(/^[^\p{L}]+/u, ''))) return part;
          if (!edge && partIndex === 0 && MINOR_WORDS.has(core)) return part.toLowerCase();
          return capitalise(part.toLowerCase());
        })
        .join('-');
    })
    .join(' ');
}

function capitalise(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}
