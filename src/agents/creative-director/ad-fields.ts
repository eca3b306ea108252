import {
  countChars,
  fitText,
  PLATFORM_KIND,
  PLATFORM_LIMITS,
  titleCaseHeadline,
} from '../../creative/index.ts';
import type { AdFields } from '../../schemas/ad-copy.ts';
import type { PlatformId } from '../../schemas/brand-config.ts';
import {
  capitalise,
  lowerFirst,
  motivationQuestion,
  nameInSentence,
  phrase,
  sentence,
  slugify,
  uniqueText,
} from './copy-text.ts';

const RSA_MIN_HEADLINES = 8;
const RSA_MAX_HEADLINES = 15;
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
  industry: string;
  tagline: string | null;
  action: string;
  shortAction: string;
  /** Which thread leads: the offering, the proof, or the audience's need. */
  angle: 'offer' | 'proof' | 'need';
}

/**
 * Fields of the platform's ad kind, every text within its limits: exact-fit sentences are
 * preferred, longest first, and `fitText` shortens only as a last resort.
 */
export function adFieldsFor(platform: PlatformId, material: CopyMaterial): AdFields {
  const kind = PLATFORM_KIND[platform];
  switch (kind) {
    case 'google-rsa':
    case 'microsoft-rsa':
      return searchFields(kind, material);
    case 'meta':
      return metaFields(material);
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

function searchFields(kind: 'google-rsa' | 'microsoft-rsa', m: CopyMaterial): AdFields {
  const limits = PLATFORM_LIMITS[kind];
  const [offering, ...others] = m.offerings;
  const local = (text: string) => (m.place ? `${text} in ${m.place}` : null);
  const offerLines = [
    offering!,
    local(offering!),
    m.price ? `${offering} ${m.price}` : null,
    ...others,
    ...others.map(local),
  ];
  const proofLines = m.proof;
  const needLines = [m.motivation, local(m.industry), m.tagline];
  const brandLines = [
    m.brand,
    m.place ? `${m.brand} ${m.place}` : null,
    `${m.action} Today`,
    m.action,
    `${m.action} Online`,
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
  const headlines: string[] = [];
  for (const line of [...ordered, ...fillers]) {
    if (headlines.length >= RSA_MAX_HEADLINES) break;
    if (!line) continue;
    const fitted = exactFit(titleCaseHeadline(phrase(line)), limits.headlines.hard, kind);
    if (fitted && !headlines.some((seen) => seen.toLowerCase() === fitted.toLowerCase()))
      headlines.push(fitted);
  }
  if (headlines.length < RSA_MIN_HEADLINES) {
    for (const line of ordered) {
      if (headlines.length >= RSA_MIN_HEADLINES || !line) continue;
      const fitted = fitText(titleCaseHeadline(phrase(line)), limits.headlines.hard, kind);
      if (fitted && !headlines.some((seen) => seen.toLowerCase() === fitted.toLowerCase()))
        headlines.push(fitted);
    }
  }

  const described = m.offeringDescription
    ? `${offering}: ${lowerFirst(phrase(m.offeringDescription))}`
    : offering!;
  const proof = m.proof[0] ? sentence(m.proof[0]) : null;
  const offerSentences = [
    `${motivationQuestion(m.motivation)} ${sentence(described)} ${m.action}.`,
    `${sentence(described)} ${m.action} at ${m.brand}.`,
    `${sentence(described)} ${m.action}.`,
    sentence(described),
  ];
  const proofSentences = proof ? [`${proof} ${m.action} at ${m.brand}.`, `${proof} ${m.action}.`, proof] : [];
  const needSentences = [
    `${capitalise(m.pain)}? ${m.brand} offers ${nameInSentence(offering!)}${m.place ? ` in ${m.place}` : ''}.`,
    `${capitalise(m.pain)}? ${m.brand} offers ${nameInSentence(offering!)}.`,
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
      ...groups.map((group) => firstFit(group, limits.descriptions.hard, kind)),
      ...extra.map((line) => (line ? exactFit(line, limits.descriptions.hard, kind) : null)),
    ].filter((line): line is string => line !== null),
  ).slice(0, RSA_MAX_DESCRIPTIONS);
  return {
    kind,
    headlines,
    descriptions,
    path1: pathPart(offering!, limits.path1.hard),
    path2: pathPart(m.place ?? m.action, limits.path2.hard),
  };
}

function metaFields(m: CopyMaterial): AdFields {
  const limits = PLATFORM_LIMITS.meta;
  const [offering] = m.offerings;
  const where = m.place ? ` in ${m.place}` : '';
  const described = m.offeringDescription ? ` ${capitalise(phrase(m.offeringDescription))}.` : '';
  const proof = m.proof[0] ? ` ${sentence(m.proof[0])}` : '';
  const ask = motivationQuestion(m.motivation);
  const primary =
    m.angle === 'offer'
      ? [
          `${ask} ${offering} at ${m.brand}${where}.${described} ${m.action} today.`,
          `${ask} ${offering} at ${m.brand}${where}. ${m.action} today.`,
          `${ask} ${offering} at ${m.brand}. ${m.action}.`,
        ]
      : m.angle === 'proof'
        ? [
            `${proof.trim()} ${m.brand}: ${nameInSentence(offering!)}${where}. ${m.action} today.`,
            `${proof.trim()} ${m.brand}: ${nameInSentence(offering!)}. ${m.action}.`,
            `${proof.trim()} ${m.action} at ${m.brand}.`,
          ]
        : [
            `${capitalise(m.pain)}? ${m.brand}${where} offers ${nameInSentence(offering!)}.${proof} ${m.action} today.`,
            `${capitalise(m.pain)}? ${m.brand}${where} offers ${nameInSentence(offering!)}. ${m.action} today.`,
            `${capitalise(m.pain)}? ${m.brand} offers ${nameInSentence(offering!)}. ${m.action}.`,
            `${capitalise(m.pain)}? ${m.action} at ${m.brand}.`,
          ];
  const headline =
    m.angle === 'offer'
      ? [m.price ? `${offering} ${m.price}` : null, `${offering}${where}`, offering!]
      : m.angle === 'proof'
        ? [...m.proof, `${offering}${where}`, offering!]
        : [capitalise(m.motivation), `${offering}${where}`, offering!];
  return {
    kind: 'meta',
    primary_text: fitField(
      'meta',
      limits.primary_text.recommended,
      primary.map((line) => line.trim()),
    ),
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
  const [offering] = m.offerings;
  const proof = m.proof[0] ? sentence(m.proof[0]) : '';
  const described = m.offeringDescription ? `${capitalise(phrase(m.offeringDescription))}.` : '';
  const intro =
    m.angle === 'offer'
      ? [
          `${motivationQuestion(m.motivation)} ${offering} from ${m.brand}. ${described} ${m.action}.`,
          `${motivationQuestion(m.motivation)} ${offering} from ${m.brand}. ${m.action}.`,
          `${offering} from ${m.brand}. ${m.action}.`,
        ]
      : m.angle === 'proof'
        ? [`${proof} ${offering} from ${m.brand}. ${m.action}.`, `${proof} ${m.action}.`]
        : [
            `${capitalise(m.pain)}? ${m.brand} offers ${nameInSentence(offering!)}. ${proof} ${m.action}.`,
            `${capitalise(m.pain)}? ${m.brand} offers ${nameInSentence(offering!)}. ${m.action}.`,
            `${capitalise(m.pain)}? ${m.action} with ${m.brand}.`,
          ];
  const headline =
    m.angle === 'offer'
      ? [`${offering}: ${m.action.toLowerCase()} with ${m.brand}`, `${offering} from ${m.brand}`, offering!]
      : m.angle === 'proof'
        ? [...m.proof.map((line) => `${phrase(line)}: ${m.brand}`), `${offering} from ${m.brand}`, offering!]
        : [`${capitalise(m.motivation)} with ${m.brand}`, `${offering} from ${m.brand}`, offering!];
  return {
    kind: 'linkedin',
    intro: fitField('linkedin', limits.intro.recommended, intro.map(tidy)),
    headline: fitField('linkedin', limits.headline.recommended, headline),
  };
}

function shortPosts(m: CopyMaterial): string[] {
  const [offering] = m.offerings;
  const proof = m.proof[0] ? phrase(m.proof[0]) : null;
  const lines =
    m.angle === 'offer'
      ? [
          `${motivationQuestion(m.motivation)} ${offering} at ${m.brand}${m.place ? ` in ${m.place}` : ''}. ${m.action}.`,
          `${motivationQuestion(m.motivation)} ${offering} at ${m.brand}. ${m.action}.`,
          `${offering} at ${m.brand}. ${m.action}.`,
        ]
      : m.angle === 'proof' && proof
        ? [`${sentence(proof)} ${offering} at ${m.brand}. ${m.action}.`, `${sentence(proof)} ${m.action}.`]
        : [
            `${capitalise(m.pain)}? ${offering} at ${m.brand}. ${m.action}.`,
            `${capitalise(m.pain)}? ${m.brand}. ${m.action}.`,
            `${capitalise(m.pain)}? ${m.action}.`,
          ];
  return [...lines, `${offering} at ${m.brand}.`];
}

function youTubeFields(m: CopyMaterial): AdFields {
  const limits = PLATFORM_LIMITS.youtube;
  const [offering] = m.offerings;
  const proof = m.proof[0] ? sentence(m.proof[0]) : null;
  const long =
    m.angle === 'proof' && proof
      ? [`${proof} ${offering} at ${m.brand}.`, proof]
      : m.angle === 'need'
        ? [
            `${capitalise(m.pain)}? ${offering} at ${m.brand}.`,
            `${capitalise(m.motivation)} with ${m.brand}.`,
          ]
        : [
            `${motivationQuestion(m.motivation)} ${offering} at ${m.brand}.`,
            `${offering} at ${m.brand}${m.place ? `, ${m.place}` : ''}.`,
            `${offering} at ${m.brand}.`,
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
    long_headline: fitField('youtube', limits.long_headline.hard, [...long, `${offering} at ${m.brand}.`]),
    description: fitField('youtube', limits.description.hard, description),
    call_to_action: fitField('youtube', limits.call_to_action.hard, [m.shortAction, 'Learn more']),
  };
}

function pinterestFields(m: CopyMaterial): AdFields {
  const limits = PLATFORM_LIMITS.pinterest;
  const [offering] = m.offerings;
  const proof = m.proof[0] ? ` ${sentence(m.proof[0])}` : '';
  const described = m.offeringDescription ? ` ${capitalise(phrase(m.offeringDescription))}.` : '';
  const title =
    m.angle === 'offer'
      ? [m.price ? `${offering} ${m.price}` : null, `${offering} from ${m.brand}`, offering!]
      : m.angle === 'proof'
        ? [...m.proof, `${offering} from ${m.brand}`, offering!]
        : [capitalise(m.motivation), `${offering} from ${m.brand}`, offering!];
  return {
    kind: 'pinterest',
    title: fitField('pinterest', limits.title.recommended, title),
    description: fitField('pinterest', limits.description.hard, [
      tidy(
        m.angle === 'proof'
          ? `${proof.trim()} ${offering} from ${m.brand}${m.place ? ` in ${m.place}` : ''}.${described} ${m.action}.`
          : `${m.angle === 'need' ? `${capitalise(m.pain)}?` : motivationQuestion(m.motivation)} ` +
              `${offering} from ${m.brand}${m.place ? ` in ${m.place}` : ''}.${described}${proof} ${m.action}.`,
      ),
      `${offering} from ${m.brand}. ${m.action}.`,
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

function exactFit(line: string, max: number, kind: AdFields['kind']): string | null {
  const clean = tidy(line);
  return clean.length > 0 && countChars(clean, kind) <= max ? clean : null;
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
