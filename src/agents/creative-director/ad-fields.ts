import {
  countChars,
  fitText,
  isFillerHeadline,
  PLATFORM_KIND,
  PLATFORM_LIMITS,
  titleCaseHeadline,
} from '../../creative/index.ts';
import type { AdFields } from '../../schemas/ad-copy.ts';
import type { PlatformId } from '../../schemas/brand-config.ts';
import { editCopy, isProse } from '../../text/copy-editor/index.ts';
import { asNounPhrase, differentNames, inPlace, written } from '../../text/slots/index.ts';
import {
  capitalise,
  lowerFirst,
  motivationQuestion,
  offeredThing,
  phrase,
  sentence,
  slugify,
  uniqueText,
} from './copy-text.ts';
import { pickDistinctHeadlines } from './distinct-headlines.ts';

const RSA_MIN_HEADLINES = 8;
// Eight strong headlines per ad leave material for the other ads of the campaign to be different.
const RSA_MAX_HEADLINES = 8;
const RSA_MIN_DISTINCT_HEADLINES = 5;
const RSA_MAX_DESCRIPTIONS = 4;

/** The words one ad variant is written from, already chosen for its audience and angle. */
export interface CopyMaterial {
  brand: string;
  /** Offering names, the variant's own first. */
  offerings: string[];
  offeringDescription: string | null;
  price: string | null;
  /** Research sentences that back the variant, strongest first (verbatim, so claims stay verifiable). */
  proof: string[];
  place: string | null;
  /** The audience's first pain point, as they would say it. */
  pain: string;
  /** What the audience wants, in the strategy's words. */
  motivation: string;
  /** Who the audience is ("Busy parents"). */
  audience: string;
  /** The audience's further wants, for headlines of their own. */
  moreMotivations: string[];
  industry: string | null;
  tagline: string | null;
  action: string;
  shortAction: string;
  /** Which thread leads: the offering, the proof, or the audience's need. */
  angle: 'offer' | 'proof' | 'need';
}

/** What earlier ads of the same campaign already say, so this one says something else. */
export interface TakenCopy {
  headlines: string[][];
  primaryTexts: string[];
}

/** The slots every template shares, each null when no value of its kind exists. */
function slotsOf(m: CopyMaterial) {
  const offering = m.offerings[0]!;
  const offered = offeredThing(offering);
  return {
    offering,
    /** The offering where "<offering> at <brand>" does not say one name twice. */
    sold: differentNames(offering, m.brand) ? offering : null,
    /** The offering after "offers", as a noun phrase with its article. */
    offered,
    /** The offering after "offers", in the place when the name does not already say it. */
    offeredHere: offered ? (inPlace(offered, m.place) ?? offered) : null,
    ask: motivationQuestion(m.motivation),
    where: m.place && !offering.toLowerCase().includes(m.place.toLowerCase()) ? ` in ${m.place}` : '',
  };
}

/**
 * Fields of the platform's ad kind, every text within its limits: exact-fit sentences are
 * preferred, longest first, and `fitText` shortens only as a last resort.
 */
export function adFieldsFor(
  platform: PlatformId,
  material: CopyMaterial,
  taken: TakenCopy = { headlines: [], primaryTexts: [] },
): AdFields | null {
  const kind = PLATFORM_KIND[platform];
  switch (kind) {
    case 'google-rsa':
    case 'microsoft-rsa':
      return searchFields(kind, material, taken);
    case 'meta':
      return metaFields(material, taken);
    case 'linkedin':
      return linkedInFields(material);
    case 'tiktok':
      return { kind, ad_text: fitField(kind, PLATFORM_LIMITS.tiktok.ad_text.hard, shortPosts(material)) };
    case 'youtube':
      return youTubeFields(material);
    case 'pinterest':
      return pinterestFields(material);
  }
}

