import nlp from 'compromise';
import type { ClientGoal, GoalKind, GoalTarget } from '../../../schemas/brand-profile.ts';
import type { FoundItem } from '../../../schemas/finding.ts';
import { found } from '../evidence.ts';
import { cleanText, normalizeKey } from '../text-utils.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

/** Words and phrases that state an intention; matched by compromise on the sentence's terms. */
const GOAL_CUES =
  '(want|wants|wanted|wanting|would like|like to|hoping|hope to|hopes to|aim|aims|aiming|goal|goals|objective|objectives|priority|priorities|target|targets|plan to|plans to|planning|looking to|need more|needs more|trying to|intend|intends|ambition|ambitions|focus on|focusing on|love to|keen to|get more|win more|attract more|bring in more)';
const NEGATED = /\b(don't|do not|doesn't|never|no longer|not)\s+(?:\w+\s+)?(want|plan|aim|hope|need|intend)/i;
const MAIN_CUE =
  /\b(main|primary|biggest|top|number one|no\.? 1|first|most important|above all|key)\s+(goal|priority|aim|objective|focus|target)\b|\bour\s+(?:\w+\s+)?priority\b|\bpriority\s+(?:this|for)\b|\babove all\b/i;

const KIND_RULES: ReadonlyArray<[GoalKind, RegExp]> = [
  [
    'wholesale',
    /\b(wholesale|trade (?:accounts|customers|clients|buyers)|stockists?|b2b|distributors?|supply (?:more )?(?:caf[eé]s|restaurants|shops|stores|retailers|grocers|hotels|offices))\b/i,
  ],
  [
    'online-sales',
    /\b(online sales|sell(?:ing)? (?:more )?(?:\w+ ){0,3}online|online (?:orders|shop|store|revenue)|orders? (?:\w+ ){0,3}online|ordering (?:\w+ ){0,3}online|e-?commerce|web ?shop|revenue|subscriptions?|subscribers?|sales to [$£€])\b/i,
  ],
  [
    'bookings',
    /\b(bookings?|book(?:ed)? (?:in|appointments|tables|classes)|appointments?|patients?|reservations?|covers|class (?:sign-?ups|bookings)|guests|stays)\b/i,
  ],
  [
    'leads',
    /\b(leads?|enquir(?:y|ies)|inquir(?:y|ies)|quotes?|calls|demos?|trials?|sign-?ups|consultations?|new (?:clients|customers|jobs|projects)|clients|customers|try us|jobs|projects)\b/i,
  ],
  [
    'awareness',
    /\b(known|awareness|visibility|reach|followers|recogni[sz]ed|name out|brand|recognition|profile)\b/i,
  ],
];
const B2B_WORDS =
  /\b(wholesale|trade|b2b|businesses|companies|restaurants?|caf[eé]s|grocers?|retailers?|stockists?|offices|directors?|managers?|controllers?|buyers?|procurement|corporate|enterprises?|finance teams|teams|firms|practices|venues|hotels|schools)\b/i;
const B2C_WORDS =
  /\b(homeowners?|families|people|customers|patients?|members|shoppers|knitters|locals|parents|couples|brides|students|residents|guests|tourists|visitors|online sales|subscribers|households|individuals)\b/i;
const CUSTOMERS_CUE =
  /\b(?:mostly|especially|mainly|particularly|primarily|chiefly|largely|from|with|among|aimed at|targeting|such as)\s+(?:from\s+|with\s+|among\s+)?(.+)$/i;

