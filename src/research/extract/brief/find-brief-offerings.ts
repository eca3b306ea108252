import nlp from 'compromise';
import type { Offering } from '../../../schemas/brand-profile.ts';
import type { FoundItem } from '../../../schemas/finding.ts';
import { found } from '../evidence.ts';
import { mergeFound } from '../merge-found.ts';
import { cleanText, normalizeKey, wordCount } from '../text-utils.ts';
import { labelKind } from './brief-labels.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

const MAX_OFFERINGS = 30;
const MAX_ITEM_WORDS = 6;

/** Verbs whose object is what the business sells: "we bake …", "we install and repair …". */
const OFFER_VERBS = new Set([
  'make',
  'bake',
  'blend',
  'grow',
  'knit',
  'sew',
  'weave',
  'import',
  'brew',
  'roast',
  'sell',
  'offer',
  'stock',
  'carry',
  'supply',
  'provide',
  'install',
  'repair',
  'replace',
  'fix',
  'fit',
  'build',
  'design',
  'create',
  'develop',
  'produce',
  'cook',
  'serve',
  'teach',
  'run',
  'specialise',
  'specialize',
  'clean',
  'paint',
  'renovate',
  'restore',
  'service',
  'maintain',
  'host',
  'organise',
  'organize',
  'cater',
  'do',
  // Professions name their work with their own verbs: "we treat sports injuries".
  'treat',
  'diagnose',
  'coach',
  'train',
  'tutor',
  'groom',
  'photograph',
  'film',
  'print',
  'tailor',
  'mend',
  'tune',
  'advise',
  'represent',
  'insure',
  'manage',
]);
/** Verbs whose object is what the customer receives: "clients get a help desk …". */
const RECEIVE_VERBS = new Set(['get', 'receive', 'enjoy']);
/** Who receives: the subject a receive verb needs to name offerings. */
const RECEIVER =
  /\b(?:clients?|customers?|members?|guests?|patients?|students?|subscribers?|users?|you|every (?:client|customer|member)|each (?:client|customer|member))$/i;
/** "… of small and mid-sized businesses": whose things they are, not part of the offering. */
const OF_CUSTOMERS =
  /\s+of\s+(?:[\p{L}-]+\s+){0,4}?(?:businesses|companies|firms|homes|households|families|clients|customers|organi[sz]ations|practices|offices|people|owners|homeowners|teams)\b.*$/iu;
