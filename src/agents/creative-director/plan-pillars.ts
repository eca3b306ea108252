import type { Demographic } from '../../schemas/brand-config.ts';
import type { MessagingPillar } from '../../schemas/creative-brief.ts';
import { audienceAngle } from './audience-angle.ts';
import { capitalise, lowerFirst, overlap, phrase, slugify, stems } from './copy-text.ts';
import type { CreativeInput } from './creative-input.ts';
import type { ProofPoint } from './proof-points.ts';

const MAX_PILLARS = 4;
const PROOF_PER_PILLAR = 3;

const KIND_WEIGHT: Record<ProofPoint['kind'], number> = {
  differentiation: 3,
  'value-proposition': 2,
  testimonial: 2,
  credential: 1,
  years: 1,
  offering: 0,
};

/** A pillar with what it was built from, so briefs and copy can reuse the same offering and proof. */
export interface PlannedPillar {
  pillar: MessagingPillar;
  /** The audience the pillar speaks to; null for the brand-wide differentiation pillar. */
  demographic: Demographic | null;
  offering: CreativeInput['offerings'][number];
  proof: ProofPoint[];
}

/**
 * One pillar per audience the platforms target (need → the offering that answers it → proof from
 * research), plus a brand-wide "why us" pillar when competitive research found a difference.
 * There are always at least two: a brand with one audience gets the "why us" pillar regardless.
 */
export function planPillars(input: CreativeInput, points: ProofPoint[]): PlannedPillar[] {
  const targeted = targetedDemographics(input);
  const planned: PlannedPillar[] = [];
  const leads = new Set<string>();
  for (const demographic of targeted.slice(0, MAX_PILLARS - 1)) {
    const offering = offeringFor(input, demographicText(demographic));
    const proof = proofFor(demographic, offering, points, leads);
    leads.add(proof[0]!.text);
    const motivation = phrase(demographic.motivations[0] ?? demographic.description);
    planned.push({
      pillar: {
        id: uniqueId(slugify(motivation, 5) || demographic.id, planned),
        name: capitalise(motivation),
        message: pillarMessage(input.brand.name, demographic.name, motivation, offering.name, proof[0]!.text),
        proof: proof.map((point) => point.text),
        demographics: [demographic.id],
      },
      demographic,
      offering,
      proof,
    });
  }

  const edge = points.find((point) => point.kind === 'differentiation') ?? points[0]!;
  if (planned.length < 2 || (edge.kind === 'differentiation' && planned.length < MAX_PILLARS)) {
    const offering = offeringFor(input, edge.text);
    const proof = [edge, ...points.filter((point) => point !== edge && point.kind !== 'offering')].slice(
      0,
      PROOF_PER_PILLAR,
    );
    planned.push({
      pillar: {
        id: uniqueId(`why-${slugify(input.brand.name, 4) || 'us'}`, planned),
        name: `Why ${input.brand.name}`,
        message: `What sets ${input.brand.name} apart: ${lowerFirst(edge.text)}.`,
        proof: proof.map((point) => point.text),
        demographics: (targeted.length > 0 ? targeted : input.demographics).map((item) => item.id),
      },
      demographic: null,
      offering,
      proof,
    });
  }
  return planned;
}

/** Audiences at least one platform targets, in the strategist's priority order. */
export function targetedDemographics(input: CreativeInput): Demographic[] {
  return input.demographics.filter((demographic) =>
    input.platforms.some((platform) => platform.demographics.includes(demographic.id)),
  );
}

export function demographicText(demographic: Demographic): string {
  return [
    demographic.name,
    demographic.description,
    ...demographic.psychographics,
    ...demographic.pain_points,
    ...demographic.motivations,
  ].join(' ');
}

// Words every offering of a business shares say nothing about which one an audience wants.
const GENERIC_STEMS = new Set(['care', 'servi', 'solut', 'produ', 'packa', 'plan', 'plans', 'offer']);

/**
 * The offering whose name (and, less, description) matches the text best. The first offering is
 * the brand's main one and wins unless another clearly fits better; words of the industry's own
 * name ("dental") and generic words ("care") do not count.
 */
export function offeringFor(input: CreativeInput, text: string): CreativeInput['offerings'][number] {
  const ignored = new Set([...GENERIC_STEMS, ...stems(input.industry.label)]);
  const wanted = new Set([...stems(text)].filter((stem) => !ignored.has(stem)));
  const score = (words: string) => [...stems(words)].filter((stem) => wanted.has(stem)).length;
  let best = input.offerings[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [index, offering] of input.offerings.entries()) {
    const value = score(offering.name) * 3 + score(offering.description ?? '') + (index === 0 ? 2 : 0);
    if (value > bestScore) {
      best = offering;
      bestScore = value;
    }
  }
  return best;
}

function proofFor(
  demographic: Demographic,
  offering: CreativeInput['offerings'][number],
  points: ProofPoint[],
  usedLeads: Set<string>,
): ProofPoint[] {
  const text = demographicText(demographic);
  const reassure = audienceAngle(demographic).angle === 'reassurance';
  const scored = points.map((point, index) => {
    let score = KIND_WEIGHT[point.kind] + overlap(text, point.text) * 2;
    if (reassure && (point.kind === 'testimonial' || point.kind === 'credential' || point.kind === 'years'))
      score += 3;
    if (point.kind === 'offering' && point.text.startsWith(offering.name)) score += 2;
    if (usedLeads.has(point.text)) score -= 2;
    return { point, score, index };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, PROOF_PER_PILLAR).map((entry) => entry.point);
}

function uniqueId(base: string, planned: PlannedPillar[]): string {
  const taken = new Set(planned.map((item) => item.pillar.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * What a pillar says, in plain sentences: the audience's want, then the offering, then the proof
 * unless the proof only repeats the offering ("answers with X; proof: X" says X twice).
 */
function pillarMessage(
  brand: string,
  audience: string,
  motivation: string,
  offering: string,
  proof: string,
): string {
  const answer = `${audience} want ${lowerFirst(motivation)}; ${brand} answers with ${lowerFirst(offering)}.`;
  const same =
    proof
      .trim()
      .toLowerCase()
      .replace(/[.!]+$/, '') === offering.trim().toLowerCase();
  return same ? answer : `${answer} ${capitalise(phrase(proof.replace(/[“”]/g, '')))}.`;
}