const PERIODS: ReadonlyArray<[GoalTarget['period'], RegExp]> = [
  ['day', /^\s*(?:a|per|each|every)\s+day\b|^\s*daily\b/i],
  ['week', /^\s*(?:a|per|each|every)\s+week\b|^\s*weekly\b/i],
  ['month', /^\s*(?:a|per|each|every)\s+month\b|^\s*monthly\b/i],
  ['quarter', /^\s*(?:a|per|each|every)\s+quarter\b|^\s*quarterly\b/i],
  ['year', /^\s*(?:a|per|each|every)\s+year\b|^\s*(?:annually|yearly)\b/i],
];
const SEASON = '(?:spring|summer|autumn|fall|winter|christmas|easter|the holidays|the new year)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const TIMING = new RegExp(
  [
    String.raw`\b(?:by|before|until|in time for)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:this|next|the)\s+)?(?:year|month|quarter|${SEASON}|${MONTH}|q[1-4])(?:\s+20\d\d)?`,
    String.raw`\b(?:by|before|in)\s+20\d\d`,
    String.raw`\bin\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:${SEASON}|${MONTH}|q[1-4])(?:\s+20\d\d)?`,
    String.raw`\b(?:this|next)\s+(?:year|month|quarter|${SEASON})`,
    String.raw`\b(?:within|over|for|in)\s+(?:the\s+|its\s+|our\s+)?(?:next|first|coming)\s+(?:\w+\s+)?(?:months?|weeks?|years?|quarters?)`,
    String.raw`\bwithin\s+(?:a|one|two|three|six|\d+)\s+(?:months?|weeks?|years?)`,
  ].join('|'),
  'gi',
);
const TIME_UNITS = /^(hours?|days?|weeks?|months?|years?|quarters?|minutes?|percent|per cent|%)$/i;
const SOFT_ADJECTIVES =
  /^(new|more|extra|additional|further|qualified|regular|loyal|paying|monthly|weekly|fresh)$/i;

