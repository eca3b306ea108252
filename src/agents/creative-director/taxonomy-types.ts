import type { z } from 'zod';
import type {
  AestheticTag as AestheticTagSchema,
  CompositionTag as CompositionTagSchema,
  NarrativeElement as NarrativeElementSchema,
  ToneTag as ToneTagSchema,
} from '../../schemas/creative-taxonomy.ts';

// The taxonomy exports only its schemas; these are the tag types they describe.
export type ToneTag = z.infer<typeof ToneTagSchema>;
export type AestheticTag = z.infer<typeof AestheticTagSchema>;
export type CompositionTag = z.infer<typeof CompositionTagSchema>;
export type NarrativeElement = z.infer<typeof NarrativeElementSchema>;
