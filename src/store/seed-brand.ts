import type { Queryable, Store } from './store.ts';
import { toJsonParam } from './to-json-param.ts';

/** The brand's graph as the database-schema agent derives it from brand-config.json and the ad copy. */
export interface BrandSeed {
  brand: { id: string; name: string; timezone: string; business_model: string };
  demographics: {
    id: string;
    name: string;
    priority: 'primary' | 'secondary' | 'tertiary';
    age_min: number;
    age_max: number;
    /** Description, psychographics, media habits, pain points, motivations. */
    profile: Record<string, unknown>;
  }[];
  geoAreas: {
    id: string;
    name: string;
    kind: string;
    priority: string;
    budget_share: number;
    /** Centre, radius and place, as in brand-config's geographic zones. */
    definition: Record<string, unknown>;
  }[];
  platforms: {
    id: string;
    objective: string;
    budget_share: number;
    daily_budget: number;
    formats: string[];
    demographics: string[];
  }[];
  campaigns: {
    id: string;
    platform: string;
    objective: string;
    daily_budget: number;
    name: string;
    utm_campaign: string;
  }[];
  ads: { id: string; campaign_id: string; variant_id: string; headline: string; body: string }[];
}

export interface SeedBrandResult {
  inserted: number;
  /** Rows that existed with different values and were brought up to date. */
  updated: number;
  unchanged: number;
}

/**
 * Upserts the brand's graph in one transaction; idempotent: a second run with the same seed inserts
 * and changes nothing. Rows missing from a later seed are kept (they may carry history).
 *
 * @example
 * const { inserted } = await seedBrand(store, seed); // 0 on the second run
 */
export async function seedBrand(store: Store, seed: BrandSeed): Promise<SeedBrandResult> {
  return store.transaction(async (tx) => {
    const brandId = seed.brand.id;
    const rows: [table: string, key: string[], row: Record<string, unknown>][] = [
      [
        'brands',
        ['brand_id'],
        {
          brand_id: brandId,
          name: seed.brand.name,
          timezone: seed.brand.timezone,
          business_model: seed.brand.business_model,
        },
      ],
      ...seed.demographics.map((d): [string, string[], Record<string, unknown>] => [
        'demographics',
        ['brand_id', 'id'],
        { brand_id: brandId, ...d },
      ]),
      ...seed.geoAreas.map((g): [string, string[], Record<string, unknown>] => [
        'geo_areas',
        ['brand_id', 'id'],
        { brand_id: brandId, ...g },
      ]),
      ...seed.platforms.map((p): [string, string[], Record<string, unknown>] => [
        'platforms',
        ['brand_id', 'id'],
        { brand_id: brandId, ...p },
      ]),
      ...seed.campaigns.map((c): [string, string[], Record<string, unknown>] => [
        'campaigns',
        ['brand_id', 'id'],
        { brand_id: brandId, ...c },
      ]),
      ...seed.ads.map((a): [string, string[], Record<string, unknown>] => [
        'ads',
        ['brand_id', 'id'],
        { brand_id: brandId, ...a },
      ]),
    ];
    const result: SeedBrandResult = { inserted: 0, updated: 0, unchanged: 0 };
    for (const [table, key, row] of rows) {
      const outcome = await upsert(tx, table, key, row);
      result[outcome] += 1;
    }
    return result;
  });
}

/** Table and column names come from this file, never from input; values are parameters. */
async function upsert(
  tx: Queryable,
  table: string,
  key: string[],
  row: Record<string, unknown>,
): Promise<'inserted' | 'updated' | 'unchanged'> {
  const columns = Object.keys(row);
  const values = columns.map((column) => {
    const value = row[column];
    return value !== null && typeof value === 'object' ? toJsonParam(value) : value;
  });
  const placeholders = columns.map((column, index) => {
    const value = row[column];
    return value !== null && typeof value === 'object' ? `$${index + 1}::jsonb` : `$${index + 1}`;
  });
  const rest = columns.filter((column) => !key.includes(column));
  const { rows } = await tx.query<{ inserted: boolean }>(
    `INSERT INTO ${table} AS t (${columns.join(', ')}) VALUES (${placeholders.join(', ')})
     ON CONFLICT (${key.join(', ')}) DO UPDATE
       SET ${rest.map((column) => `${column} = excluded.${column}`).join(', ')}
       WHERE (${rest.map((column) => `t.${column}`).join(', ')}) IS DISTINCT FROM (${rest.map((column) => `excluded.${column}`).join(', ')})
     RETURNING (xmax = 0) AS inserted`,
    values,
  );
  const changed = rows[0];
  if (!changed) return 'unchanged';
  return changed.inserted ? 'inserted' : 'updated';
}