function searchFields(
  kind: 'google-rsa' | 'microsoft-rsa',
  m: CopyMaterial,
  taken: TakenCopy,
): AdFields | null {
  const limits = PLATFORM_LIMITS[kind];
  const { offering, offered, offeredHere, ask } = slotsOf(m);
  const others = m.offerings.slice(1);
  const local = (text: string) => inPlace(text, m.place);
  const offerLines = [
    offering,
    local(offering),
    m.price ? `${offering} ${m.price}` : null,
    ...others,
    ...others.map(local),
  ];
  const proofLines = m.proof;
  const forAudience = asNounPhrase(m.audience) ? `${offering} for ${lowerFirst(m.audience)}` : null;
  // The audience's own words are the lines no other audience's ad has: its wants and its worries.
  const worry = m.pain ? `${capitalise(m.pain)}?` : null;
  const needLines = [
    m.motivation,
    forAudience,
    ...m.moreMotivations,
    worry,
    m.industry ? local(m.industry) : null,
    m.tagline,
  ];
  const brandLines = [
    m.brand,
    m.place && differentNames(m.brand, m.place) ? `${m.brand} ${m.place}` : null,
    m.action,
  ];
  const ordered =
    m.angle === 'offer'
      ? [...offerLines, ...brandLines, ...proofLines, ...needLines]
      : m.angle === 'proof'
        ? [...proofLines, ...brandLines, ...offerLines, ...needLines]
        : [...needLines, ...offerLines, ...proofLines, ...brandLines];
  const fillers = [
    `Meet ${m.brand}`,
    `About ${m.brand}`,
    `Why ${m.brand}`,
    `Contact ${m.brand}`,
    'Learn More',
  ];
  const candidates: string[] = [];
  let filler = false;
  for (const line of [...ordered, ...fillers]) {
    if (!line) continue;
    // Whole lines only: a line cut to fit ("Family Dentistry for Anxious") is not a headline.
    const fitted = exactFit(titleCaseHeadline(phrase(line)), limits.headlines.hard, kind);
    if (!fitted || candidates.some((seen) => seen.toLowerCase() === fitted.toLowerCase())) continue;
    // One call to action is a headline; "Visit Us / Visit Us Today / Learn More" is filler.
    if (isFillerHeadline(fitted)) {
      if (filler) continue;
      filler = true;
    }
    candidates.push(fitted);
  }
  // A later ad of the campaign may be shorter rather than a copy of an earlier one; an audience's
  // first (offer-led) ad may go down to the platform's minimum rather than be missing.
  const min =
    taken.headlines.length === 0
      ? RSA_MIN_HEADLINES
      : m.angle === 'offer'
        ? (limits.headlines.countMin ?? 3)
        : RSA_MIN_DISTINCT_HEADLINES;
  const headlines = pickDistinctHeadlines(candidates, taken.headlines, min, RSA_MAX_HEADLINES);
  if (!headlines) return null;

  const described = m.offeringDescription
    ? `${offering}: ${lowerFirst(phrase(m.offeringDescription))}`
    : offering;
  const proof = m.proof[0] ? sentence(m.proof[0]) : null;
  const offerSentences = [
    written`${ask} ${sentence(described)} ${m.action}.`,
    written`${sentence(described)} ${m.action} at ${differentNames(described, m.brand) ? m.brand : null}.`,
    `${sentence(described)} ${m.action}.`,
    sentence(described),
  ];
  const proofSentences = proof ? [`${proof} ${m.action} at ${m.brand}.`, `${proof} ${m.action}.`, proof] : [];
  const needSentences = [
    written`${capitalise(m.pain)}? ${m.brand} offers ${offeredHere}.`,
    written`${capitalise(m.pain)}? ${m.brand} offers ${offered}.`,
    `${capitalise(m.pain)}? Talk to ${m.brand}.`,
  ];
  const groups =
    m.angle === 'offer'
      ? [offerSentences, proofSentences, needSentences]
      : m.angle === 'proof'
        ? [proofSentences, offerSentences, needSentences]
        : [needSentences, offerSentences, proofSentences];
  const extra = [
    m.tagline ? `${sentence(m.tagline)} ${m.action} at ${m.brand}.` : null,
    `${m.brand}: ${m.offerings.slice(0, 3).map(lowerFirst).join(', ')}. ${m.action}.`,
    `${m.action} with ${m.brand}.`,
  ];
  const descriptions = uniqueText(
    [
      ...groups.map((group) => firstFit(present(group), limits.descriptions.hard, kind)),
      ...extra.map((line) => (line ? exactFit(line, limits.descriptions.hard, kind) : null)),
    ].filter((line): line is string => line !== null),
  ).slice(0, RSA_MAX_DESCRIPTIONS);
  if (descriptions.length < 2) return null;
  return {
    kind,
    headlines,
    descriptions,
    path1: pathPart(offering, limits.path1.hard),
    path2: pathPart(m.place ?? m.action, limits.path2.hard),
  };
}

/** The lines a template list could write: those whose every slot had a value. */
function present(lines: Array<string | null>): string[] {
  return lines.filter((line): line is string => line !== null);
}

