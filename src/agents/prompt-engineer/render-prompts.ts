import type { Artifact } from '../builder-agent.ts';
import { examplePayloads } from './example-payloads.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';
import type { PromptEngineerOutput } from './prompt-engineer-output.ts';
import { renderContract } from './render-contract.ts';
import { promptPath } from './runtime-agents.ts';

export const POLICY_PATH = 'automation/policy.json';

/** Six prompt files (brief + contract) and the policy. */
export function renderPrompts(output: PromptEngineerOutput, input: PromptEngineerInput): Artifact[] {
  const examples = examplePayloads(input, output.policy);
  return [
    ...output.prompts.map((prompt) => ({
      path: promptPath(prompt.agent),
      content: `${prompt.brief.trim()}\n\n${renderContract(prompt.agent, examples[prompt.agent])}\n`,
    })),
    { path: POLICY_PATH, content: `${JSON.stringify(output.policy, null, 2)}\n` },
  ];
}
