import { z } from 'zod';

export const PhaseName = z.enum([
  'orchestration',
  'research',
  'strategy',
  'creative',
  'systems',
  'presentation',
  'integration',
  'quality',
]);

/** Front matter of `src/agents/<name>/definition.md`. */
export const AgentFrontMatter = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().min(1),
  phase: z.number().int().min(0).max(7),
  phase_name: PhaseName,
  needs: z.array(z.string()),
  produces: z.array(z.string()),
  /** `planned` agents are registered but skipped with a visible line until their issue builds them. */
  status: z.enum(['built', 'planned']),
  /** A failed optional agent becomes a warning; a failed required one stops its dependants. */
  required: z.boolean(),
  /** `orchestrator` for roles the orchestrator itself performs (routing, the manifest): never scheduled. */
  runs_in: z.literal('orchestrator').optional(),
  /** For planned agents: the capability (issue) that builds it. */
  planned_in: z.string().optional(),
});
export type AgentFrontMatter = z.infer<typeof AgentFrontMatter>;

export interface AgentDefinition extends AgentFrontMatter {
  /** Role, goal, constraints, success criteria: the markdown body. */
  body: string;
  /** Where the definition was read from. */
  file: string;
}