function metaFields(m: CopyMaterial, taken: TakenCopy): AdFields | null {
  const limits = PLATFORM_LIMITS.meta;
  const { offering, sold, offered, ask, where } = slotsOf(m);
  const described = m.offeringDescription ? ` ${capitalise(phrase(m.offeringDescription))}.` : '';
  const proof = m.proof[0] ? ` ${sentence(m.proof[0])}` : '';
  const pain = capitalise(m.pain);
  const offerLed = [
    written`${ask} ${sold} at ${m.brand}${where}.${described} ${m.action} today.`,
    written`${ask} ${sold} at ${m.brand}${where}. ${m.action} today.`,
    written`${ask} ${sold} at ${m.brand}. ${m.action}.`,
    written`${sold} at ${m.brand}${where}.${described} ${m.action} today.`,
  ];
  const proofLed = proof
    ? [
        written`${proof.trim()} ${m.brand}: ${offered}${where}. ${m.action} today.`,
        written`${proof.trim()} ${m.brand}: ${offered}. ${m.action}.`,
        `${proof.trim()} ${m.action} at ${m.brand}.`,
      ]
    : [];
  const needLed = [
    written`${pain}? ${m.brand}${where} offers ${offered}.${proof} ${m.action} today.`,
    written`${pain}? ${m.brand}${where} offers ${offered}. ${m.action} today.`,
    written`${pain}? ${m.brand} offers ${offered}. ${m.action}.`,
    `${pain}? ${m.action} at ${m.brand}.`,
  ];
  const ordered =
    m.angle === 'offer'
      ? [...offerLed, ...needLed, ...proofLed]
      : m.angle === 'proof'
        ? [...proofLed, ...offerLed, ...needLed]
        : [...needLed, ...offerLed, ...proofLed];
  // No two ads of one campaign open with the same primary text.
  const fresh = present(ordered)
    .map((line) => tidy(line))
    .filter((line) => !taken.primaryTexts.some((text) => text.toLowerCase() === line.toLowerCase()));
  if (fresh.length === 0) return null;
  const headline =
    m.angle === 'offer'
      ? [m.price ? `${offering} ${m.price}` : null, `${offering}${where}`, offering]
      : m.angle === 'proof'
        ? [...m.proof, `${offering}${where}`, offering]
        : [capitalise(m.motivation), `${offering}${where}`, offering];
  return {
    kind: 'meta',
    primary_text: fitField('meta', limits.primary_text.recommended, fresh),
    headline: fitField('meta', limits.headline.recommended, headline),
    description:
      firstFit(
        m.angle === 'offer' ? [capitalise(m.motivation), m.brand] : [m.action],
        limits.description.recommended,
        'meta',
      ) ?? '',
  };
}

function linkedInFields(m: CopyMaterial): AdFields {
  const limits = PLATFORM_LIMITS.linkedin;
  const { offering, sold, offered, ask } = slotsOf(m);
  const proof = m.proof[0] ? sentence(m.proof[0]) : '';
  const described = m.offeringDescription ? `${capitalise(phrase(m.offeringDescription))}.` : '';
  const pain = capitalise(m.pain);
  const intro =
    m.angle === 'offer'
      ? [
          written`${ask} ${sold} from ${m.brand}. ${described} ${m.action}.`,
          written`${ask} ${sold} from ${m.brand}. ${m.action}.`,
          written`${sold} from ${m.brand}. ${m.action}.`,
          `${m.brand}. ${described} ${m.action}.`,
        ]
      : m.angle === 'proof'
        ? [written`${proof} ${sold} from ${m.brand}. ${m.action}.`, `${proof} ${m.action}.`]
        : [
            written`${pain}? ${m.brand} offers ${offered}. ${proof} ${m.action}.`,
            written`${pain}? ${m.brand} offers ${offered}. ${m.action}.`,
            `${pain}? ${m.action} with ${m.brand}.`,
          ];
  const headline =
    m.angle === 'offer'
      ? [
          written`${sold}: ${m.action.toLowerCase()} with ${m.brand}`,
          written`${sold} from ${m.brand}`,
          offering,
        ]
      : m.angle === 'proof'
        ? [
            ...m.proof.map((line) => `${phrase(line)}: ${m.brand}`),
            written`${sold} from ${m.brand}`,
            offering,
          ]
        : [`${capitalise(m.motivation)} with ${m.brand}`, written`${sold} from ${m.brand}`, offering];
  return {
    kind: 'linkedin',
    intro: fitField('linkedin', limits.intro.recommended, present(intro).map(tidy)),
    headline: fitField('linkedin', limits.headline.recommended, headline),
  };
}

function shortPosts(m: CopyMaterial): string[] {
  const { sold, ask, where } = slotsOf(m);
  const proof = m.proof[0] ? phrase(m.proof[0]) : null;
  const pain = capitalise(m.pain);
  const lines =
    m.angle === 'offer'
      ? [
          written`${ask} ${sold} at ${m.brand}${where}. ${m.action}.`,
          written`${ask} ${sold} at ${m.brand}. ${m.action}.`,
          written`${sold} at ${m.brand}. ${m.action}.`,
        ]
      : m.angle === 'proof' && proof
        ? [written`${sentence(proof)} ${sold} at ${m.brand}. ${m.action}.`, `${sentence(proof)} ${m.action}.`]
        : [
            written`${pain}? ${sold} at ${m.brand}. ${m.action}.`,
            `${pain}? ${m.brand}. ${m.action}.`,
            `${pain}? ${m.action}.`,
          ];
  return present([...lines, written`${sold} at ${m.brand}.`, `${m.brand}. ${m.action}.`]);
}

