import type { Artifact } from '../builder-agent.ts';
import type { CreativeInput } from './creative-input.ts';
import type { CreativeOutput } from './creative-output.ts';
import { renderBrief } from './render-brief.ts';
import { renderCreativeStrategy } from './render-creative-strategy.ts';

export const CREATIVE_STRATEGY_PATH = 'creative/creative-strategy.md';
export const BRIEFS_DIR = 'creative/briefs';
export const BRIEFS_JSON_PATH = 'creative/briefs/briefs.json';
export const AD_COPY_PATH = 'creative/ad-copy.json';

/** The strategy for people, one file per brief, and the two JSON files the rest of the system reads. */
export function renderCreative(output: CreativeOutput, input: CreativeInput): Artifact[] {
  const { plan, adCopy } = output;
  return [
    { path: CREATIVE_STRATEGY_PATH, content: renderCreativeStrategy(plan, adCopy, input) },
    ...plan.briefs.map((brief) => ({
      path: `${BRIEFS_DIR}/${brief.id}.md`,
      content: renderBrief(brief, plan, input),
    })),
    { path: BRIEFS_JSON_PATH, content: json(plan) },
    { path: AD_COPY_PATH, content: json(adCopy) },
  ];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
