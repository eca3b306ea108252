import type { BuilderAgent } from '../builder-agent.ts';
import { distillPublicist } from './distill.ts';
import { writeContentRequests } from './offline.ts';
import { publicistPrompt } from './prompt.ts';
import type { PublicistInput } from './publicist-input.ts';
import { PublicistOutput } from './publicist-output.ts';
import { renderContentRequests } from './render-content-requests.ts';
import { validateContentRequests } from './validate.ts';

/** Phase 3: brand config + creative plan → content-requests/ (plan, filming guide, shot lists, templates). */
export const publicist: Omit<BuilderAgent<PublicistInput, PublicistOutput>, 'definition'> = {
  schema: PublicistOutput,
  distill: distillPublicist,
  offline: writeContentRequests,
  prompt: publicistPrompt,
  validate: validateContentRequests,
  render: (output) => renderContentRequests(output),
};

export { publicistInputFrom } from './distill.ts';
export type { PublicistInput } from './publicist-input.ts';
export { ContentRequestFile, PublicistOutput } from './publicist-output.ts';