function youTubeFields(m: CopyMaterial): AdFields {
  const limits = PLATFORM_LIMITS.youtube;
  const { sold, ask } = slotsOf(m);
  const proof = m.proof[0] ? sentence(m.proof[0]) : null;
  const long =
    m.angle === 'proof' && proof
      ? [written`${proof} ${sold} at ${m.brand}.`, proof]
      : m.angle === 'need'
        ? [
            written`${capitalise(m.pain)}? ${sold} at ${m.brand}.`,
            `${capitalise(m.motivation)} with ${m.brand}.`,
          ]
        : [
            written`${ask} ${sold} at ${m.brand}.`,
            written`${sold} at ${m.brand}${m.place ? `, ${m.place}` : ''}.`,
            written`${sold} at ${m.brand}.`,
          ];
  const description = [
    m.offeringDescription
      ? `${sentence(m.offeringDescription)} ${m.action}.`
      : `${m.action} with ${m.brand}.`,
    `${m.action} with ${m.brand}.`,
    `${m.action}.`,
  ];
  const headline =
    m.angle === 'offer' ? [...m.offerings, m.brand, m.action] : [m.brand, ...m.offerings, m.action];
  return {
    kind: 'youtube',
    headline: fitField('youtube', limits.headline.hard, [...headline, m.shortAction]),
    long_headline: fitField('youtube', limits.long_headline.hard, [
      ...long,
      written`${sold} at ${m.brand}.`,
      `${m.action} with ${m.brand}.`,
    ]),
    description: fitField('youtube', limits.description.hard, description),
    call_to_action: fitField('youtube', limits.call_to_action.hard, [m.shortAction, 'Learn more']),
  };
}

function pinterestFields(m: CopyMaterial): AdFields {
  const limits = PLATFORM_LIMITS.pinterest;
  const { offering, sold, ask } = slotsOf(m);
  const proof = m.proof[0] ? ` ${sentence(m.proof[0])}` : '';
  const described = m.offeringDescription ? ` ${capitalise(phrase(m.offeringDescription))}.` : '';
  const from = sold ? `${sold} from ${m.brand}` : m.brand;
  const title =
    m.angle === 'offer'
      ? [m.price ? `${offering} ${m.price}` : null, from, offering]
      : m.angle === 'proof'
        ? [...m.proof, from, offering]
        : [capitalise(m.motivation), from, offering];
  const opening = m.angle === 'need' ? `${capitalise(m.pain)}?` : (ask ?? '');
  return {
    kind: 'pinterest',
    title: fitField('pinterest', limits.title.recommended, title),
    description: fitField('pinterest', limits.description.hard, [
      tidy(
        m.angle === 'proof'
          ? `${proof.trim()} ${from}${m.place ? ` in ${m.place}` : ''}.${described} ${m.action}.`
          : `${opening} ${from}${m.place ? ` in ${m.place}` : ''}.${described}${proof} ${m.action}.`,
      ),
      `${from}. ${m.action}.`,
    ]),
  };
}

/** The first candidate that fits as written; otherwise the first one `fitText` can shorten. */
function fitField(kind: AdFields['kind'], max: number, candidates: Array<string | null>): string {
  const lines = candidates.filter((line): line is string => line !== null && line.trim().length > 0);
  return (
    firstFit(lines, max, kind) ?? lines.map((line) => fitText(line, max, kind)).find(Boolean) ?? lines.at(-1)!
  );
}

function firstFit(candidates: string[], max: number, kind: AdFields['kind']): string | null {
  for (const line of candidates) {
    const fitted = exactFit(line, max, kind);
    if (fitted) return fitted;
  }
  return null;
}

/** The line as written when it fits and the editor QA runs finds nothing wrong with it. */
function exactFit(line: string, max: number, kind: AdFields['kind']): string | null {
  const clean = tidy(line);
  if (clean.length === 0 || countChars(clean, kind) > max) return null;
  return editCopy(clean, { form: isProse(clean) ? 'prose' : 'fragment', pureCopy: true }).length === 0
    ? clean
    : null;
}

function tidy(line: string): string {
  return line
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,:;?!])/g, '$1')
    .replace(/\.\./g, '.')
    .trim();
}

/** A display-URL path: whole words of the text, hyphenated, within the limit. */
function pathPart(text: string, max: number): string {
  const words = slugify(text, 6).split('-');
  let path = '';
  for (const word of words) {
    const next = path ? `${path}-${word}` : word;
    if (next.length > max) break;
    path = next;
  }
  return path || (words[0] ?? '').slice(0, max);
}
