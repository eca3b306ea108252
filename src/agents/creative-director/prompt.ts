import { PLATFORM_KIND, PLATFORM_LIMITS } from '../../creative/index.ts';
import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/index.ts';
import {
  AESTHETIC_TAGS,
  COMPOSITION_TAGS,
  NARRATIVE_ELEMENTS,
  TONE_TAGS,
} from '../../schemas/creative-taxonomy.ts';
import type { AgentRunContext, ModelPrompt } from '../builder-agent.ts';
import type { CreativeInput } from './creative-input.ts';
import { directCreative } from './offline.ts';

const SILENT: AgentRunContext = { note: () => {} };

const SYSTEM = [
  'You are the creative director of a performance marketing agency. You set the creative direction for one brand',
  'and write its first content briefs and platform-ready ad copy.',
  'Answer with one JSON object { plan, adCopy } that matches the output contract exactly.',
  'Rules:',
  '- Every factual claim (price, number, award, credential, guarantee, years, testimonial) must be copied from the research data; never invent one.',
  '- Never use a word or phrase of the brand voice avoid list, in any line of any brief or ad.',
  '- Every brief and ad variant names a demographic id and a platform id from the strategy, and the platform must target that demographic.',
  '- Every pillar named by a brief or variant exists in plan.pillars; each pillar has proof taken from research.',
  '- Copy must fit the character limits given; write short rather than let a line be cut.',
  '- The palette uses only the brand colours; brand_id is given and must not change.',
  UNTRUSTED_DATA_RULE,
].join('\n');

/**
 * The model path: the brand summary (shared with other agents, so it can be cached), the strategy
 * and research as quoted data, the offline engine's output as a baseline, and the contract.
 */
export function creativePrompt(input: CreativeInput): ModelPrompt {
  const baseline = directCreative(input, SILENT);
  const summary = {
    brand: input.brand,
    industry: input.industry,
    business_model: input.business_model,
    offerings: input.offerings,
    value_propositions: input.value_propositions,
    proof: input.proof,
  };
  const strategy = {
    brand_id: input.brand.id,
    voice: input.voice,
    colors: input.colors,
    fonts: input.fonts,
    demographics: input.demographics,
    platforms: input.platforms,
    primary_kpi: input.primary_kpi,
    geography: input.geography,
  };
  const limits = Object.fromEntries(
    input.platforms.map((platform) => [
      platform.id,
      { kind: PLATFORM_KIND[platform.id], limits: PLATFORM_LIMITS[PLATFORM_KIND[platform.id]] },
    ]),
  );
  return {
    system: SYSTEM,
    sharedContext: `Brand summary (from research):\n${quoteUntrusted('brand-summary', 'research/brand-profile.json', JSON.stringify(summary, null, 2))}`,
    prompt: [
      'Write the creative strategy, 5–8 briefs and the ad copy for this brand.',
      'The strategy (brand-config.json, written by our strategist):',
      JSON.stringify(strategy, null, 2),
      'Competitive landscape (from research; null when it was not researched):',
      quoteUntrusted(
        'competition',
        'research/competitive-landscape.json',
        JSON.stringify(input.competition, null, 2),
      ),
      'The research text every claim must come from:',
      quoteUntrusted('source-text', 'research/brand-profile.json', input.source_text),
      'Character limits per platform (hard: rejected past it; recommended: truncated past it):',
      JSON.stringify(limits, null, 2),
      'Output contract:',
      [
        '- plan: { schema_version: 1, brand_id, themes: string[], pillars: 2–4 { id (kebab-case), name, message, proof: research sentences, demographics: ids },',
        '  visual_direction: { palette: brand hexes, typography, imagery }, avoid: string[], briefs: 5–8 briefs }.',
        '- brief: { id (kebab-case), title, strategic_purpose, demographic, platform, format, duration_seconds (0 for static),',
        '  pillar, scenes: [{ number, seconds, visual, audio, on_screen_text | null }] (seconds sum to the duration for video),',
        `  tone: from ${JSON.stringify(TONE_TAGS)}, aesthetic: from ${JSON.stringify(AESTHETIC_TAGS)},`,
        `  composition: from ${JSON.stringify(COMPOSITION_TAGS)}, narrative: from ${JSON.stringify(NARRATIVE_ELEMENTS)},`,
        '  call_to_action, hypothesis: { metric: ctr|cpl|conversion_rate|roas|hook_rate|cpm, expectation, compared_to, rationale } }.',
        '- adCopy: { schema_version: 1, brand_id, variants, rejected: [] }; at least 3 variants for every platform × demographic it targets.',
        "- variant: { id (kebab-case), platform, demographic, objective (the platform's), pillar, tone: tone tags,",
        '  fields: by kind (google-rsa / microsoft-rsa: 8–15 headlines, 2–4 descriptions, path1, path2; meta: primary_text, headline, description;',
        '  linkedin: intro, headline; tiktok: ad_text; youtube: headline, long_headline, description, call_to_action; pinterest: title, description),',
        '  final_url_path: "/lp/<platform>-<objective>" }.',
      ].join('\n'),
      'Baseline from the rule-based creative engine (valid and within limits; make it sharper and more specific to this brand, keep ids consistent):',
      JSON.stringify(baseline, null, 2),
    ].join('\n\n'),
  };
}
