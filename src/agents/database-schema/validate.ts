import { checkCypher } from './check-cypher.ts';
import type { DatabaseSchemaInput } from './database-schema-input.ts';
import type { DatabaseSchemaOutput } from './database-schema-output.ts';

/**
 * Checks the schema cannot make: the seed's rows reference each other, the campaigns spend the
 * strategy's daily total, the brand is the input's, and the Cypher is MERGE-only with every node
 * labelled and carrying brand_id.
 */
export function validateDatabaseSchema(output: DatabaseSchemaOutput, input: DatabaseSchemaInput): string[] {
  const { seed } = output;
  const problems: string[] = [];

  if (seed.brand.id !== input.brand.id)
    problems.push(`brand id "${seed.brand.id}" is not "${input.brand.id}"`);
  for (const [table, rows] of [
    ['demographics', seed.demographics],
    ['geo areas', seed.geoAreas],
    ['platforms', seed.platforms],
    ['campaigns', seed.campaigns],
    ['ads', seed.ads],
  ] as const) {
    const ids = rows.map((row) => row.id);
    if (new Set(ids).size !== ids.length) problems.push(`${table} repeat an id`);
  }

  const demographics = new Set(seed.demographics.map((demographic) => demographic.id));
  const platforms = new Set(seed.platforms.map((platform) => platform.id));
  for (const platform of seed.platforms) {
    for (const id of platform.demographics)
      if (!demographics.has(id)) problems.push(`platform ${platform.id} targets unknown demographic "${id}"`);
  }
  const campaigns = new Set(seed.campaigns.map((campaign) => campaign.id));
  for (const campaign of seed.campaigns) {
    if (!platforms.has(campaign.platform))
      problems.push(`campaign ${campaign.id} runs on platform "${campaign.platform}", which is not seeded`);
    if (campaign.utm_campaign !== campaign.id)
      problems.push(`campaign ${campaign.id} has utm_campaign "${campaign.utm_campaign}"`);
  }
  for (const ad of seed.ads) {
    if (!campaigns.has(ad.campaign_id))
      problems.push(`ad ${ad.id} belongs to campaign "${ad.campaign_id}", which is not seeded`);
  }

  const spent = seed.campaigns.reduce((sum, campaign) => sum + campaign.daily_budget, 0);
  const tolerance = 0.01 * Math.max(1, seed.campaigns.length) + 1e-9;
  if (Math.abs(spent - input.budget.daily_total) > tolerance) {
    problems.push(
      `campaign daily budgets sum to ${spent.toFixed(2)}, not the strategy's daily total ${input.budget.daily_total.toFixed(2)}`,
    );
  }

  problems.push(...checkCypher(output.cypher).map((problem) => `export.cypher: ${problem}`));
  return problems;
}
