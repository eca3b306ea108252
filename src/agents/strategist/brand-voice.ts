import { isClean } from '../../creative/avoided-words.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { IndustryPlaybook } from './industry-playbook.ts';
import type { StrategistInput } from './strategist-input.ts';

export type BrandVoice = BrandConfig['brand_voice'];

/** Claims no ad should make without proof: platforms reject them and they erode trust. */
export const UNVERIFIABLE_CLAIMS = [
  'best',
  '#1',
  'number one',
  'guaranteed',
  'cheapest',
  'world-class',
  'unbeatable',
];

const FORMALITY_TRAITS: Record<NonNullable<StrategistInput['tone']>['formality'], string> = {
  formal: 'polished',
  neutral: 'straightforward',
  casual: 'approachable',
};

/**
 * Tone comes from how the brand already writes (research's descriptors), so ads sound like the
 * site; the industry fills in when the site said too little. Personality blends the industry's
 * traits with the site's formality.
 */
export function chooseBrandVoice(tone: StrategistInput['tone'], playbook: IndustryPlaybook): BrandVoice {
  const descriptors = unique(
    (tone?.descriptors ?? []).map((word) => word.trim().toLowerCase()).filter(Boolean),
  );
  const avoid = unique([...UNVERIFIABLE_CLAIMS, ...playbook.avoid]);
  // A descriptor the industry avoids ("authentic") would be quoted into every brief and guide.
  const usable = (words: string[]) => words.filter((word) => isClean(word, avoid));
  const fromSite = usable(descriptors);
  const toneWords = fromSite.length > 0 ? fromSite.slice(0, 5) : usable(playbook.tone);
  const personality = usable(
    unique([...playbook.personality, ...(tone ? [FORMALITY_TRAITS[tone.formality]] : [])]),
  );
  return { tone: toneWords, personality, avoid };
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
