import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BrandProfile } from '../../schemas/brand-profile.ts';
import { planSite, readBrand, renderPlanFiles, SitePlan } from '../../website/index.ts';
import type { BuilderAgent } from '../builder-agent.ts';
import { websiteStrategistPrompt } from './prompt.ts';
import { validateSitePlan } from './validate.ts';

export interface WebsiteStrategistInput {
  config: BrandConfig;
  profile: BrandProfile | null;
}

/** Phase 5: brand-config + profile → website/site-plan.json, sitemap.xml (when the origin is known), robots.txt. */
export const websiteStrategist: Omit<BuilderAgent<WebsiteStrategistInput, SitePlan>, 'definition'> = {
  schema: SitePlan,
  distill: readBrand,
  offline: (input) => planSite(input),
  prompt: websiteStrategistPrompt,
  validate: validateSitePlan,
  render: (plan) =>
    renderPlanFiles(plan).map(({ path, content }) => ({ path: `website/${path}`, content: String(content) })),
};
