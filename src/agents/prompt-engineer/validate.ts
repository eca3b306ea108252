import { isDeepStrictEqual } from 'node:util';
import { Policy } from '../../schemas/policy.ts';
import { buildPolicy } from './build-policy.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';
import type { PromptEngineerOutput } from './prompt-engineer-output.ts';
import { RUNTIME_AGENT_IDS } from './runtime-agents.ts';
import { requiredMentions } from './write-briefs.ts';

/**
 * Checks the schema cannot make: the policy is exactly the computed one (a model may rewrite
 * prose, never numbers), every runtime agent has one brief, and each brief names the client, its
 * budget, its contract and the policy figures it works with.
 */
export function validatePromptEngineer(output: PromptEngineerOutput, input: PromptEngineerInput): string[] {
  const problems: string[] = [];
  const parsed = Policy.safeParse(output.policy);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `policy.${issue.path.join('.')}: ${issue.message}`));
  }
  const expected = buildPolicy(input);
  if (!isDeepStrictEqual(output.policy, expected)) {
    problems.push(
      `policy differs from the computed one at ${differingKeys(output.policy, expected).join(', ')}: return it unchanged`,
    );
  }

  for (const agent of RUNTIME_AGENT_IDS) {
    const briefs = output.prompts.filter((prompt) => prompt.agent === agent);
    if (briefs.length !== 1) {
      problems.push(`${agent}: expected one prompt, found ${briefs.length}`);
      continue;
    }
    const brief = briefs[0]!.brief;
    for (const phrase of requiredMentions(agent, input, expected)) {
      if (!brief.includes(phrase)) problems.push(`${agent}: the prompt must mention "${phrase}"`);
    }
  }
  return problems;
}

function differingKeys(actual: Policy, expected: Policy): string[] {
  const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
  const differing = keys.filter(
    (key) =>
      !isDeepStrictEqual(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
      ),
  );
  return differing.length > 0 ? differing : ['(order of keys)'];
}
