import type { CompetitiveInput } from './competitive-input.ts';

export type AxisKey = 'scale' | 'price' | 'breadth' | 'touch' | 'tradition' | 'selling';

/** The side of an axis a brand can stand on; category players name the sides they are weak at. */
export type BrandSide =
  | 'local'
  | 'national'
  | 'value'
  | 'premium'
  | 'specialist'
  | 'broad'
  | 'high-touch'
  | 'convenient'
  | 'established'
  | 'innovative'
  | 'self-serve'
  | 'guided';

interface AxisSpec {
  axis: string;
  low: string;
  high: string;
  lowSide: BrandSide;
  highSide: BrandSide;
  /** Phrases in the brand's own words that place it on the low or high side. */
  lowCues: string[];
  highCues: string[];
}

/** A comma-separated list of cue phrases. */
const cues = (list: string): string[] => list.split(/,\s*/);

const AXES: Record<AxisKey, AxisSpec> = {
  scale: {
    axis: 'Scale and ownership',
    low: 'Local, independent and personal',
    high: 'Regional or national, standardised',
    lowSide: 'local',
    highSide: 'national',
    lowCues: cues(
      'family-owned, family owned, locally owned, local, independent, neighborhood, neighbourhood, community, hometown',
    ),
    highCues: cues(
      'nationwide, national, locations across, across the country, franchise, worldwide, global',
    ),
  },
  price: {
    axis: 'Price',
    low: 'Value and affordability',
    high: 'Premium and exclusive',
    lowSide: 'value',
    highSide: 'premium',
    lowCues: cues(
      'affordable, low cost, low-cost, budget, cheap, discount, great value, best price, low prices, no hidden fees, free consultation',
    ),
    highCues: cues('premium, luxury, exclusive, bespoke, high-end, boutique, world-class, finest, artisan'),
  },
  breadth: {
    axis: 'Range',
    low: 'Specialist in one thing',
    high: 'Full range under one roof',
    lowSide: 'specialist',
    highSide: 'broad',
    lowCues: cues(
      'specialist, specialists, specialize, specialise, specializing, specialising, specialized, specialised, dedicated to, focused on, exclusively',
    ),
    highCues: cues(
      'full range, full-service, full service, one-stop, one stop, all your, everything you need, comprehensive, complete range, under one roof',
    ),
  },
  touch: {
    axis: 'Service style',
    low: 'Personal, high-touch',
    high: 'Fast, on-demand convenience',
    lowSide: 'high-touch',
    highSide: 'convenient',
    lowCues: cues(
      'personal, personalized, personalised, one-on-one, one on one, 1:1, tailored, custom, individual, get to know, like family, caring, gentle',
    ),
    highCues: cues(
      'same-day, same day, walk-in, walk-ins, 24/7, online booking, book online, open late, fast, quick, instant, on demand, on-demand, delivery, no appointment, evening, evenings, weekend, weekends, saturday, extended hours',
    ),
  },
  tradition: {
    axis: 'Heritage and innovation',
    low: 'Established, traditional',
    high: 'Modern, innovative',
    lowSide: 'established',
    highSide: 'innovative',
    lowCues: cues('since, established, tradition, traditional, heritage, generations, trusted, decades'),
    highCues: cues(
      'modern, innovative, innovation, latest, cutting-edge, cutting edge, state-of-the-art, technology, digital, new approach',
    ),
  },
  selling: {
    axis: 'Buying experience',
    low: 'Self-serve, sign up and go',
    high: 'Guided, sales-led or done for you',
    lowSide: 'self-serve',
    highSide: 'guided',
    lowCues: cues(
      'free trial, sign up, get started free, no credit card, self-serve, start for free, freemium, in minutes',
    ),
    highCues: cues(
      'book a demo, request a demo, contact sales, enterprise, account manager, done for you, white-glove, onboarding',
    ),
  },
};

export interface EvaluatedAxis {
  key: AxisKey;
  axis: string;
  low: string;
  high: string;
  brand_position: number | null;
  rationale: string;
  /** The side the evidence puts the brand on; null when mixed or unknown. */
  side: BrandSide | null;
  /** The quoted evidence behind the side, for gaps. */
  evidence: string | null;
}

