import type { BuilderAgent } from '../builder-agent.ts';
import { distillStrategist } from './distill.ts';
import { planStrategy } from './offline.ts';
import { strategistPrompt } from './prompt.ts';
import { renderStrategy } from './render-strategy.ts';
import type { StrategistInput } from './strategist-input.ts';
import { StrategistOutput } from './strategist-output.ts';
import { validateStrategy } from './validate.ts';

/** Phase 2: research + budget → brand-config.json, the campaign plan and the budget allocation. */
export const strategist: Omit<BuilderAgent<StrategistInput, StrategistOutput>, 'definition'> = {
  schema: StrategistOutput,
  distill: distillStrategist,
  offline: planStrategy,
  prompt: strategistPrompt,
  validate: validateStrategy,
  render: (output) => renderStrategy(output),
};

export type { StrategistInput } from './strategist-input.ts';
export { StrategistOutput, StrategyPlan } from './strategist-output.ts';
