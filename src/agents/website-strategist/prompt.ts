import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/index.ts';
import { planSite } from '../../website/index.ts';
import type { ModelPrompt } from '../builder-agent.ts';
import type { WebsiteStrategistInput } from './index.ts';

const SYSTEM = [
  "You are the information architect and copywriter of a small business's website.",
  'You answer with one JSON object that matches the given schema: the site plan.',
  UNTRUSTED_DATA_RULE,
  'You may rewrite each page title (at most 60 characters), description (at most 160), heading and intro in the brand voice.',
  'Keep everything else exactly as in the baseline: keys, files, paths, calls to action, sections and their items, landing pages, origin, sitemap.',
  'Never add a fact, number, price, testimonial or credential the brand data does not state.',
].join('\n');

/** The model path: brand facts as quoted data, the offline plan as the baseline whose wording the model improves. */
export function websiteStrategistPrompt(input: WebsiteStrategistInput): ModelPrompt {
  const { config, profile } = input;
  const brand = {
    brand_name: config.brand_name,
    tagline: config.tagline,
    description: profile?.description.value ?? null,
    industry: config.industry.label,
    brand_voice: config.brand_voice,
    offerings: config.offerings,
  };
  return {
    system: SYSTEM,
    sharedContext: `Brand summary:\n${quoteUntrusted('brand summary', 'brand-config.json', JSON.stringify(brand, null, 2))}`,
    prompt: [
      "Write the site plan's wording for this brand.",
      'Baseline plan from the rule-based engine:',
      `<baseline>\n${JSON.stringify(planSite(input), null, 2)}\n</baseline>`,
      'Return the full plan with the same structure.',
    ].join('\n\n'),
  };
}
