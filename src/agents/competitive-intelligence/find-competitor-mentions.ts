import type { CompetitorMention } from './competitive-input.ts';

/**
 * Phrases that introduce another business by comparison. Case-insensitive; the name after must be a
 * proper noun. Only list cues continue after a comma ("Unlike Acme, Portland's …" names Acme alone).
 */
const CUES: ReadonlyArray<{ cue: string; pattern: RegExp; list: boolean }> = [
  { cue: 'unlike', pattern: /\bunlike\s+/gi, list: false },
  { cue: 'compared to', pattern: /\bcompared\s+(?:to|with)\s+/gi, list: false },
  { cue: 'alternative to', pattern: /\balternatives?\s+to\s+/gi, list: false },
  { cue: 'better than', pattern: /\b(?:better|cheaper|faster|friendlier|easier)\s+than\s+/gi, list: false },
  { cue: 'switch from', pattern: /\bswitch(?:ed|ing)?\s+(?:over\s+)?from\s+/gi, list: false },
  {
    cue: 'competitors such as',
    pattern: /\bcompetitors?\s+(?:such\s+as|like|including|include|are)\s+/gi,
    list: true,
  },
];
const VERSUS = /\s+(?:vs\.?|versus)\s+/gi;
/** A brief line such as "Competitors: A, B and C". */
const BRIEF_LINE =
  /^\s*[-*•]?\s*(?:main\s+|key\s+|local\s+|direct\s+)?(?:competitors?|competition|rivals?)\s*[:–—-]\s*(.+)$/gim;

const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*`;
const CONNECTOR = String.raw`(?:&|of|de|du|la|the|\+)`;
/** A run of capitalised words, allowing "&", "of", "the" between them (Bank of America, Johnson & Johnson). */
const NAME_RUN = new RegExp(String.raw`^(?:the\s+)?(${WORD}(?:\s+(?:${CONNECTOR}\s+)?${WORD})*)`, 'u');
const NAME_RUN_AT_END = new RegExp(String.raw`(${WORD}(?:\s+(?:${CONNECTOR}\s+)?${WORD})*)\s*$`, 'u');

const wordSet = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Words that open or end a capitalised run without being part of a business name. */
const NOT_A_NAME_START = wordSet(`
  a an our your their my his her its this that these those we you they it i he she most many some all
  any every each other others another such no why how what which who when where compare comparing choose
  choosing see read unlike traditional typical conventional ordinary usual
`);
/** Generic heads: a run ending in one of these describes a kind of business, not a business ("Big Box Gyms"). */
const GENERIC_HEADS = wordSet(`
  rest others competition competitors competitor chains chain franchises gyms dentists clinics studios
  salons agencies firms lawyers attorneys restaurants cafes stores shops companies brands businesses
  providers practices offices platforms tools apps options alternatives guys ones places hotels vets
  contractors photographers landscapers plumbers mechanics garages dealers dealerships schools tutors
  banks accountants agents brokers retailers sites websites software solutions services products
  everyone anyone anybody nobody market industry average before ever
