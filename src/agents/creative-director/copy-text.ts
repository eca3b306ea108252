import { asNounPhrase, asVerbPhrase } from '../../text/slots/index.ts';

/** Small text helpers the creative templates share: joining, casing and matching words. */

const STOP_WORDS = new Set([
  'about',
  'after',
  'also',
  'and',
  'because',
  'before',
  'between',
  'from',
  'have',
  'into',
  'more',
  'that',
  'their',
  'them',
  'they',
  'this',
  'what',
  'when',
  'where',
  'which',
  'while',
  'with',
  'without',
  'your',
]);

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Ends the text with a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Drops a final full stop, for text that continues. */
export function phrase(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lower-cases the first letter unless the first word looks like a name or acronym ("ADA", "iPhone").
 * A title-cased name ("Network Management") is lowered word by word, so a sentence does not read
 * "network Management"; acronyms and inner capitals ("IT", "CrossFit") keep their case.
 */
export function lowerFirst(text: string): string {
  const words = text.split(/\s+/);
  const first = words[0] ?? '';
  const titleCased =
    words.length > 1 &&
    words.every((word) =>
      /^(?:[A-Z][a-z’'-]*|[A-Z]{2,}|and|or|of|for|the|a|an|to|in|on|with|at|by|&)[,.:;]?$/.test(word),
    );
  if (titleCased) {
    return words
      .map((word, index) =>
        /^[A-Z][a-z’'-]*[,.:;]?$/.test(word) && !(index === 0 && /[A-Z].*[A-Z]/.test(word))
          ? word.toLowerCase()
          : word,
      )
      .join(' ');
  }
  if (/[A-Z].*[A-Z]/.test(first) || /\d/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * An offering's name inside a sentence: its title case would read as shouting ("offers silver
 * Prepaid Plan"), so plain capitalised words are lowered; proper names and acronyms (CrossFit,
 * WOD, IntelliJ) keep their case.
 */
export function nameInSentence(name: string): string {
  const lowered = name
    .split(/(\s+)/)
    .map((word) => (/^[A-Z][a-z’'-]*$/.test(word) ? word.toLowerCase() : word))
    .join('');
  // A single countable thing needs its article ("offers a silver prepaid plan").
  if (!COUNTABLE_SINGULAR.test(lowered)) return lowered;
  return `${/^[aeiou]/i.test(lowered) ? 'an' : 'a'} ${lowered}`;
}

const COUNTABLE_SINGULAR =
  /\b(plan|membership|package|pass|session|program|programme|course|consultation|assessment|class|subscription|kit|box|tour)$/i;

export function slugify(text: string, maxWords = 6): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Rough word stems (first five letters of meaningful words), enough to match "families" with "family". */
export function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 4 && !STOP_WORDS.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

/** How many stems two texts share. */
export function overlap(a: string, b: string): number {
  const left = stems(a);
  let count = 0;
  for (const stem of stems(b)) if (left.has(stem)) count += 1;
  return count;
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Unique by a case-insensitive key, keeping the first spelling. */
export function uniqueText(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.trim().toLowerCase();
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A motivation turned to the reader, by the kind of phrase it is: a verb phrase asks "Want to keep
 * the family healthy?", a noun phrase "Looking for gentle care?"; anything else is not asked (null).
 */
export function motivationQuestion(motivation: string): string | null {
  // The question speaks to the reader: "solve their need" is asked as "solve your need".
  const text = toReader(lowerFirst(phrase(motivation)));
  const verb = asVerbPhrase(text);
  if (verb) return `Want to ${verb}?`;
  const noun = asNounPhrase(text);
  return noun ? `Looking for ${noun}?` : null;
}

/** A phrase about customers ("treat themselves", "their home") said to the reader. */
export function toReader(text: string): string {
  const words: Record<string, string> = {
    their: 'your',
    theirs: 'yours',
    themselves: 'yourself',
    them: 'you',
    they: 'you',
    "they're": "you're",
  };
  return text.replace(
    /\b(their|theirs|themselves|them|they|they're)\b/gi,
    (word) => words[word.toLowerCase()] ?? word,
  );
}

/** An offering after "offers": a noun phrase with its article ("offers a silver prepaid plan"), or null. */
export function offeredThing(name: string): string | null {
  return asNounPhrase(name) ? nameInSentence(name) : null;
}
