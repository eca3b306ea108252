import { z } from 'zod';
import type { BrandSeed } from '../../store/index.ts';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens');
// Whole cents, checked with a tolerance: 0.1 + 0.2 is not a multiple of 0.01 in binary.
const Money = z
  .number()
  .min(0)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'an amount in whole cents');

/** The store's `BrandSeed` as a schema: what `database/seed.json` holds and `seedBrand` upserts. */
export const BrandSeedSchema = z.object({
  brand: z.object({
    id: Id,
    name: z.string().min(1),
    timezone: z.string().min(1),
    business_model: z.string().min(1),
  }),
  demographics: z.array(
    z.object({
      id: Id,
      name: z.string().min(1),
      priority: z.enum(['primary', 'secondary', 'tertiary']),
      age_min: z.number().int(),
      age_max: z.number().int(),
      profile: z.record(z.string(), z.unknown()),
    }),
  ),
  geoAreas: z.array(
    z.object({
      id: Id,
      name: z.string().min(1),
      kind: z.string().min(1),
      priority: z.string().min(1),
      budget_share: z.number().min(0).max(1),
      definition: z.record(z.string(), z.unknown()),
    }),
  ),
  platforms: z.array(
    z.object({
      id: Id,
      objective: z.string().min(1),
      budget_share: z.number().min(0).max(1),
      daily_budget: Money,
      formats: z.array(z.string().min(1)),
      demographics: z.array(Id),
    }),
  ),
  campaigns: z.array(
    z.object({
      id: Id,
      platform: Id,
      objective: z.string().min(1),
      daily_budget: Money,
      name: z.string().min(1),
      utm_campaign: Id,
    }),
  ),
  ads: z.array(
    z.object({
      id: Id,
      campaign_id: Id,
      variant_id: Id,
      headline: z.string().min(1),
      body: z.string().min(1),
    }),
  ),
}) satisfies z.ZodType<BrandSeed>;
