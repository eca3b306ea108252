import { z } from 'zod';
import { Policy } from '../../schemas/policy.ts';
import { RUNTIME_AGENT_IDS } from './runtime-agents.ts';

/**
 * One runtime agent's brief: the prose of its prompt (role and goal for this client, rules and
 * guardrails with the policy's numbers). Its input/output contract is appended by code when the
 * file is rendered, so a model rewriting the prose can never change a schema.
 */
export const RuntimePrompt = z.object({
  agent: z.enum(RUNTIME_AGENT_IDS),
  brief: z.string().min(200),
});
export type RuntimePrompt = z.infer<typeof RuntimePrompt>;

/** What the prompt engineer produces: the policy (computed, never a model's) and six briefs. */
export const PromptEngineerOutput = z.object({
  policy: Policy,
  prompts: z.array(RuntimePrompt).length(RUNTIME_AGENT_IDS.length),
});
export type PromptEngineerOutput = z.infer<typeof PromptEngineerOutput>;
