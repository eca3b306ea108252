import nlp from 'compromise';
import { findMenuText } from '../copy-editor/find-menu-text.ts';
import { findRawSlot } from '../copy-editor/find-raw-slot.ts';
import { findSlugs } from '../copy-editor/find-slug.ts';
import { findSplitWord } from '../copy-editor/find-split-word.ts';

interface Term {
  text: string;
  tags: string[];
}

function termsOf(text: string): Term[] {
  const json = nlp(text).json() as Array<{ terms: Term[] }>;
  return json.flatMap((sentence) => sentence.terms);
}

const tagged = (term: Term | undefined, tag: string) => term?.tags.includes(tag) ?? false;

/** Text that is not words at all: a slug, navigation, a broken word, a raw field value. */
function isDebris(value: string): boolean {
  return (
    findSlugs(value).length > 0 ||
    findMenuText(value) !== null ||
    findSplitWord(value) !== null ||
    findRawSlot(value, true) !== null ||
    /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(value)
  );
}

/**
 * The value when it reads as a noun phrase ("sports massage", "a silver prepaid plan"), for slots
 * like "offers …" and "looking for …"; null for an adjective ("restful", "domestic"), a verb phrase
 * ("treat themselves and family"), a clause ("good to know") or debris.
 */
export function asNounPhrase(value: string | null | undefined): string | null {
  const text = value?.trim().replace(/[.!?]+$/, '');
  if (!text || isDebris(text)) return null;
  // Title case makes every word look like a name to the tagger ("Good to Know"): read it in sentence case.
  const plain = text.replace(/(?<![\p{L}])[A-Z][a-z]+(?![\p{L}])/gu, (word) => word.toLowerCase());
  const all = termsOf(plain).filter((term) => /[\p{L}\p{N}]/u.test(term.text));
  // A relative clause or a prepositional tail describes the head before it ("a gift that feels special").
  const tail = all.findIndex(
    (term, index) =>
      index > 0 && (/^(that|which|who|with|for|of|in|from)$/i.test(term.text) || tagged(term, 'Preposition')),
  );
  const terms = tail > 0 ? all.slice(0, tail) : all;
  const last = terms.at(-1);
  if (!last) return null;
  if (all.some((term) => tagged(term, 'Pronoun'))) return null;
  // "book an appointment": a verb with its object is an action, not a thing.
  if (tagged(terms[0], 'Infinitive') && (tagged(terms[1], 'Determiner') || tagged(terms[1], 'Pronoun')))
    return null;
  // The head of an English noun phrase comes last ("drywall repair", "rooms with a view" ends on a noun too).
  // A gerund heads a noun phrase too ("teeth whitening", "drywall painting").
  if (!tagged(last, 'Noun') && !tagged(last, 'Value') && !tagged(last, 'Gerund')) return null;
  return text;
}

/**
 * The value when it reads as a verb phrase that can follow "to" ("keep the family healthy", "treat
 * themselves and family"), for slots like "Want to …?"; null otherwise.
 */
export function asVerbPhrase(value: string | null | undefined): string | null {
  const text = value?.trim().replace(/[.!?]+$/, '');
  if (!text || isDebris(text)) return null;
  const first = termsOf(`to ${text}`)[1];
  return tagged(first, 'Verb') && !tagged(first, 'Gerund') && !tagged(first, 'PastTense') ? text : null;
}

/** A place name for "… in <place>": words, not debris. */
export function asPlace(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text && !isDebris(text) && /\p{L}/u.test(text) ? text : null;
}

/** "<name> in <place>", unless the name already says where ("Drywall Repair in Simi Valley"). */
export function inPlace(name: string, place: string | null | undefined): string | null {
  const where = asPlace(place);
  if (!where) return null;
  return name.toLowerCase().includes(where.toLowerCase()) ? null : `${name} in ${where}`;
}

/** Whether two names are different things, so "<a> at <b>" does not say one name twice. */
export function differentNames(a: string, b: string): boolean {
  const fold = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const left = fold(a);
  const right = fold(b);
  return left.length > 0 && right.length > 0 && !left.includes(right) && !right.includes(left);
}
