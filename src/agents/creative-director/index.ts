import type { BuilderAgent } from '../builder-agent.ts';
import type { CreativeInput } from './creative-input.ts';
import { CreativeOutput } from './creative-output.ts';
import { distillCreative } from './distill.ts';
import { directCreative } from './offline.ts';
import { creativePrompt } from './prompt.ts';
import { renderCreative } from './render-creative.ts';
import { validateCreative } from './validate.ts';

/** Phase 3: strategy + research → creative strategy, 5–8 briefs and platform-ready ad copy. */
export const creativeDirector: Omit<BuilderAgent<CreativeInput, CreativeOutput>, 'definition'> = {
  schema: CreativeOutput,
  distill: distillCreative,
  offline: directCreative,
  prompt: creativePrompt,
  validate: validateCreative,
  render: renderCreative,
};

export type { CreativeInput } from './creative-input.ts';
export { CreativeOutput } from './creative-output.ts';
export { creativeInputFrom } from './distill.ts';
