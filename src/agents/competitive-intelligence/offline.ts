import type { CompetitiveLandscape, Competitor } from '../../schemas/competitive-landscape.ts';
import type { Source } from '../../schemas/finding.ts';
import type { AgentRunContext } from '../builder-agent.ts';
import { type CategoryPlayer, categoryLandscape } from './category-players.ts';
import type { CompetitiveInput, CompetitorMention } from './competitive-input.ts';
import { isBrand, normalise } from './find-competitor-mentions.ts';
import { type AxisKey, type BrandSide, type EvaluatedAxis, evaluateAxis } from './positioning-axes.ts';

const ALL_AXES: AxisKey[] = ['scale', 'price', 'breadth', 'touch', 'tradition', 'selling'];
const MAX_AXES = 5;
const MAX_GAPS = 6;
const MAX_VALUE_POINTS = 5;
const MAX_CREDENTIAL_POINTS = 3;
const MAX_SOURCES_PER_COMPETITOR = 3;

const SIDE_LABELS: Record<BrandSide, string> = {
  local: 'local and personal',
  national: 'scale',
  value: 'value',
  premium: 'premium quality',
  specialist: 'specialist depth',
  broad: 'full range',
  'high-touch': 'personal service',
  convenient: 'convenience',
  established: 'track record',
  innovative: 'modern approach',
  'self-serve': 'self-serve simplicity',
  guided: 'guided service',
};

/**
 * The deterministic engine: competitors the client itself names, the category's typical players
 * from a curated table, positioning from the brand's own evidence, and plain limitations.
 */
export function offline(input: CompetitiveInput, context?: AgentRunContext): CompetitiveLandscape {
  const category = categoryLandscape(input.industry.key);
  const competitors = namedCompetitors(input);
  const evaluated = ALL_AXES.map((key) => evaluateAxis(key, input));
  const shown = [
    ...category.axes.map((key) => evaluated.find((axis) => axis.key === key)!),
    ...evaluated.filter((axis) => !category.axes.includes(axis.key) && axis.brand_position !== null),
  ].slice(0, MAX_AXES);

  for (const competitor of competitors) {
    context?.note(
      'discovery',
      `competitor "${competitor.name}" is ${competitor.kind === 'named-in-brief' ? 'named in the brief' : 'named on the site'}`,
    );
  }
  if (competitors.length === 0) {
    context?.note(
      'warning',
      'no competitor is named on the site or in the brief; the landscape lists category archetypes only',
    );
  }

  return {
    schema_version: 1,
    brand_name: input.brand_name,
    industry: input.industry.key,
    competitors,
    category_players: category.players.map((player) => ({
      archetype: player.archetype,
      how_they_compete: player.how_they_compete,
      examples: player.examples.filter((example) => !isBrand(example, brandNames(input))),
    })),
    positioning_axes: shown.map(({ axis, low, high, brand_position, rationale }) => ({
      axis,
      low,
      high,
      brand_position,
      rationale,
    })),
    gaps: gaps(evaluated, category.players),
    differentiation: differentiation(input),
    limitations: limitations(input, competitors, shown),
  };
}

function brandNames(input: CompetitiveInput): string[] {
  return [input.brand_name, ...input.brand_aliases];
}