/** What a business calls itself after its kind of work: "a managed IT services firm". */
const BUSINESS_NOUN =
  /\b(?:is|are)\s+an?\s+((?:[\p{L}\p{N}&'’,-]+\s+){1,5}?)(?:firm|company|agency|consultancy|provider|business|practice|studio|specialists?|contractors?|outfit|shop)\b/iu;
/** Words that describe the business, not its work: "a small, family-owned accounting firm". */
const BUSINESS_ADJECTIVE =
  /^(?:small|little|large|big|local|independent|family|family-run|family-owned|owner-operated|woman-owned|women-owned|veteran-owned|boutique|award-winning|leading|trusted|friendly|full-service|one-stop|new|young|growing|established|specialist|\p{Lu}[\p{L}]*-based|[\p{L}]+-based)$/iu;
/** The kind of work named before the business noun: services, a trade in -ing, a plural. */
const WORK_HEAD =
  /(?:services?|support|solutions|consulting|consultancy|design|development|repairs?|maintenance|care|management|accounting|bookkeeping|payroll|marketing|advertising|engineering|law|tax|\p{L}{3,}ing)$/iu;
/** Verbs that also say what a business is ("I run Bright Smile Dental"): only plural objects are offerings. */
const PLURAL_ONLY_VERBS = new Set(['run', 'do', 'host']);
/** Verbs that list offerings only after "our range", "our services" … ("our menu features …"). */
const LIST_VERBS = new Set(['include', 'feature', 'cover', 'span', 'be']);
const LIST_SUBJECT =
  /\bour\s+(?:\w+\s+)?(range|services|products|menu|offer|offering|offerings|classes|treatments|line-?up|catalogue|catalog|specialit(?:y|ies)|specialt(?:y|ies)|work|collection|courses|programmes|programs)\b/i;
/** Subjects that are not the business: "customers give us", "they sell". */
const OTHER_SUBJECT =
  /^(you|they|customers|clients|people|competitors|others|most|many|he|she|everyone|nobody|it)$/i;
/** Verbs that only mean "sell" for a business, not for a plan or a past ("we want to", "we used to"). */
const NOT_OFFERED =
  /\b(used to|want(?:s|ed)? to|would like to|hope to|hoping to|plan(?:ning)? to|never|no longer|don't|do not)\s+(?:\w+\s+)?$/i;

/** What closes the object of an offer verb: the next clause, a colon, a dash. */
const CLAUSE_END =
  /[;:!?]|\s[—–]\s|,\s*(?:but|so|while|which|because|though|where|when)\s|,?\s(?:and|but|so|because|while)\s+(?:\w+\s+){0,2}(?:we|our|they|it|you|i|most|many|every|each|customers|people)\s|\s(?:which|that|so that)\s|\.(?=\s|$)/i;
const PREPOSITION =
  /\s(?:that|which|to|for|in|at|across|within|from|around|throughout|with|on|by|near|since|during|under|over|per|via|including|using|made|baked|delivered|every|each|most|all year)\s/i;
/** A tail worth keeping as the offering's description: whom or what it is for, what it comes with. */
const DESCRIBING_TAIL = /^\s(?:for|with|made|including|to order|that|which)\b/i;
/** An item that opens like this continues the previous item's phrase ("…, mostly in retail"). */
const CONTINUES_PHRASE =
  /^(?:mostly|mainly|especially|particularly|usually|often|typically|largely|primarily|chiefly|in|at|on|across|around|from|to|for|with|by|near|since|within)\b(?!-)/i;
const QUANTITY_LEAD =
  /^(?:(?:a|an|the|our|own|my|their|your|all|any|some|many|several|various|every|each|both|more|other|also|mostly|mainly|just|only|even|plenty of|lots of|dozens of|hundreds of|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+)+/i;
const RANGE_OF =
  /^(?:a\s+)?(?:(?:wide|full|huge|small|great|big|broad|growing|curated)\s+)?(?:range|selection|variety|choice|handful|lot|number|mix|line|collection|host|family)\s+of\s+|^(?:all\s+)?(?:kinds|types|sorts)\s+of\s+/i;
/** Heads that are customers or generic words, never an offering. */
const NOT_OFFERING_HEAD =
  /^(customers?|clients?|people|homeowners?|families|family|businesses|business|companies|company|teams?|caf[eé]s?|restaurants?|shops?|stores?|grocers?|retailers?|hotels?|schools?|offices?|landlords?|tenants?|patients?|members?|students?|everyone|anyone|them|us|it|everything|anything|something|work|jobs?|service|quality|value|experience|results?|things?|stuff|lot|range|best|care|way|time|day|days|week|weeks|year|years|month|months|hours?|area|areas|city|town|region|one|ones)$/i;
const SMALL_WORDS = new Set([
  'and',
  'or',
  'of',
  'for',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'with',
  'at',
  'by',
]);

interface Term {
  text: string;
  /** Punctuation and space after the word ("," in "teas, sell"). */
  post?: string;
  normal: string;
  root?: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * What the business sells, from a brief: a labelled list ("Services: …"), a list under an
 * offerings heading, and in prose the noun phrases after offer verbs ("We bake sourdough loaves,
 * butter croissants and celebration cakes", "We also provide implementation services").
 */
export function findBriefOfferings(
  sentences: BriefSentence[],
  skip: (sentence: BriefSentence) => boolean,
): FoundItem<Offering>[] {
  const items: FoundItem<Offering>[] = [];
  let inList = false;
  for (const sentence of sentences) {
    if (sentence.kind === 'heading') {
      inList =
        labelKind(sentence.text) === 'offerings' ||
        /\b(services|products|menu|what we (do|offer|sell))\b/i.test(sentence.text);
      continue;
    }
    if (sentence.kind === 'bullet') {
      if (inList) {
        const item = bulletOffering(sentence.text);
        if (item) items.push(found(item, 0.8, [briefSource(sentence)]));
      }
      continue;
    }
    inList = false;
    if (sentence.label?.kind === 'offerings') {
      for (const name of splitList(sentence.label.value)) {
        const clean = cleanText(name).replace(/\.$/, '');
        if (clean && wordCount(clean) <= 8) {
          items.push(
            found({ name: clean, description: null, price: null, url: null }, 0.8, [briefSource(sentence)]),
          );
        }
      }
      continue;
    }
    if (sentence.kind !== 'prose' || skip(sentence)) continue;
    for (const offering of offeringsInProse(sentence.text)) {
      items.push(found(offering, 0.7, [briefSource(sentence)]));
    }
  }
  return mergeFound(items, (offering) => normalizeKey(offering.name)).slice(0, MAX_OFFERINGS);
}

/** The offerings a sentence of prose names after its offer verbs. */
export function offeringsInProse(sentence: string): Offering[] {
  const doc = nlp(sentence);
  doc.compute('root');
  const terms = (doc.json({ offset: true }) as Array<{ terms: Term[] }>).flatMap((s) => s.terms);
  const offerings: Offering[] = [];
  let index = 0;
  while (index < terms.length) {
    const term = terms[index]!;
    const lemma = term.root || term.normal;
    const receives = RECEIVE_VERBS.has(lemma) && receivedByCustomer(sentence, term);
    const looksAfter = lemma === 'look' && terms[index + 1]?.normal === 'after';
    const offers =
      looksAfter ||
      OFFER_VERBS.has(lemma) ||
      (LIST_VERBS.has(lemma) && LIST_SUBJECT.test(clauseBefore(sentence, term)));
    if (!term.tags.includes('Verb') || !(receives || (offers && spokenByBusiness(sentence, term)))) {
      index++;
      continue;
    }
    const chain = looksAfter
      ? { end: index + 1, verbs: ['look after'] }
      : receives
        ? { end: index, verbs: [lemma] }
        : verbChain(terms, index);
    const last = terms[chain.end]!;
    let objectStart = last.offset.start + last.offset.length;
    const afterVerb = sentence.slice(objectStart);
    const particle = afterVerb.match(/^\s+(?:also\s+)?(?:in|on|out|up)\s+/i);
    if (particle && /speciali[sz]e|cater/.test(last.root || last.normal)) objectStart += particle[0].length;
    const nextVerb = nextOfferVerb(terms, chain.end + 1);
    const objectText = sentence.slice(objectStart, nextVerb === null ? undefined : nextVerb);
    const object = objectSpan(objectText).replace(OF_CUSTOMERS, '');
    const items = splitList(object).flatMap((item) => toOffering(item, chain.verbs));
    const pluralOnly = chain.verbs.every((verb) => PLURAL_ONLY_VERBS.has(verb));
    offerings.push(...(pluralOnly ? items.filter((item) => isPluralPhrase(item.name)) : items));
    index = chain.end + 1;
  }
  const kind = workOfBusiness(sentence);
  return kind ? [kind, ...offerings] : offerings;
}

/**
 * Where the object of one offer verb ends because the business goes on with another: "we blend our
 * own teas, sell single-origin oolongs and offer a subscription box". An imperative-looking word in
 * a list ("logos, design packages") is a noun there, so only a verb in the present tense counts.
 */
function nextOfferVerb(terms: Term[], from: number): number | null {
  for (let index = from; index < terms.length; index++) {
    const term = terms[index]!;
    const previous = terms[index - 1];
    const lemma = term.root || term.normal;
    const joined = previous && (/,/.test(previous.post ?? '') || /^(and|or)$/i.test(previous.normal));
    if (
      joined &&
      OFFER_VERBS.has(lemma) &&
      term.tags.includes('PresentTense') &&
      !term.tags.includes('Imperative')
    ) {
      return previous && /^(and|or)$/i.test(previous.normal) ? previous.offset.start : term.offset.start;
    }
  }
  return null;
}

/** "BrightPath is a managed IT services firm" → "Managed IT Services": the work the business is named for. */
function workOfBusiness(sentence: string): Offering | null {
  const match = sentence.match(BUSINESS_NOUN);
  if (!match?.[1]) return null;
  const words = cleanText(match[1].replace(/,/g, ' ')).split(/\s+/);
  while (words.length > 0 && BUSINESS_ADJECTIVE.test(words[0]!)) words.shift();
  const phrase = words.join(' ');
  if (!phrase || wordCount(phrase) > 4 || !WORK_HEAD.test(phrase)) return null;
  // Case matters: "IT" is the trade, "it" a pronoun.
  if (/(?:^|\s)(?:the|a|an|my|our|their|this|that|it|its|we|you|they)(?:\s|$)/.test(phrase)) return null;
  return { name: capitalise(phrase), description: null, price: null, url: null };
}

/** "Clients pay a monthly fee and get a help desk …": the receiver is the clause's subject, or the sentence's. */
function receivedByCustomer(sentence: string, term: Term): boolean {
  const clause = clauseBefore(sentence, term)
    .trim()
    .replace(/\s+(?:also|then|now|always|all|will|can)$/i, '');
  if (clause) return RECEIVER.test(clause);
  // "… and get": the subject is the sentence's first words, before its first verb.
  const opening = sentence
    .slice(0, term.offset.start)
    .match(/^\s*([\p{L}'’ -]+?)\s+(?:pay|sign|join|choose|buy|book|order|subscribe)\b/iu);
  return Boolean(opening?.[1] && RECEIVER.test(opening[1].trim()));
}

function isPluralPhrase(name: string): boolean {
  const head = name.split(/\s+/).at(-1) ?? '';
  return /[^s]s$/i.test(head) || nlp(`the ${head.toLowerCase()}`).has('#Plural');
}

/** "repair and replace", "design, build and install": verbs sharing one object. */
function verbChain(terms: Term[], start: number): { end: number; verbs: string[] } {
  const verbs = [terms[start]!.root || terms[start]!.normal];
  let end = start;
  for (let index = start + 1; index + 1 < terms.length; index += 2) {
    const joint = terms[index]!;
    const next = terms[index + 1]!;
    const lemma = next.root || next.normal;
    const joins = /^(and|or|&)$/i.test(joint.normal) || /,$/.test(terms[index - 1]!.text);
    if (!joins || !OFFER_VERBS.has(lemma) || !next.tags.includes('Verb')) break;
    verbs.push(lemma);
    end = index + 1;
  }
  return { end, verbs };
}

function clauseBefore(sentence: string, term: Term): string {
  const before = sentence.slice(0, term.offset.start);
  return before.split(/[,;:]\s|\s(?:and|but)\s/).at(-1) ?? before;
}

/** The verb's subject must be the business (we, our team, the name), not its customers. */
function spokenByBusiness(sentence: string, term: Term): boolean {
  const clause = clauseBefore(sentence, term).trim();
  if (NOT_OFFERED.test(`${clause} `)) return false;
  const words = clause
    .replace(/[^\p{L}\p{N}'’\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const subject = words.filter(
    (word) =>
      !/^(also|now|still|proudly|always|mostly|mainly|even|already|can|will|have|has|do|does)$/i.test(word),
  );
  const last = subject.at(-1) ?? '';
  if (OTHER_SUBJECT.test(last)) return false;
  // "Most of our work comes from homeowners …": the verb belongs to whoever the clause is about.
  return !/\b(customers|clients|people|they|you)\b/i.test(subject.slice(-2).join(' '));
}

/**
 * The object of an offer verb, up to where the clause ends. A relative clause inside one item of a
 * list ("a help desk that answers within 15 minutes, on-site visits and …") does not end the list.
 */
function objectSpan(text: string): string {
  let from = 0;
  for (;;) {
    const found = text.slice(from).search(CLAUSE_END);
    if (found === -1) return cleanText(text);
    const end = from + found;
    const relative = /^\s(?:which|that)\s/i.test(text.slice(end));
    const comma = text.indexOf(', ', end);
    const listGoesOn =
      comma !== -1 &&
      /^,\s+(?:and\s+)?(?!(?:we|our|they|it|you|i|which|that|but|so)\b)\p{L}/iu.test(text.slice(comma));
    if (!relative || !listGoesOn) return cleanText(text.slice(0, end));
    from = comma;
  }
}

/**
 * Splits "a, b and c" into items; a prepositional tail stays with its item ("ERP integrations for
 * NetSuite and Microsoft Dynamics"), and "knitting and crochet patterns" stays whole, where "and"
 * joins modifiers of one head. The list stops where a clause or a phrase of the previous item goes on.
 */
function splitList(text: string): string[] {
  const items: string[] = [];
  let previousHadTail = false;
  for (const part of text.split(/\s*(?:,\s+|;\s*)(?:and\s+|or\s+|plus\s+)?|\s*\/\s*|\s+plus\s+/)) {
    if (items.length > 0 && CONTINUES_PHRASE.test(part)) break;
    // "a practice in Bellingham, Washington": a capitalised item after a place goes on naming the place.
    if (previousHadTail && /^\p{Lu}/u.test(part)) break;
    const cut = part.search(PREPOSITION);
    const head = cut === -1 ? part : part.slice(0, cut);
    const tail = cut === -1 ? '' : part.slice(cut);
    if (nlp(head).has('(#Pronoun|#Copula|#Modal|#Auxiliary)')) break;
    const pieces = head.split(/\s+(?:and|or|&)\s+/);
    const [left = '', right = ''] = pieces;
    const whole =
      pieces.length === 2 && wordCount(left) === 1 && wordCount(right) >= 2 && sharesHead(left, right);
    const heads = whole ? [head] : pieces;
    items.push(...heads.slice(0, -1), `${heads.at(-1) ?? ''}${tail}`);
    previousHadTail = tail !== '';
  }
  return sharedHeads(items.filter((item) => item.trim() !== ''));
}

/**
 * "black, green and herbal teas": a lone adjective before an item shares that item's head, so the
 * list is one offering, not "Black" and "Green and herbal teas".
 */
function sharedHeads(items: string[]): string[] {
  const merged = [...items];
  for (let index = merged.length - 2; index >= 0; index--) {
    const word = merged[index]!.replace(QUANTITY_LEAD, '').trim();
    const next = merged[index + 1]!;
    const head = next.split(PREPOSITION)[0]!.trim().split(/\s+/).at(-1) ?? '';
    if (/\s/.test(word) || !word || !head || wordCount(next.split(PREPOSITION)[0]!) < 2) continue;
    const pair = nlp(`${word} ${head}`).terms();
    const modifier =
      (pair.first().has('#Adjective') && !pair.first().has('#Noun')) ||
      // "Indian, Thai and Chinese food", "Apple, Samsung and Google phones": names modifying one head.
      (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(next.replace(QUANTITY_LEAD, '')));
    if (modifier && pair.last().has('#Noun')) {
      merged.splice(index, 2, `${merged[index]}, ${next}`);
    }
  }
  return merged;
}

/** "pitched and flat roofs", "back and neck pain treatment": the left word modifies the right's head. */
function sharesHead(left: string, right: string): boolean {
  // A brand ("Invisalign and teeth whitening") is an offering of its own, never a modifier.
  if (/^\p{Lu}/u.test(left) && !/^\p{Lu}/u.test(right)) return false;
  if (nlp(left).has('(#Adjective|#Gerund|#PastTense)')) return true;
  const firstRight = nlp(right).terms().first();
  return firstRight.has('#Noun') && !firstRight.has('#Adjective');
}

function toOffering(raw: string, verbs: string[]): Offering[] {
  let item = cleanText(raw).replace(/^["“(]|["”)]$/g, '');
  for (let pass = 0; pass < 3; pass++) item = item.replace(QUANTITY_LEAD, '').replace(RANGE_OF, '');
  const cut = item.search(PREPOSITION);
  const head = cleanText(cut === -1 ? item : item.slice(0, cut));
  // "sells loose-leaf teas online": where it is sold is not part of what is sold.
  const name = trimTrailingAdverbs(head).replace(
    /\s+(?:online|in-store|in store|locally|nationwide|worldwide|by mail|by post)$/i,
    '',
  );
  if (!name || wordCount(name) > MAX_ITEM_WORDS) return [];
  const lastWord = name.split(/\s+/).at(-1) ?? '';
  if (NOT_OFFERING_HEAD.test(lastWord) || NOT_OFFERING_HEAD.test(name)) return [];
  // Tagged alone, a phrase is often misread ("wedding flowers" as a verb), so only what cannot be a
  // noun phrase is refused: pronouns, and phrases of nothing but adverbs, numbers and small words.
  const alone = nlp(name);
  if (alone.has('#Pronoun') || CONTINUES_PHRASE.test(name)) return [];
  if (alone.terms().not('(#Adverb|#Preposition|#Determiner|#Conjunction|#Value)').length === 0) return [];
  if (/^\d/.test(name) || /@|https?:/.test(name)) return [];
  const described =
    cut !== -1 && DESCRIBING_TAIL.test(item.slice(cut)) ? sentenceCase(cleanText(item)) : null;
  return [{ name: capitalise(serviceName(name, verbs)), description: described, price: null, url: null }];
}

/** Work on a thing is named for the work: "repair and replace flat roofs" → "Flat roof repair and replacement". */
function serviceName(object: string, verbs: string[]): string {
  const nouns: Record<string, string> = {
    repair: 'repair',
    replace: 'replacement',
    install: 'installation',
    fix: 'repair',
    clean: 'cleaning',
    paint: 'painting',
    renovate: 'renovation',
    restore: 'restoration',
    service: 'servicing',
    maintain: 'maintenance',
    'look after': 'management',
  };
  const work = verbs.map((verb) => nouns[verb]).filter((noun): noun is string => Boolean(noun));
  if (work.length === 0 || work.length !== verbs.length) return object;
  const words = object.split(/\s+/);
  const head = words.pop() ?? '';
  const singular =
    nlp(`the ${head}`)
      .nouns()
      .toSingular()
      .text()
      .replace(/^the\s+/i, '') || head;
  return `${[...words, singular].join(' ')} ${joinWords([...new Set(work)])}`;
}

/** Drops trailing adverbs ("invoices automatically"), cutting the text itself so hyphens survive. */
function trimTrailingAdverbs(text: string): string {
  const terms = (nlp(text).json({ offset: true }) as Array<{ terms: Term[] }>).flatMap((s) => s.terms);
  let keep = terms.length;
  while (keep > 1 && terms[keep - 1]!.tags.includes('Adverb')) keep--;
  const last = terms[keep - 1];
  const end = last ? last.offset.start + last.offset.length : text.length;
  return cleanText(text.slice(0, end)).replace(/[.,;:]+$/, '');
}

function bulletOffering(text: string): Offering | null {
  const [name = '', description] = text.split(/\s+[-–—:]\s+/, 2);
  const price = text.match(/[$€£]\s?\d[\d,.]*/)?.[0] ?? null;
  if (!name || wordCount(name) > 10) return null;
  return {
    name: cleanText(name),
    description: description ? cleanText(description) : null,
    price,
    url: null,
  };
}

/** Title case as the site branch writes offerings ("Private Sessions"), keeping "ERP" and small words. */
function capitalise(text: string): string {
  return text
    .split(/\s+/)
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word.toLowerCase())
        ? word.toLowerCase()
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
