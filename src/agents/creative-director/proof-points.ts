import { isClean } from '../../creative/avoided-words.ts';
import { lowerFirst, phrase } from './copy-text.ts';
import type { CreativeInput } from './creative-input.ts';

/** A sentence research can back up, with what it rests on (shown next to the claim). */
export interface ProofPoint {
  text: string;
  kind: 'differentiation' | 'value-proposition' | 'testimonial' | 'credential' | 'years' | 'offering';
  /** What research cites for it. */
  evidence: string;
}

/**
 * Everything the brand can prove, strongest first: what sets it apart, what it promises, what
 * customers said, its credentials, its years, and finally its offerings (always present). Points
 * that use a word of the avoid list are left out, so no pillar repeats a claim the brand avoids.
 */
export function proofPoints(input: CreativeInput): ProofPoint[] {
  const points: ProofPoint[] = [
    ...(input.competition?.differentiation ?? []).map(
      ({ point, evidence }): ProofPoint => ({ text: phrase(point), kind: 'differentiation', evidence }),
    ),
    ...input.value_propositions.map(
      (text): ProofPoint => ({
        text: phrase(text),
        kind: 'value-proposition',
        evidence: 'value proposition on the site',
      }),
    ),
    ...input.proof.testimonials.map(
      ({ quote, author }): ProofPoint => ({
        text: `“${phrase(quote)}”${author ? ` (${author})` : ''}`,
        kind: 'testimonial',
        evidence: author ? `testimonial by ${author}` : 'customer testimonial on the site',
      }),
    ),
    ...input.proof.credentials.map(
      (text): ProofPoint => ({ text: phrase(text), kind: 'credential', evidence: 'credential on the site' }),
    ),
    ...(input.proof.years_in_business !== null
      ? [
          {
            text: `${input.proof.years_in_business} years in business`,
            kind: 'years' as const,
            evidence: 'years in business stated on the site',
          },
        ]
      : []),
    ...input.offerings.map(
      (offering): ProofPoint => ({
        text: offering.description
          ? `${offering.name}: ${lowerFirst(phrase(offering.description))}`
          : offering.price
            ? `${offering.name}, ${offering.price}`
            : offering.name,
        kind: 'offering',
        evidence: 'offering listed on the site',
      }),
    ),
  ];
  const seen = new Set<string>();
  return points.filter((point) => {
    const key = point.text.toLowerCase();
    if (seen.has(key) || !isClean(point.text, input.voice.avoid)) return false;
    seen.add(key);
    return true;
  });
}
