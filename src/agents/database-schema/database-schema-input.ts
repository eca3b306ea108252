import type { AdVariant } from '../../schemas/ad-copy.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';

/**
 * What the database-schema agent is given: the parts of brand-config.json the seed is made of and
 * the ad copy's variants. Everything the seed depends on is here, so its hash decides re-runs.
 */
export interface DatabaseSchemaInput {
  brand: { id: string; name: string; timezone: string; business_model: BrandConfig['business_model'] };
  demographics: BrandConfig['demographics'];
  zones: BrandConfig['geographic_strategy']['zones'];
  platforms: Array<Omit<BrandConfig['platforms'][number], 'rationale'>>;
  budget: {
    currency: string;
    daily_total: number;
    allocation: Array<Pick<BrandConfig['budget']['allocation'][number], 'platform' | 'daily'>>;
  };
  /** Null when the creative has not written ad copy (then no ads are seeded). */
  adCopy: {
    brand_id: string;
    variants: Array<Pick<AdVariant, 'id' | 'platform' | 'objective' | 'fields'>>;
  } | null;
}
