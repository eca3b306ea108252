import { isClean } from '../../creative/avoided-words.ts';
import type { CreativeInput } from './creative-input.ts';

/**
 * The research facts the engine may quote: the brand's own words are copied into briefs and copy,
 * so a testimonial, credential or value proposition that uses a word of the avoid list is left out,
 * and an offering keeps its name but loses a description that does. An offering whose name itself
 * is avoided is dropped unless every offering's is (something must still name what is sold).
 * Tone words are filtered the same way. The engine then never writes what its own validator refuses.
 */
export function usableFacts(input: CreativeInput): CreativeInput {
  const avoid = input.voice.avoid;
  const clean = (text: string) => isClean(text, avoid);
  const described = input.offerings.map((offering) =>
    offering.description && !clean(offering.description) ? { ...offering, description: null } : offering,
  );
  const named = described.filter((offering) => clean(offering.name));
  const tone = input.voice.tone.filter(clean);
  return {
    ...input,
    // A tone word may itself be on the avoid list ("authentic"): the brief's music note quotes it.
    voice: { ...input.voice, tone: tone.length > 0 ? tone : ['warm'] },
    brand: {
      ...input.brand,
      tagline: input.brand.tagline && clean(input.brand.tagline) ? input.brand.tagline : null,
      description: input.brand.description && clean(input.brand.description) ? input.brand.description : null,
    },
    offerings: named.length > 0 ? named : described,
    value_propositions: input.value_propositions.filter(clean),
    proof: {
      ...input.proof,
      testimonials: input.proof.testimonials.filter((item) => clean(item.quote)),
      credentials: input.proof.credentials.filter(clean),
    },
    competition: input.competition && {
      differentiation: input.competition.differentiation.filter((item) => clean(item.point)),
      gaps: input.competition.gaps.filter((item) => clean(item.gap)),
    },
  };
}
