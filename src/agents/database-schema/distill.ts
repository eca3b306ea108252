import { AdCopy } from '../../schemas/ad-copy.ts';
import { BrandConfig } from '../../schemas/brand-config.ts';
import type { Workspace } from '../builder-agent.ts';
import type { DatabaseSchemaInput } from './database-schema-input.ts';

export const BRAND_CONFIG_PATH = 'brand-config.json';
export const AD_COPY_PATH = 'creative/ad-copy.json';

/** Reads brand-config.json and, when the creative wrote it, creative/ad-copy.json. */
export async function distillDatabaseSchema(workspace: Workspace): Promise<DatabaseSchemaInput> {
  const config = await workspace.readJson(BRAND_CONFIG_PATH, BrandConfig);
  const adCopy = (await workspace.exists(AD_COPY_PATH))
    ? await workspace.readJson(AD_COPY_PATH, AdCopy)
    : null;
  return databaseSchemaInputFrom(config, adCopy);
}

/** The pure half of distillation: keeps what the seed is made of, drops the rest. */
export function databaseSchemaInputFrom(config: BrandConfig, adCopy: AdCopy | null): DatabaseSchemaInput {
  return {
    brand: {
      id: config.brand_id,
      name: config.brand_name,
      timezone: config.timezone,
      business_model: config.business_model,
    },
    demographics: config.demographics,
    zones: config.geographic_strategy.zones,
    platforms: config.platforms.map(({ rationale: _rationale, ...platform }) => platform),
    budget: {
      currency: config.budget.currency,
      daily_total: config.budget.daily_total,
      allocation: config.budget.allocation.map(({ platform, daily }) => ({ platform, daily })),
    },
    adCopy: adCopy
      ? {
          brand_id: adCopy.brand_id,
          variants: adCopy.variants.map(({ id, platform, objective, fields }) => ({
            id,
            platform,
            objective,
            fields,
          })),
        }
      : null,
  };
}
