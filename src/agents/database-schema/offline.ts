import type { AgentRunContext } from '../builder-agent.ts';
import type { DatabaseSchemaInput } from './database-schema-input.ts';
import type { DatabaseSchemaOutput } from './database-schema-output.ts';
import { planSeed } from './plan-seed.ts';
import { renderCypher } from './render-cypher.ts';
import { renderSchemaMarkdown } from './render-schema-markdown.ts';

/** The whole agent is computation: the seed from the input, both documents from the seed. */
export function buildDatabaseSchema(
  input: DatabaseSchemaInput,
  context: AgentRunContext,
): DatabaseSchemaOutput {
  const seed = planSeed(input, context);
  context.note(
    'decision',
    `Store seed for ${seed.brand.id}: ${seed.campaigns.length} campaigns (${seed.campaigns.map((campaign) => campaign.id).join(', ')}), ` +
      `${seed.ads.length} ads, ${seed.geoAreas.length} geo areas.`,
  );
  return { seed, schemaMarkdown: renderSchemaMarkdown(seed), cypher: renderCypher(seed) };
}
