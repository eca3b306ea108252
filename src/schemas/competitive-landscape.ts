import { z } from 'zod';
import { Source } from './finding.ts';

export const Competitor = z.object({
  name: z.string().min(1),
  /** Named on the client's own site, named in the brief, or a typical player of the category. */
  kind: z.enum(['named-on-site', 'named-in-brief', 'category-player', 'model-research']),
  description: z.string().min(1),
  url: z.string().nullable(),
  sources: z.array(Source),
  confidence: z.number().min(0).max(1),
});
export type Competitor = z.infer<typeof Competitor>;

export const PositioningAxis = z.object({
  axis: z.string().min(1),
  low: z.string().min(1),
  high: z.string().min(1),
  /** Where the brand sits from 0 (low) to 1 (high); null when the evidence does not say. */
  brand_position: z.number().min(0).max(1).nullable(),
  rationale: z.string().min(1),
});

/** `research/competitive-landscape.json`. */
export const CompetitiveLandscape = z.object({
  schema_version: z.literal(1),
  brand_name: z.string().min(1),
  industry: z.string().min(1),
  competitors: z.array(Competitor),
  category_players: z.array(
    z.object({
      archetype: z.string().min(1),
      how_they_compete: z.string().min(1),
      examples: z.array(z.string()),
    }),
  ),
  positioning_axes: z.array(PositioningAxis).min(2),
  gaps: z.array(z.object({ gap: z.string().min(1), evidence: z.string().min(1) })),
  differentiation: z.array(z.object({ point: z.string().min(1), evidence: z.string().min(1) })),
  /** What could not be researched (offline: no web search, no model), said plainly. */
  limitations: z.array(z.string()),
});
export type CompetitiveLandscape = z.infer<typeof CompetitiveLandscape>;
