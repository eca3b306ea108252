import nlp from 'compromise';

type Terms = Array<{ text: string; tags: string[] }>;

function termsOf(text: string): Terms {
  const json = nlp(text).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
  return json.flatMap((sentence) => sentence.terms.map((term) => ({ text: term.text, tags: term.tags })));
}

const has = (term: { tags: string[] } | undefined, tag: string) => term?.tags.includes(tag) ?? false;

// What ends the object of "offers" or "looking for": a preposition, a conjunction starting a clause, the end.
const OBJECT_END = new Set(['Preposition', 'Conjunction']);

/**
 * Why a prose sentence is not English, or null: a noun slot ("offers …", "looking for …") filled
 * with something that is not a noun phrase ("offers restful in Chatham", "looking for treat
 * themselves"). Verbless sentences are not judged: notes, captions and site text use them on purpose
 * ("A photo set for Sisters Cafe on Instagram."). Headlines and buttons are fragments and are not judged here.
 */
export function findGrammarProblem(sentence: string): string | null {
  const terms = termsOf(sentence);
  for (const [index, term] of terms.entries()) {
    const word = term.text.toLowerCase();
    const objectStart =
      // "X offers …" with a name before it; "prices or offers you run" is the noun.
      word === 'offers' && has(terms[index - 1], 'Noun') && !has(terms[index - 1], 'Plural')
        ? index + 1
        : word === 'for' && terms[index - 1]?.text.toLowerCase() === 'looking'
          ? index + 1
          : -1;
    if (objectStart < 0) continue;
    const object: Terms = [];
    for (const next of terms.slice(objectStart)) {
      if (next.tags.some((tag) => OBJECT_END.has(tag))) break;
      object.push(next);
      if (/[.,;:!?]$/.test(next.text)) break;
    }
    if (object.length === 0) continue;
    const nouns = object.filter((item) => has(item, 'Noun') && !has(item, 'Pronoun'));
    const reflexive = object.some((item) => has(item, 'Reflexive'));
    // With no noun, an adjective or adverb at the end is a describing word left alone ("offers
    // restful"); a final verb is more often a noun the tagger misread ("good value").
    const last = object.at(-1);
    const dangling = has(last, 'Adjective') || has(last, 'Adverb');
    if ((nouns.length === 0 && dangling) || reflexive)
      return `"${word === 'for' ? 'looking for' : word}" needs a thing after it, not "${object.map((item) => item.text).join(' ')}"`;
  }
  return null;
}

// Words no English phrase ends on: a determiner, a conjunction, the "to" of a verb left behind.
const NEVER_LAST = new Set('a an and or the to your our their with'.split(' '));
// Prepositions may end a clause ("What we stand for"), not a two-word heading ("Perfect For").
const PREPOSITIONS = new Set('at before by for from in into of on than after without'.split(' '));

/** Why a headline, button or list item reads as cut off ("Perfect For", "Rheumatologists strive to"), or null. */
export function findFragmentProblem(fragment: string): string | null {
  // A lead-in to a list ("Messages to lean on:") ends where the list begins.
  if (/:\s*$/.test(fragment)) return null;
  const words = fragment
    .trim()
    .replace(/[.!?;,]+$/, '')
    .split(/\s+/);
  const last = words.at(-1) ?? '';
  // An all-caps code ("Gujarat, IN") is not the word "in".
  if (words.length < 2 || /^[A-Z]{2,}$/.test(last)) return null;
  const word = last.toLowerCase();
  if (NEVER_LAST.has(word) || (PREPOSITIONS.has(word) && words.length <= 2)) return `it ends on "${word}"`;
  return null;
}
