import type { AgentRunContext } from '../builder-agent.ts';
import { buildPolicy } from './build-policy.ts';
import { formatMoney } from './format-figures.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';
import type { PromptEngineerOutput } from './prompt-engineer-output.ts';
import { writeBriefs } from './write-briefs.ts';

/** The deterministic prompt engineer: the policy from the brand config, then six briefs quoting it. */
export function engineerPrompts(input: PromptEngineerInput, context: AgentRunContext): PromptEngineerOutput {
  const policy = buildPolicy(input);
  context.note('warning', `Lead capacity is an assumption: ${policy.capacity.basis}.`);
  const { monthly_leads: leads } = policy.targets;
  const { max_leads_per_day: perDay } = policy.capacity;
  if (leads !== null && perDay !== null && leads > perDay * 30) {
    context.note(
      'warning',
      `The target of ${leads} leads a month is above the assumed capacity of ${perDay} a day; the runtime holds scaling at capacity.`,
    );
  }
  if (input.creative === null) {
    context.note('discovery', 'No creative plan yet: Creative Intelligence works without pillar ids.');
  }
  context.note(
    'decision',
    `Policy for ${input.config.brand_name}: ${formatMoney(policy.budget.monthly_total)} a month, ` +
      `≥ ${formatMoney(policy.budget.per_platform_daily_min)}/day on ${policy.budget.active_platforms.join(', ')}, ` +
      `shifts ≤ ${policy.budget.max_shift_per_cycle * 100}% a cycle, autonomy ${policy.autonomy}.`,
  );
  return { policy, prompts: writeBriefs(input, policy) };
}
