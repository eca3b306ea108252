import type { BuilderAgent } from '../builder-agent.ts';
import { distillDocumentation } from './distill.ts';
import type { DocumentationInput } from './documentation-input.ts';
import { DocumentationOutput } from './documentation-output.ts';
import { writeDocumentation } from './offline.ts';
import { documentationPrompt } from './prompt.ts';
import { renderDocumentation } from './render-documentation.ts';
import { validateDocumentation } from './validate.ts';

/** Phase 6: brand config (+ creative plan and policy when present) → client guides under docs/ and proposal/index.html. */
export const documentation: Omit<BuilderAgent<DocumentationInput, DocumentationOutput>, 'definition'> = {
  schema: DocumentationOutput,
  distill: distillDocumentation,
  offline: writeDocumentation,
  prompt: documentationPrompt,
  validate: validateDocumentation,
  render: renderDocumentation,
};

export { distillDocumentation, documentationInputFrom } from './distill.ts';
export type { DocumentationInput } from './documentation-input.ts';
export { DocumentationOutput } from './documentation-output.ts';
export { renderProposal } from './render-documentation.ts';
export { writeProposalContent } from './write-proposal-content.ts';
