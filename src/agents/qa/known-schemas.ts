import type { z } from 'zod';
import { AdCopy } from '../../schemas/ad-copy.ts';
import { BrandConfig, Budget } from '../../schemas/brand-config.ts';
import { BrandProfile } from '../../schemas/brand-profile.ts';
import { CompetitiveLandscape } from '../../schemas/competitive-landscape.ts';
import { CreativePlan } from '../../schemas/creative-brief.ts';
import { Policy } from '../../schemas/policy.ts';
import {
  AD_COPY,
  BRAND_CONFIG,
  BRAND_PROFILE,
  BUDGET_ALLOCATION,
  CREATIVE_PLAN,
  LANDSCAPE,
  POLICY,
} from './qa-artifacts.ts';

/**
 * The contract of every JSON artifact QA knows. The budget allocation file is the brand config's
 * budget plus each line's reason, so the budget schema (which ignores the extra keys) is its contract.
 */
export const KNOWN_SCHEMAS: Record<string, z.ZodType> = {
  [BRAND_CONFIG]: BrandConfig,
  [BRAND_PROFILE]: BrandProfile,
  [LANDSCAPE]: CompetitiveLandscape,
  [BUDGET_ALLOCATION]: Budget,
  [CREATIVE_PLAN]: CreativePlan,
  [AD_COPY]: AdCopy,
  [POLICY]: Policy,
};
