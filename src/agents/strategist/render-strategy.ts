import type { Artifact } from '../builder-agent.ts';
import { renderCampaignPlan } from './render-campaign-plan.ts';
import type { StrategistOutput } from './strategist-output.ts';

export const BRAND_CONFIG_PATH = 'brand-config.json';
export const CAMPAIGN_PLAN_PATH = 'strategy/campaign-plan.md';
export const BUDGET_ALLOCATION_PATH = 'strategy/budget-allocation.json';

/** The three files the strategist owns; the budget file repeats each platform's reason next to its money. */
export function renderStrategy(output: StrategistOutput): Artifact[] {
  const { config, plan } = output;
  const budgetAllocation = {
    ...config.budget,
    allocation: config.budget.allocation.map((line) => {
      const platform = config.platforms.find((candidate) => candidate.id === line.platform);
      return { ...line, objective: platform?.objective ?? null, rationale: platform?.rationale ?? '' };
    }),
    notes: plan.budget_notes,
    dropped_platforms: plan.dropped_platforms,
  };
  return [
    { path: BRAND_CONFIG_PATH, content: json(config) },
    { path: CAMPAIGN_PLAN_PATH, content: renderCampaignPlan(output) },
    { path: BUDGET_ALLOCATION_PATH, content: json(budgetAllocation) },
  ];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
