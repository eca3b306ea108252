import { isClean } from '../../creative/avoided-words.ts';
import { joinWords, lowerFirst, phrase } from './copy-text.ts';
import type { CreativeInput } from './creative-input.ts';
import type { PlannedPillar } from './plan-pillars.ts';
import type { ProofPoint } from './proof-points.ts';

/** The big idea first, then the threads every brief picks up: difference, place, proof. */
export function planThemes(input: CreativeInput, pillars: PlannedPillar[], points: ProofPoint[]): string[] {
  const { brand } = input;
  const offerings = joinWords(input.offerings.slice(0, 3).map((offering) => lowerFirst(offering.name)));
  const audiences = joinWords(
    pillars.flatMap((item) => (item.demographic ? [item.demographic.name.toLowerCase()] : [])),
  );
  const line = [brand.tagline, brand.description].find(
    (text): text is string => text !== null && isClean(text, input.voice.avoid),
  );
  const themes = [
    line
      ? `Big idea: “${phrase(line)}”, shown through ${brand.name}'s ${offerings}, for the ${audiences} it serves.`
      : `Big idea: ${brand.name}'s ${offerings}, shown through the ${audiences} it serves.`,
  ];
  const edge = points.find((point) => point.kind === 'differentiation');
  if (edge) themes.push(`Lead with what sets ${brand.name} apart: ${lowerFirst(edge.text)}.`);
  const place = input.geography.places[0];
  if (input.geography.local && place) {
    themes.push(
      `Local to ${place}: real places, the real team and the people of ${place}, never stock imagery.`,
    );
  }
  const proof = points
    .filter((point) => point.kind === 'credential' || point.kind === 'years' || point.kind === 'testimonial')
    .map((point) => point.text);
  if (proof.length > 0) themes.push(`Show, don't claim: ${proof.slice(0, 3).join('; ')}.`);
  else themes.push(`Show, don't claim: the work itself, on screen, in ${brand.name}'s own setting.`);
  return themes;
}