interface Clue {
  cue: string;
  quote: string;
  where: string;
}

const ESTABLISHED_YEARS = 10;
const LOCAL_MAX_LOCATIONS = 2;
const NATIONAL_MIN_LOCATIONS = 6;

/**
 * Places the brand on each axis from its own words only: a cue phrase in a value proposition,
 * tagline, description or credential, or the profile's facts (years in business, number of
 * locations, number of offerings). No evidence means a null position that says so.
 */
export function evaluateAxis(key: AxisKey, input: CompetitiveInput): EvaluatedAxis {
  const spec = AXES[key];
  const low = findClues(spec.lowCues, input);
  const high = findClues(spec.highCues, input);
  low.push(...factClues(spec.lowSide, input));
  high.push(...factClues(spec.highSide, input));
  const base = { key, axis: spec.axis, low: spec.low, high: spec.high };
  if (low.length === 0 && high.length === 0) {
    return {
      ...base,
      brand_position: null,
      rationale: `No evidence in the brand profile places the brand between "${spec.low}" and "${spec.high}".`,
      side: null,
      evidence: null,
    };
  }
  if (low.length > 0 && high.length > 0) {
    return {
      ...base,
      brand_position: 0.5,
      rationale: `Mixed evidence: ${describe(low[0]!)} points to "${spec.low}", ${describe(high[0]!)} to "${spec.high}".`,
      side: null,
      evidence: null,
    };
  }
  const isLow = low.length > 0;
  const clues = isLow ? low : high;
  const strength = Math.min(clues.length, 3);
  const position = isLow ? 0.35 - strength * 0.05 : 0.65 + strength * 0.05;
  const shown = clues.slice(0, 2).map(describe).join('; ');
  return {
    ...base,
    brand_position: Math.round(position * 100) / 100,
    rationale: `Towards "${isLow ? spec.low : spec.high}": ${shown}.`,
    side: isLow ? spec.lowSide : spec.highSide,
    evidence: describe(clues[0]!),
  };
}

function findClues(cues: string[], input: CompetitiveInput): Clue[] {
  const texts: Array<{ text: string; where: string }> = [
    ...input.value_propositions.map((item) => ({ text: item.text, where: 'value proposition' })),
    ...(input.tagline ? [{ text: input.tagline.text, where: 'tagline' }] : []),
    ...(input.description ? [{ text: input.description.text, where: 'description' }] : []),
    ...input.proof.credentials.map((item) => ({ text: item.text, where: 'credential' })),
  ];
  const clues: Clue[] = [];
  for (const { text, where } of texts) {
    const cue = cues.find((candidate) => containsPhrase(text, candidate));
    if (cue) clues.push({ cue, quote: quote(text), where });
  }
  return clues;
}

/** Facts of the profile that place the brand without a cue phrase. */
function factClues(side: BrandSide, input: CompetitiveInput): Clue[] {
  const years = input.proof.years_in_business;
  const places = input.locations.length;
  switch (side) {
    case 'established':
      return years && years.years >= ESTABLISHED_YEARS
        ? [{ cue: `${years.years} years`, quote: `${years.years} years in business`, where: 'proof' }]
        : [];
    case 'local':
      return places > 0 && places <= LOCAL_MAX_LOCATIONS
        ? [
            {
              cue: 'locations',
              quote: `${places} location${places === 1 ? '' : 's'} (${placeNames(input)})`,
              where: 'locations',
            },
          ]
        : [];
    case 'national':
      return places >= NATIONAL_MIN_LOCATIONS
        ? [{ cue: 'locations', quote: `${places} locations`, where: 'locations' }]
        : [];
    default:
      return [];
  }
}

function placeNames(input: CompetitiveInput): string {
  return input.locations.map((place) => [place.city, place.region].filter(Boolean).join(', ')).join('; ');
}

function describe(clue: Clue): string {
  return clue.where === 'proof' || clue.where === 'locations'
    ? `${clue.where}: ${clue.quote}`
    : `${clue.where} "${clue.quote}"`;
}

function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

function quote(text: string): string {
  const trimmed = text.trim().replace(/[.!?]+$/, '');
  return trimmed.length <= 120 ? trimmed : `${trimmed.slice(0, 119).trimEnd()}…`;
}