`);
/** Pronouns end a forward run: "Unlike Acme We Care" → "Acme". */
const RUN_STOP = wordSet('We You Our Your They I Us It Is Are Was Has Have');

const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*\/\s*)/;
const PAIR_SEPARATOR = /^(?:\s+(?:and|or)\s+|\s*\/\s*)/;
const MAX_WORDS = 6;
const MAX_NAME_CHARS = 60;
const EXCERPT_CHARS = 200;

/**
 * Finds other businesses the text names comparatively ("unlike X", "compared to X", "X vs Y",
 * "competitors such as A, B", a brief line "Competitors: A, B"). Conservative: only proper-noun
 * names, never the brand itself, never generic phrases ("most gyms", "the big chains").
 */
export function findCompetitorMentions(
  text: string,
  page: string,
  origin: 'site' | 'brief',
  brandNames: readonly string[],
): CompetitorMention[] {
  const mentions: CompetitorMention[] = [];
  const add = (name: string, cue: string, sentence: string) => {
    if (isBrand(name, brandNames)) return;
    if (mentions.some((mention) => sameName(mention.name, name))) return;
    mentions.push({ name, cue, excerpt: excerptAround(sentence, name), page, origin });
  };

  if (origin === 'brief') {
    for (const match of text.matchAll(BRIEF_LINE)) {
      const line = match[0].trim();
      for (const item of splitList(match[1] ?? '')) {
        const name = cleanName(item);
        if (name && isProperName(name)) add(name, 'competitors:', line);
      }
    }
  }

  for (const sentence of sentences(text)) {
    if (capitalisationCarriesNoSignal(sentence)) continue;
    for (const { cue, pattern, list } of CUES) {
      for (const match of sentence.matchAll(pattern)) {
        const after = sentence.slice((match.index ?? 0) + match[0].length);
        for (const name of namesAfter(after, list)) add(name, cue, sentence);
      }
    }
    for (const match of sentence.matchAll(VERSUS)) {
      const index = match.index ?? 0;
      const before = nameBefore(sentence.slice(0, index));
      const after = namesAfter(sentence.slice(index + match[0].length), false).slice(0, 1);
      for (const name of [before, ...after]) if (name) add(name, 'vs', sentence);
    }
  }
  return mentions;
}

/** True when the name is the brand or a part of it, either way round ("Bright Smile" for "Bright Smile Dental"). */
export function isBrand(name: string, brandNames: readonly string[]): boolean {
  const candidate = normalise(name);
  if (candidate.length === 0) return true;
  return brandNames.some((brand) => {
    const own = normalise(brand);
    if (own.length === 0) return false;
    if (own === candidate) return true;
    const [shorter, longer] = own.length < candidate.length ? [own, candidate] : [candidate, own];
    return shorter.length >= 4 && longer.includes(shorter);
  });
}

export function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

export function normalise(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b(?:vs|Dr|St|Mr|Mrs|Ms|Inc|Co)\.)\s+|\n+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

/** In headings Written Like This every word is capitalised, so capitals do not mark a proper noun. */
function capitalisationCarriesNoSignal(sentence: string): boolean {
  const words = sentence.match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.85;
}

/** One name, or a list joined by "and", "or" (and commas when `list`): "Aspen Dental, Heartland Dental and Smile Co". */
function namesAfter(text: string, list: boolean): string[] {
  const names: string[] = [];
  let rest = text;
  while (names.length < 5) {
    const match = NAME_RUN.exec(rest);
    if (!match?.[1]) break;
    const name = cleanName(cutAtStopWord(match[1]));
    if (name && isProperName(name)) names.push(name);
    else break;
    rest = rest.slice(match[0].length);
    const separator = (list ? LIST_SEPARATOR : PAIR_SEPARATOR).exec(rest);
    if (!separator) break;
    rest = rest.slice(separator[0].length);
  }
  return names;
}

function nameBefore(text: string): string | null {
  const match = NAME_RUN_AT_END.exec(text);
  if (!match?.[1]) return null;
  const words = match[1].split(/\s+/);
  while (words.length > 0 && NOT_A_NAME_START.has(words[0]!.toLowerCase())) words.shift();
  const name = cleanName(words.join(' '));
  return name && isProperName(name) ? name : null;
}

function cutAtStopWord(run: string): string {
  const words = run.split(/\s+/);
  const stop = words.findIndex((word, index) => index > 0 && RUN_STOP.has(word));
  return (stop === -1 ? words : words.slice(0, stop)).join(' ');
}

function splitList(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:[,;/]|\band\b|\bor\b)\s*/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Drops possessives, trailing punctuation and dangling connectors ("Acme's" → "Acme"). */
function cleanName(raw: string): string {
  let name = raw.trim().replace(/['’]s$/u, '');
  name = name.replace(/[.,;:!?'’&+-]+$/u, '').trim();
  name = name.replace(/\s+(?:&|of|de|du|la|the|and|\+)$/iu, '').trim();
  return name;
}

function isProperName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_CHARS) return false;
  if (!/\p{L}{2,}/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  if (NOT_A_NAME_START.has(words[0]!.toLowerCase())) return false;
  if (GENERIC_HEADS.has(words.at(-1)!.toLowerCase())) return false;
  const significant = words.filter((word) => !/^(?:&|of|de|du|la|the|and|\+)$/i.test(word));
  if (!significant.every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return false;
  // A number alone ("2024") or a number-led phrase without a capitalised word is not a business name.
  return significant.some((word) => /^\p{Lu}/u.test(word));
}

function excerptAround(sentence: string, name: string): string {
  if (sentence.length <= EXCERPT_CHARS) return sentence;
  const at = Math.max(0, sentence.indexOf(name));
  const half = Math.floor((EXCERPT_CHARS - 2) / 2);
  const start = Math.max(0, Math.min(at - half, sentence.length - (EXCERPT_CHARS - 2)));
  const end = Math.min(sentence.length, start + EXCERPT_CHARS - 2);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}
