import { extractBrandProfile } from '../../research/extract/index.ts';
import { BrandProfile } from '../../schemas/brand-profile.ts';
import type { BuilderAgent } from '../builder-agent.ts';
import { type BrandResearchInput, distillBrandResearch } from './distill.ts';
import { brandResearchPrompt } from './prompt.ts';
import { renderBrandProfileMarkdown } from './render-markdown.ts';
import { validateBrandProfile } from './validate.ts';

/** Phase 1: what the business says about itself, every field with its source. */
export const brandResearch: Omit<BuilderAgent<BrandResearchInput, BrandProfile>, 'definition'> = {
  schema: BrandProfile,
  distill: distillBrandResearch,
  offline(input, context) {
    const profile = extractBrandProfile({ ...input, fetchedAt: '' });
    if (profile.name.value)
      context.note(
        'discovery',
        `the brand is "${profile.name.value}" (${profile.industry.value?.label ?? 'industry unknown'}, ${profile.business_model.value ?? 'business model unknown'})`,
      );
    if (profile.unknowns.length > 0)
      context.note('warning', `not found in the source: ${profile.unknowns.join(', ')}`);
    return profile;
  },
  prompt: brandResearchPrompt,
  validate: validateBrandProfile,
  render: (profile) => [
    { path: 'research/brand-profile.json', content: `${JSON.stringify(profile, null, 2)}\n` },
    { path: 'research/brand-profile.md', content: renderBrandProfileMarkdown(profile) },
  ],
};
