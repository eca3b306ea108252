import { z } from 'zod';

/**
 * One taxonomy for describing creative: briefs and ad copy are tagged with it now, and content
 * profiling will tag uploaded content with the same words later, so performance can be learned
 * per tag (e.g. demographic × tone → ROAS).
 */
export const TONE_TAGS = [
  'warm',
  'reassuring',
  'energetic',
  'playful',
  'authoritative',
  'inspirational',
  'urgent',
  'calm',
  'witty',
  'premium',
  'down-to-earth',
] as const;

export const AESTHETIC_TAGS = [
  'natural-light',
  'studio',
  'documentary',
  'lifestyle',
  'bold-graphic',
  'minimal',
  'warm-palette',
  'cool-palette',
  'brand-colour-led',
  'user-generated',
  'behind-the-scenes',
] as const;

export const COMPOSITION_TAGS = [
  'talking-head',
  'close-up',
  'wide-establishing',
  'over-the-shoulder',
  'before-after',
  'split-screen',
  'product-hero',
  'text-overlay',
  'montage',
  'point-of-view',
  'demonstration',
] as const;

export const NARRATIVE_ELEMENTS = [
  'problem-solution',
  'testimonial',
  'day-in-the-life',
  'founder-story',
  'how-it-works',
  'social-proof',
  'offer-reveal',
  'myth-busting',
  'transformation',
  'local-pride',
] as const;

export const ToneTag = z.enum(TONE_TAGS);
export const AestheticTag = z.enum(AESTHETIC_TAGS);
export const CompositionTag = z.enum(COMPOSITION_TAGS);
export const NarrativeElement = z.enum(NARRATIVE_ELEMENTS);

export const CreativeTags = z.object({
  tone: z.array(ToneTag).min(1),
  aesthetic: z.array(AestheticTag),
  composition: z.array(CompositionTag),
});
export type CreativeTags = z.infer<typeof CreativeTags>;
