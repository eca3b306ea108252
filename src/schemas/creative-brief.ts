import { z } from 'zod';
import { PlatformId } from './brand-config.ts';
import { AestheticTag, CompositionTag, NarrativeElement, ToneTag } from './creative-taxonomy.ts';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const Scene = z.object({
  number: z.number().int().min(1),
  seconds: z.number().min(0.5),
  visual: z.string().min(1),
  audio: z.string().min(1),
  on_screen_text: z.string().nullable(),
});

/** One content brief: what to film or design, for whom, where, and what we expect it to do. */
export const CreativeBrief = z.object({
  id: Id,
  title: z.string().min(1),
  strategic_purpose: z.string().min(1),
  /** A demographic id of brand-config.json. */
  demographic: Id,
  platform: PlatformId,
  format: z.string().min(1),
  duration_seconds: z.number().min(0),
  /** A messaging pillar id of the creative strategy. */
  pillar: Id,
  scenes: z.array(Scene).min(1),
  tone: z.array(ToneTag).min(1),
  aesthetic: z.array(AestheticTag).min(1),
  composition: z.array(CompositionTag).min(1),
  narrative: z.array(NarrativeElement).min(1),
  call_to_action: z.string().min(1),
  /** A testable expectation the runtime can check against real results. */
  hypothesis: z.object({
    metric: z.enum(['ctr', 'cpl', 'conversion_rate', 'roas', 'hook_rate', 'cpm']),
    expectation: z.string().min(1),
    compared_to: z.string().min(1),
    rationale: z.string().min(1),
  }),
});
export type CreativeBrief = z.infer<typeof CreativeBrief>;

export const MessagingPillar = z.object({
  id: Id,
  name: z.string().min(1),
  message: z.string().min(1),
  /** Evidence from research that backs the pillar (never an invented claim). */
  proof: z.array(z.string().min(1)).min(1),
  demographics: z.array(Id).min(1),
});
export type MessagingPillar = z.infer<typeof MessagingPillar>;

/**
 * `creative/briefs/briefs.json`: the structured form of the creative strategy and its 5–8 briefs,
 * read by the publicist, the prompt engineer and QA (the .md files are for people).
 */
export const CreativePlan = z.object({
  schema_version: z.literal(1),
  brand_id: Id,
  themes: z.array(z.string().min(1)).min(1),
  pillars: z.array(MessagingPillar).min(2),
  visual_direction: z.object({
    palette: z.array(z.string().regex(/^#[0-9a-f]{6}$/)).min(2),
    typography: z.string().min(1),
    imagery: z.string().min(1),
  }),
  avoid: z.array(z.string().min(1)).min(1),
  briefs: z.array(CreativeBrief).min(5).max(8),
});
export type CreativePlan = z.infer<typeof CreativePlan>;
