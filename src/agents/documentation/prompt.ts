import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/index.ts';
import type { AgentRunContext, ModelPrompt } from '../builder-agent.ts';
import { dashboardKpis } from './dashboard-kpis.ts';
import type { DocumentationInput } from './documentation-input.ts';
import { writeDocumentation } from './offline.ts';

const SILENT: AgentRunContext = { note: () => {} };

const SYSTEM = [
  "You are the writer of a marketing agency: you explain a client's marketing system to the client in plain, warm, exact language.",
  'You answer with one JSON object that matches the given schema: { docs, proposal }.',
  UNTRUSTED_DATA_RULE,
  'Numbers are computed by code. Every money figure, percentage, day count, score threshold and time must be one that appears in the baseline; never round, convert or invent one.',
  'Keep every code block, every endpoint path and every markdown table of the baseline exactly as it is. Keep every link target.',
  'Keep the proposal timeline phases and their days as in the baseline. No placeholder text (TODO, TBD, lorem, {{).',
  'You may rewrite headings, intros, paragraphs and list wording so they fit this brand and its voice.',
  'Describe only what the baseline describes: the client system does exactly that today. Never add a feature, screen, report, alert, score or endpoint the baseline does not mention.',
].join('\n');

/**
 * The model path: the brand facts as quoted data and the offline engine's documents as a baseline
 * the model rewrites in the brand's voice. Figures stay with code; the validator rejects any money
 * figure or code example the baseline does not have.
 */
export function documentationPrompt(input: DocumentationInput): ModelPrompt {
  const { config } = input;
  const baseline = writeDocumentation(input, SILENT);
  const brand = {
    brand_name: config.brand_name,
    tagline: config.tagline,
    description: input.brand.description,
    industry: config.industry.label,
    business_model: config.business_model,
    brand_voice: config.brand_voice,
    offerings: config.offerings,
  };
  const facts = {
    budget: config.budget,
    campaign_goals: config.campaign_goals,
    platforms: config.platforms.map(({ id, objective, rationale }) => ({ id, objective, rationale })),
    demographics: config.demographics,
    zones: config.geographic_strategy.zones.map(({ name, priority, budget_share }) => ({
      name,
      priority,
      budget_share,
    })),
    dashboard_kpis: dashboardKpis(config),
    guardrails: input.guardrails,
    creative: input.creative,
  };
  return {
    system: SYSTEM,
    sharedContext: `Brand summary:\n${quoteUntrusted('brand summary', 'brand-config.json', JSON.stringify(brand, null, 2))}`,
    prompt: [
      'Write the client documentation and the words of the client proposal for this brand.',
      'Computed facts (the only source of numbers):',
      quoteUntrusted('computed facts', 'brand-config.json', JSON.stringify(facts, null, 2)),
      'Baseline written by the rule-based engine (correct figures, generic wording):',
      `<baseline>\n${JSON.stringify(baseline, null, 2)}\n</baseline>`,
      "Improve the wording so it speaks to this brand's customers and follows its voice (tone, personality, words to avoid).",
      'Return the full object with the same structure as the baseline.',
    ].join('\n\n'),
  };
}