function namedCompetitors(input: CompetitiveInput): Competitor[] {
  const groups = new Map<string, CompetitorMention[]>();
  for (const mention of input.mentions) {
    if (isBrand(mention.name, brandNames(input))) continue;
    const key = normalise(mention.name);
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  return [...groups.values()].map((mentions) => {
    // The brief is the client's own explicit statement; it outranks a passing comparison on the site.
    const inBrief = mentions.some((mention) => mention.origin === 'brief');
    const first = mentions.find((mention) => mention.origin === (inBrief ? 'brief' : 'site'))!;
    const listed = mentions.some(
      (mention) => mention.cue === 'competitors:' || mention.cue === 'competitors such as',
    );
    const sources: Source[] = mentions.slice(0, MAX_SOURCES_PER_COMPETITOR).map((mention) => ({
      kind: mention.origin === 'brief' ? 'brief' : 'text',
      page: mention.page,
      excerpt: mention.excerpt,
    }));
    return {
      name: first.name,
      kind: inBrief ? 'named-in-brief' : 'named-on-site',
      description: inBrief
        ? 'Named as a competitor in the client’s brief. Not researched further: offer, prices and locations are unknown.'
        : `Named on the client’s website in a comparison (“${first.cue}”). Not researched further: offer, prices and locations are unknown.`,
      url: null,
      sources,
      confidence: inBrief ? 0.8 : listed ? 0.7 : 0.6,
    };
  });
}

/** Where a typical player is weak on a side the brand's own evidence claims. */
function gaps(axes: EvaluatedAxis[], players: CategoryPlayer[]): CompetitiveLandscape['gaps'] {
  const found: CompetitiveLandscape['gaps'] = [];
  for (const axis of axes) {
    if (!axis.side || !axis.evidence) continue;
    for (const player of players) {
      const weakness = player.weak_at[axis.side];
      if (!weakness) continue;
      found.push({
        gap: `${player.archetype} are typically weaker at ${weakness}.`,
        evidence: `The brand's own evidence for ${SIDE_LABELS[axis.side]}: ${axis.evidence}.`,
      });
    }
  }
  return found.slice(0, MAX_GAPS);
}

function differentiation(input: CompetitiveInput): CompetitiveLandscape['differentiation'] {
  const points: CompetitiveLandscape['differentiation'] = [];
  for (const proposition of input.value_propositions.slice(0, MAX_VALUE_POINTS)) {
    points.push({
      point: proposition.text,
      evidence: `Value proposition in the brand profile${where(proposition.page)}: "${proposition.text}".`,
    });
  }
  const years = input.proof.years_in_business;
  if (years) {
    points.push({
      point: `Track record: ${years.years} years in business.`,
      evidence: `Brand profile proof, years in business = ${years.years}${where(years.page)}.`,
    });
  }
  for (const credential of input.proof.credentials.slice(0, MAX_CREDENTIAL_POINTS)) {
    points.push({
      point: `Credential: ${credential.text}`,
      evidence: `Credential in the brand profile${where(credential.page)}.`,
    });
  }
  const testimonials = input.proof.testimonial_count;
  if (testimonials > 0) {
    points.push({
      point: `Social proof from ${testimonials} customer testimonial${testimonials === 1 ? '' : 's'}.`,
      evidence: `${testimonials} testimonial${testimonials === 1 ? '' : 's'} quoted in the brand profile's proof.`,
    });
  }
  return points;
}

function limitations(input: CompetitiveInput, competitors: Competitor[], axes: EvaluatedAxis[]): string[] {
  const source = input.source_kind === 'brief' ? 'the brief' : "the client's website";
  const lines = [
    'Offline run: no web search and no language model were used. Competitors other than those the client ' +
      'names are category archetypes, not researched local rivals.',
    "Competitors' prices, share of voice, advertising activity, reviews and ratings were not researched.",
    'Category examples are well-known national names given for orientation; whether they operate in the ' +
      "brand's area was not checked.",
  ];
  lines.push(
    competitors.length > 0
      ? `Named competitors are listed as ${source} mentions them; their websites, offers and locations were not checked.`
      : `Neither ${source} nor a brief names a competitor (comparisons such as "unlike X" or "compared to X" were searched for).`,
  );
  const places = input.locations
    .map((place) => [place.city, place.region].filter(Boolean).join(', '))
    .filter((place) => place.length > 0);
  lines.push(
    places.length > 0
      ? `Local rivals in ${places.join('; ')} were not identified; that needs a local search (maps, directories).`
      : "The brand's location is unknown, so its local market could not be described.",
  );
  if (input.industry.key === 'other') {
    lines.push('The industry is not one of the known categories, so the category players are generic.');
  }
  const unknown = axes.filter((axis) => axis.brand_position === null).map((axis) => axis.axis);
  if (unknown.length > 0) {
    lines.push(`The brand profile gives no evidence of the brand's position on: ${unknown.join(', ')}.`);
  }
  if (
    input.value_propositions.length === 0 &&
    !input.proof.years_in_business &&
    input.proof.credentials.length === 0 &&
    input.proof.testimonial_count === 0
  ) {
    lines.push(
      'The brand profile holds no value propositions or proof, so differentiation could not be grounded.',
    );
  }
  return lines;
}

function where(page: string | null): string {
  return page ? ` (${page})` : '';
}
