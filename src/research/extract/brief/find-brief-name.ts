import nlp from 'compromise';
import type { Finding } from '../../../schemas/finding.ts';
import { unknown } from '../../../schemas/finding.ts';
import { known } from '../evidence.ts';
import { cleanText, normalizeKey, wordCount } from '../text-utils.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

const MAX_NAME_WORDS = 6;
/** Only the opening of a brief introduces the business; later sentences name customers and rivals. */
const OPENING_SENTENCES = 3;

// A capitalised word of a name; "&", "and", "of", "the" may join two of them (Rosalind & Sons).
const NAME_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.+-]*`;
const NAME_RUN = String.raw`${NAME_WORD}(?:\s+(?:(?:&|and|of|the|de|\+)\s+)?${NAME_WORD})*`;
// No `i` flag: under it \p{Lu} would match lower case too, and capitals are what mark a name.
const AT_NAME_WE = new RegExp(String.raw`^(?:[Hh]ere\s+)?[Aa]t\s+(${NAME_RUN})\s*,?\s+(?:we|our)\b`, 'u');
const WE_ARE_NAME = new RegExp(
  String.raw`^[Ww]e(?:'|’)?re\s+(${NAME_RUN})\s*(?:[,—–(-]|\.|$)|^[Ww]e\s+are\s+(${NAME_RUN})\s*[,—–(-]`,
  'u',
);
const WELCOME_TO = new RegExp(String.raw`^[Ww]elcome\s+to\s+(${NAME_RUN})`, 'u');
/** "I own Little Fern, a florist", "my wife and I run Pixel & Pine": the owner speaking. */
const OWNER_OF = new RegExp(
  String.raw`\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:run|own|founded|started|opened|manage|co-founded)\s+(?:the\s+)?(${NAME_RUN})(?=\s*(?:[,.(—–-]|$|\s+(?:in|on|at|since|for)\b))`,
  'u',
);
const MY_BUSINESS = new RegExp(
  String.raw`^(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?(?:business|company|shop|store|bakery|studio|firm|practice|agency|clinic|salon|brand)(?:\s+is\s+called|\s+is|,)?\s+(${NAME_RUN})`,
  'u',
);
const LEADING_NAME = new RegExp(String.raw`^(?:the\s+)?(${NAME_RUN})(?=\s*,|\s+\p{Ll})`, 'u');
/** Openings of a sentence that are not a name even when capitalised. */
const NOT_A_NAME =
  /^(we|our|us|i|my|you|your|they|their|it|its|this|that|these|those|there|here|the company|the business|the shop|the team|everyone|everything|customers|clients|people|most|many|some|all|every|each|today|now|since|for|founded|established|based|located|family|welcome|brief|client brief|about|overview|summary)$/i;
const GENERIC_TITLE =
  /^(brief|client brief|marketing brief|project brief|creative brief|about|about us|overview|summary|introduction|background|notes|untitled)$/i;
const TITLE_PREFIX = /^(?:client\s+|marketing\s+|project\s+)?brief\s*(?:for|:|[-–—])\s*/i;

/**
 * The business name, by the brief's own words: a "Name:" line; else the subject of an opening
 * sentence ("Rosalind & Sons is a family-run bakery", "At Summit Roofing we …", "We're Loomwork,
 * an online yarn shop"); a title line confirms or completes it. Never the client's slug.
 */
export function findBriefName(sentences: BriefSentence[]): Finding<string> {
  const label = sentences.find((sentence) => sentence.label?.kind === 'name');
  if (label?.label) return known(tidyName(label.label.value), 0.9, [briefSource(label)]);

  const title = sentences[0]?.kind === 'title' || sentences[0]?.kind === 'heading' ? sentences[0] : null;
  const titleName = title ? nameFromTitle(title.text) : null;
  const opening = sentences.filter((sentence) => sentence.kind === 'prose').slice(0, OPENING_SENTENCES);
  for (const sentence of opening) {
    const subject = nameInSentence(sentence.text);
    if (!subject) continue;
    if (title && titleName && normalizeKey(titleName).startsWith(normalizeKey(subject))) {
      // "Rosalind & Sons Bakery" over "Rosalind & Sons is a bakery": the title says it in full.
      return known(titleName, 0.85, [briefSource(title), briefSource(sentence)]);
    }
    return known(subject, 0.8, [briefSource(sentence)]);
  }
  if (title && titleName) return known(titleName, 0.6, [briefSource(title)]);
  return unknown<string>();
}

/** The name a sentence introduces the business by, or null when it introduces none. */
export function nameInSentence(sentence: string): string | null {
  const text = cleanText(sentence).replace(/^["“]|["”]$/g, '');
  for (const pattern of [AT_NAME_WE, WE_ARE_NAME, WELCOME_TO, OWNER_OF, MY_BUSINESS]) {
    const match = text.match(pattern);
    const name = match?.[1] ?? match?.[2];
    if (name) return plausible(tidyName(name));
  }
  // "Founded in 2016, Northwind Ledger makes …": the subject follows an opening phrase.
  const clause = text.replace(/^(?:founded|established|based|since|for|in|from)\b[^,]{0,60},\s*/i, '');
  const leading = clause.match(LEADING_NAME)?.[1];
  if (!leading) return null;
  const rest = clause.slice(clause.indexOf(leading) + leading.length);
  if (!introducesBusiness(leading, rest)) return null;
  return plausible(tidyName(leading));
}

/**
 * A sentence-initial capital proves nothing, so the name must be followed by a verb that describes
 * a business ("is a", "makes", "has been"), or an appositive ("Loomwork, an online yarn shop").
 */
function introducesBusiness(name: string, rest: string): boolean {
  if (/^\s*,\s*(?:a|an|the)\s/i.test(rest)) return true;
  const next =
    rest
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[^\p{L}'’]/gu, '') ?? '';
  if (!next || !isVerb(`${name} ${rest.trim()}`, nlp(name).terms().length, next)) return false;
  // One common word ("Customers give us …") is a subject, not a name; the lexicon tags it so.
  if (wordCount(name) === 1 && nlp(name).has('(#Plural|#Pronoun|#Determiner|#Adjective)')) return false;
  return true;
}

/** Whether the word after the name is a verb, tagged in the whole sentence, else after a pronoun. */
function isVerb(sentence: string, index: number, word: string): boolean {
  const terms = nlp(sentence).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
  if (terms[index]?.terms[0]?.tags.includes('Verb')) return true;
  // compromise reads "renovates" after a name as a plural noun; after "it" it is a verb.
  return /s$/.test(word) && nlp(`it ${word}`).match('#Verb').found;
}

function nameFromTitle(text: string): string | null {
  const stripped = cleanText(text.replace(TITLE_PREFIX, ''));
  const first = stripped.split(/\s+[-–—|:·]\s+|\s*[|·]\s*/)[0] ?? '';
  return plausible(tidyName(first));
}

function tidyName(raw: string): string {
  return cleanText(raw)
    .replace(/^["“'‘]|["”'’]$/g, '')
    .replace(/[.,;:!?]+$/, '')
    .replace(/['’]s$/, '')
    .trim();
}

function plausible(name: string): string | null {
  if (!name || name.length > 60 || wordCount(name) > MAX_NAME_WORDS) return null;
  if (!/\p{L}{2,}/u.test(name)) return null;
  if (NOT_A_NAME.test(name) || GENERIC_TITLE.test(name)) return null;
  return name;
}
