import type { ToneTag } from './taxonomy-types.ts';

// The strategist's free-text voice words, mapped onto the shared taxonomy.
const TONE_WORDS: Array<[RegExp, ToneTag]> = [
  [/warm|friendly|caring|kind|welcom|inviting|personal|family/, 'warm'],
  [/reassur|gentle|trust|supportive|patient|empath/, 'reassuring'],
  [/energ|upbeat|lively|bold|dynamic|active|motivat/, 'energetic'],
  [/playful|fun|cheeky|quirky/, 'playful'],
  [/authorit|expert|confident|professional|knowledg|precise|smart/, 'authoritative'],
  [/inspir|aspir|uplift|optimis/, 'inspirational'],
  [/urgent|direct/, 'urgent'],
  [/calm|relax|soothing|serene|peaceful/, 'calm'],
  [/witty|clever|humor|humour/, 'witty'],
  [/premium|luxur|refined|elegan|stylish|sophisticat|polished/, 'premium'],
  [/down-to-earth|honest|practical|plain|clear|straightforward|helpful|approachable|simple/, 'down-to-earth'],
];

/** Taxonomy tags for the brand's voice words, in the voice's order; `down-to-earth` when none match. */
export function toneTagsFor(words: string[]): ToneTag[] {
  const tags: ToneTag[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    for (const [pattern, tag] of TONE_WORDS) {
      if (pattern.test(lower) && !tags.includes(tag)) tags.push(tag);
    }
  }
  return tags.length > 0 ? tags : ['down-to-earth'];
}
