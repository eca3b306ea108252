import {
  type CategoryLandscape,
  type AxisKey as DataAxisKey,
  type BrandSide as DataBrandSide,
  type IndustryCatalogue,
  industryRecord,
  loadIndustries,
} from '../../knowledge/index.ts';
import type { IndustryKey } from '../../research/industry-keys.ts';
import type { AxisKey, BrandSide } from './positioning-axes.ts';

export type { CategoryLandscape, CategoryPlayer } from '../../knowledge/index.ts';

// The data schema names the axes and sides this module's rules know; both lists must stay equal.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<AxisKey, DataAxisKey>;
true satisfies Same<BrandSide, DataBrandSide>;

/**
 * The typical players of each industry, read from `data/industries/<key>.yaml`: generic
 * archetypes, with real examples only where they are well known nationally. Offline this is what
 * stands in for researched rivals.
 */
export const CATEGORY_PLAYERS: Readonly<Record<IndustryKey, CategoryLandscape>> = industryRecord(
  (industry) => industry.category,
);

/** The category landscape for an industry key; unknown keys get the generic `other` one. */
export function categoryLandscape(
  key: string,
  industries: IndustryCatalogue = loadIndustries(),
): CategoryLandscape {
  return industries.lookup(key).category;
}