interface NumberView {
  text: string;
  number: { num: number; prefix: string; suffix: string };
  offset: { start: number; length: number };
}
interface TermView {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Cue words that name a goal themselves ("the goal", "our priority"), whoever the sentence is about. */
const NOUN_CUES = /^(goals?|objectives?|priorit(?:y|ies)|targets?|ambitions?)$/i;
/** The business speaking: "we", "I", "our team"; or a name ("Fernhill wants …"). */
const BUSINESS_SUBJECT =
  /\b(?:we|i|we'd|we're|we'll|we've|i'd|i'm|i'll|us|our\s+(?:\w+\s+)?(?:team|business|company|firm|shop|studio|practice|clinic|plan|aim|hope))\b/i;
/** Someone else's wish: "people who want better", "customers want", "they'd like". */
const OTHERS_WISH =
  /\b(?:who|that|which|they|they'd|you|you'd|customers|clients|people|guests|visitors|buyers|shoppers|patients|members|readers|users|everyone|nobody)\b/i;

/**
 * A verb cue ("want", "would like") states the business's intention only when the business is its
 * subject: "we want more bookings" is a goal; "customers who want better tea" describes customers.
 */
function intendedByBusiness(text: string, cueStart: number): boolean {
  const before = text.slice(0, cueStart);
  const clause = before.split(/[;:.!?]\s|,\s+(?:and|but|so)\s|\s(?:but|so)\s/i).at(-1) ?? before;
  const nearest = Math.max(
    ...[...clause.matchAll(new RegExp(BUSINESS_SUBJECT.source, 'gi'))].map((match) => match.index ?? -1),
    -1,
  );
  const others = [...clause.matchAll(new RegExp(OTHERS_WISH.source, 'gi'))].map((match) => match.index ?? -1);
  if (nearest >= 0) return others.every((index) => index < nearest);
  // No pronoun: a name or a bare clause ("Fernhill wants …", "Looking to …") speaks for the business
  // unless someone else is named as the one wishing.
  return others.length === 0;
}

/** True when a sentence states an intention of the business ("we want …", "the main goal …"). */
export function isGoalSentence(text: string): boolean {
  if (NEGATED.test(text)) return false;
  const doc = nlp(text);
  const cues = doc.match(GOAL_CUES).json({ offset: true }) as NumberView[];
  if (
    cues.some(
      (cue) =>
        NOUN_CUES.test(cue.text.replace(/[^\p{L}]/gu, '')) || intendedByBusiness(text, cue.offset.start),
    )
  )
    return true;
  // "the thing we need most is more wedding bookings": a need for more of something.
  if (doc.has('{need} .{0,4} more')) return true;
  // "We are launching online sales in spring", "we'll launch …": a launch still to come.
  const launch = doc.match('{launch}');
  return launch.found && !launch.has('#PastTense') && !/\blaunched\b/i.test(text);
}

/**
 * The client's own goals: sentences that state an intention, each classified (wholesale, leads,
 * bookings, online sales, awareness), with the number, period and timing when the client gave them,
 * and whom the goal is about. The one the client called main comes first; else the first stated.
 */
export function findBriefGoals(
  sentences: BriefSentence[],
  options: { country: string | null; b2bBusiness: boolean },
): FoundItem<ClientGoal>[] {
  const goals: FoundItem<ClientGoal>[] = [];
  let underGoalsHeading = false;
  for (const sentence of sentences) {
    if (sentence.kind === 'heading') {
      underGoalsHeading = /\b(goals?|objectives?|aims?|priorit(?:y|ies)|targets?)\b/i.test(sentence.text);
      continue;
    }
    const labelled = sentence.label?.kind === 'goals';
    const listed = sentence.kind === 'bullet' && underGoalsHeading;
    if (sentence.kind !== 'bullet') underGoalsHeading = false;
    const text = labelled ? sentence.label!.value : sentence.text;
    if (!labelled && !listed && (sentence.kind !== 'prose' || !isGoalSentence(text))) continue;
    const goal = readGoal(text, sentence.text, options);
    if (goals.some((item) => normalizeKey(item.value.text) === normalizeKey(goal.text))) continue;
    goals.push(found(goal, goal.kind === 'other' ? 0.6 : 0.8, [briefSource(sentence)]));
  }
  const mainIndex = Math.max(
    0,
    goals.findIndex((goal) => MAIN_CUE.test(goal.value.text)),
  );
  return goals
    .map((goal, index) => ({ ...goal, value: { ...goal.value, main: index === mainIndex } }))
    .sort((a, b) => Number(b.value.main) - Number(a.value.main));
}

function readGoal(
  text: string,
  sentence: string,
  options: { country: string | null; b2bBusiness: boolean },
): ClientGoal {
  const clean = cleanText(text);
  const kind = KIND_RULES.find(([, pattern]) => pattern.test(clean))?.[0] ?? 'other';
  const customers = customersIn(clean);
  const audienceText = `${clean} ${customers ?? ''}`;
  const audience =
    kind === 'wholesale' || B2B_WORDS.test(customers ?? '')
      ? 'b2b'
      : B2C_WORDS.test(audienceText)
        ? 'b2c'
        : B2B_WORDS.test(audienceText) || options.b2bBusiness
          ? 'b2b'
          : null;
  return {
    text: cleanText(sentence),
    kind,
    main: false,
    target: targetIn(clean, options.country),
    timing: timingIn(clean),
    audience,
    customers,
  };
}

const VAGUE_QUANTITIES = /\b(?:few|couple|several|handful|many|dozens?|lots?|some)\b/i;

/** The first number that counts something the business wants ("20 new patients a month"), or money. */
function targetIn(text: string, country: string | null): GoalTarget | null {
  const doc = nlp(text);
  const numbers = doc.numbers().json({ offset: true }) as NumberView[];
  const terms = (doc.json({ offset: true }) as Array<{ terms: TermView[] }>).flatMap((s) => s.terms);
  // Only numbers after the goal's own words count: "we supply two stores, and we want 15 more".
  const cue = (doc.match(GOAL_CUES).json({ offset: true }) as NumberView[])[0]?.offset.start ?? 0;
  for (const view of numbers) {
    const value = view.number.num;
    if (!Number.isFinite(value) || value <= 0 || view.offset.start < cue) continue;
    if (/%|percent/.test(`${view.number.suffix}${view.text}`)) continue;
    // compromise reads "a few" as 3 and "a couple" as 2: a number the client never wrote is not a target.
    if (!/\d/.test(view.text) && VAGUE_QUANTITIES.test(view.text)) continue;
    // compromise reads "$15,000 a month" as the number "$15,000 a"; the article belongs to the period.
    const written = view.text.replace(/\s+(?:a|an)$/i, '');
    const end = view.offset.start + written.length;
    const rest = text.slice(end);
    const period = PERIODS.find(([, pattern]) => pattern.test(unitTail(rest)))?.[0] ?? null;
    const currency = currencyOf(view.text, country);
    if (currency) return { value, unit: currency, measure: 'money', period };
    if (value >= 1900 && value <= 2100 && !/^\s+(?:new\s+)?\p{L}+s\b/u.test(rest)) continue; // a year
    const unit = unitAfter(terms, end);
    if (!unit || TIME_UNITS.test(unit)) continue;
    const unitPeriod = PERIODS.find(([, pattern]) =>
      pattern.test(rest.slice(rest.indexOf(unit) + unit.length)),
    )?.[0];
    return { value, unit, measure: 'count', period: unitPeriod ?? period };
  }
  return null;
}

/** The noun phrase counted by a number: "15 [new] wholesale accounts by …" → "wholesale accounts". */
function unitAfter(terms: TermView[], end: number): string | null {
  const words: string[] = [];
  for (const term of terms) {
    if (term.offset.start < end) continue;
    const word = term.text.replace(/[.,;:!?)"”]+$/, '');
    if (words.length === 0 && SOFT_ADJECTIVES.test(word)) continue;
    const isNounish = term.tags.some((tag) => tag === 'Noun' || tag === 'Adjective' || tag === 'Gerund');
    if (!isNounish || term.tags.includes('Date') || term.tags.includes('Pronoun')) break;
    words.push(word);
    if (word !== term.text || words.length >= 4) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

function unitTail(rest: string): string {
  // The period may follow the counted words: "$15,000 a month", "20 new patients a month".
  return rest.replace(
    /^\s*(?:[\p{L}-]+\s+){0,4}?(?=(?:a|per|each|every)\s+(?:day|week|month|quarter|year)\b|(?:daily|weekly|monthly|quarterly|annually|yearly)\b)/iu,
    ' ',
  );
}

function currencyOf(text: string, country: string | null): string | null {
  if (text.includes('£')) return 'GBP';
  if (text.includes('€')) return 'EUR';
  if (!text.includes('$')) return null;
  return country === 'AU' ? 'AUD' : country === 'CA' ? 'CAD' : country === 'NZ' ? 'NZD' : 'USD';
}

function timingIn(text: string): string | null {
  const phrases = [...new Set([...text.matchAll(TIMING)].map((match) => cleanText(match[0]).toLowerCase()))];
  return phrases.length > 0 ? phrases.join(', ') : null;
}

/** Whom the goal is about: "mostly restaurants, cafés and independent grocers around Portland". */
function customersIn(text: string): string | null {
  for (const clause of text.split(
    /[;:]\s+|,\s+(?=(?:mostly|especially|mainly|particularly|primarily|chiefly|largely)\b)/i,
  )) {
    const phrase = clause.match(CUSTOMERS_CUE)?.[1];
    if (!phrase) continue;
    const who = cleanText(
      phrase.split(
        /[.;:!?]|\s+(?:by|before|until|in time for|within|so|because|to (?:get|help|grow))\s+/i,
      )[0] ?? '',
    ).replace(/[,.]+$/, '');
    if (
      who &&
      nlp(who).has('(#Plural|#Actor)') &&
      !nlp(who).has('^#Value') &&
      !TIME_UNITS.test(who.split(/\s+/).at(-1) ?? '')
    ) {
      return who;
    }
  }
  return null;
}
