/** The artifacts QA reads: single files, and folders (ending in `/`) read file by file. */
export const QA_ARTIFACTS = [
  'brand-config.json',
  'research/brand-profile.json',
  'research/competitive-landscape.json',
  'strategy/budget-allocation.json',
  'strategy/campaign-plan.md',
  'creative/briefs/',
  'creative/ad-copy.json',
  'creative/creative-strategy.md',
  'content-requests/',
  'automation/prompts/',
  'automation/policy.json',
  'docs/',
  'proposal/',
  'website/',
] as const;

export const BRAND_CONFIG = 'brand-config.json';
export const BRAND_PROFILE = 'research/brand-profile.json';
export const LANDSCAPE = 'research/competitive-landscape.json';
export const BUDGET_ALLOCATION = 'strategy/budget-allocation.json';
export const CREATIVE_PLAN = 'creative/briefs/briefs.json';
export const AD_COPY = 'creative/ad-copy.json';
export const POLICY = 'automation/policy.json';
export const PROPOSAL_PAGE = 'proposal/index.html';

/** Who writes what, so every problem can say which agent fixes it. Longest prefix wins. */
const PRODUCERS: Array<[prefix: string, agent: string]> = [
  ['research/brand-profile', 'brand-research'],
  ['research/competitive-landscape', 'competitive-intelligence'],
  ['brand-config.json', 'strategist'],
  ['strategy/', 'strategist'],
  ['creative/', 'creative-director'],
  ['content-requests/', 'publicist'],
  ['automation/prompts/', 'prompt-engineer'],
  ['automation/policy.json', 'prompt-engineer'],
  ['docs/', 'documentation'],
  ['proposal/', 'documentation'],
  ['website/lp/', 'landing-page'],
  ['website/', 'website-designer'],
];

/** The agent that produces `path`, or `the factory` for a path no agent owns. */
export function producerOf(path: string): string {
  return PRODUCERS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'the factory';
}
