import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/quote-untrusted.ts';
import type { ModelPrompt } from '../builder-agent.ts';
import { categoryLandscape } from './category-players.ts';
import type { CompetitiveInput } from './competitive-input.ts';

/**
 * Asks a model for the competitive landscape. The brand's facts and the client's comparative
 * sentences came from its website or brief, so they are quoted as untrusted data; the curated
 * category table is ours and is given as reference.
 */
export function prompt(input: CompetitiveInput): ModelPrompt {
  const { mentions, ...brand } = input;
  const source = input.website ?? 'brief';
  const reference = categoryLandscape(input.industry.key).players.map(
    ({ weak_at: _weak, ...player }) => player,
  );
  return {
    system: [
      'You are the competitive-intelligence agent of a marketing agency. You place a brand among the businesses',
      'its customers could choose instead, so that strategy and creative can say why this brand and not another.',
      'Be factual and conservative. Name a real competitor only when you are confident it exists and competes',
      'for the same customers; otherwise describe the kind of player. Never list the brand itself as a competitor.',
      "Ground positioning and differentiation in the brand's own evidence and cite it; when the evidence does not",
      'say, use null and say so. Never invent prices, market shares, ratings or advertising activity: list what',
      'you could not verify under "limitations".',
      UNTRUSTED_DATA_RULE,
    ].join('\n'),
    prompt: [
      `Brand: ${input.brand_name}. Industry key: ${input.industry.key} (${input.industry.label}).`,
      '',
      "The brand's essentials, distilled from its brand profile:",
      quoteUntrusted('brand-profile', source, JSON.stringify(brand, null, 2)),
      '',
      "Sentences of the client's own website or brief that name other businesses by comparison:",
      quoteUntrusted('competitor-mentions', source, JSON.stringify(mentions, null, 2)),
      '',
      'Typical players of this category (our curated reference; refine or extend it, keep examples factual):',
      JSON.stringify(reference, null, 2),
      '',
      'Return one JSON object, the competitive landscape:',
      '- schema_version: 1; brand_name: exactly the brand name above; industry: the industry key above.',
      '- competitors: [{ name, kind, description, url, sources, confidence }]. kind is "named-on-site" or',
      '  "named-in-brief" only for names in the mentions above (sources: their page and excerpt, at most 200',
      '  characters); "model-research" for competitors you know of yourself (say in the description what you',
      '  know and how sure you are; sources kind "model"); url null unless you are sure.',
      '- category_players: 2–4 [{ archetype, how_they_compete, examples }].',
      '- positioning_axes: at least 2 [{ axis, low, high, brand_position (0..1, or null when no evidence), rationale }].',
      '- gaps: [{ gap, evidence }]: where typical players are weak and the brand has evidence of strength.',
      '- differentiation: [{ point, evidence }]: each point citing the brand profile (value proposition, proof, years).',
      '- limitations: what could not be researched or verified, said plainly; never empty.',
    ].join('\n'),
  };
}
