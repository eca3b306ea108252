import { z } from 'zod';

export const TimelinePhase = z.object({
  title: z.string().min(1),
  from_day: z.number().int().min(1).max(90),
  to_day: z.number().int().min(1).max(90),
  description: z.string().min(1),
});
export type TimelinePhase = z.infer<typeof TimelinePhase>;

/**
 * The words of the client proposal. Numbers (budget table, audiences, platforms, zones, KPI
 * targets) are not here: the renderer takes them from brand-config.json, so a model that writes
 * this prose cannot change a figure the client signs off.
 */
export const ProposalContent = z.object({
  /** The opening paragraph under the title. */
  summary: z.string().min(1),
  audience: z.string().min(1),
  platforms: z.string().min(1),
  geography: z.string().min(1),
  budget: z.string().min(1),
  goals: z.string().min(1),
  reporting: z.string().min(1),
  /** Phases covering days 1–90 in order, without gaps. */
  timeline: z.array(TimelinePhase).min(1),
  next_steps: z.array(z.string().min(1)).min(1),
});
export type ProposalContent = z.infer<typeof ProposalContent>;
