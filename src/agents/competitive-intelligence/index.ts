import { CompetitiveLandscape } from '../../schemas/competitive-landscape.ts';
import type { BuilderAgent } from '../builder-agent.ts';
import type { CompetitiveInput } from './competitive-input.ts';
import { distill } from './distill.ts';
import { offline } from './offline.ts';
import { prompt } from './prompt.ts';
import { renderMarkdown } from './render-markdown.ts';
import { validate } from './validate.ts';

export type { CompetitiveInput, CompetitorMention } from './competitive-input.ts';

/** Phase 1: the brand among its competitors, with what could not be researched said plainly. */
export const competitiveIntelligence: Omit<
  BuilderAgent<CompetitiveInput, CompetitiveLandscape>,
  'definition'
> = {
  schema: CompetitiveLandscape,
  distill,
  offline,
  prompt,
  validate,
  render: (landscape) => [
    { path: 'research/competitive-landscape.json', content: `${JSON.stringify(landscape, null, 2)}\n` },
    { path: 'research/competitive-landscape.md', content: renderMarkdown(landscape) },
  ],
};
