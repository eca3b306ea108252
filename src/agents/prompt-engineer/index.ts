import type { BuilderAgent } from '../builder-agent.ts';
import { distillPromptEngineer } from './distill.ts';
import { engineerPrompts } from './offline.ts';
import { promptEngineerPrompt } from './prompt.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';
import { PromptEngineerOutput } from './prompt-engineer-output.ts';
import { renderPrompts } from './render-prompts.ts';
import { validatePromptEngineer } from './validate.ts';

/** Phase 4: the six runtime agents' prompts for this client and the policy that binds them. */
export const promptEngineer: Omit<BuilderAgent<PromptEngineerInput, PromptEngineerOutput>, 'definition'> = {
  schema: PromptEngineerOutput,
  distill: distillPromptEngineer,
  offline: engineerPrompts,
  prompt: promptEngineerPrompt,
  validate: validatePromptEngineer,
  render: renderPrompts,
};

export { buildPolicy, POLICY_DEFAULTS } from './build-policy.ts';
export { promptEngineerInputFrom } from './distill.ts';
export type { PromptEngineerInput } from './prompt-engineer-input.ts';
export { PromptEngineerOutput, RuntimePrompt } from './prompt-engineer-output.ts';
export { POLICY_PATH } from './render-prompts.ts';
export { promptPath, RUNTIME_AGENT_IDS, RUNTIME_AGENTS, type RuntimeAgentId } from './runtime-agents.ts';
