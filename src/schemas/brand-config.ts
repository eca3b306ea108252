import { z } from 'zod';
import { BusinessModel } from './business-model.ts';

const Hex = z.string().regex(/^#[0-9a-f]{6}$/, 'a lowercase #rrggbb colour');
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens');

export const PlatformId = z.enum([
  'google',
  'meta',
  'linkedin',
  'tiktok',
  'youtube',
  'microsoft',
  'pinterest',
]);
export type PlatformId = z.infer<typeof PlatformId>;

export const Demographic = z.object({
  id: Slug,
  name: z.string().min(1),
  age_range: z.object({ min: z.number().int().min(13), max: z.number().int().max(100) }),
  description: z.string().min(1),
  psychographics: z.array(z.string().min(1)).min(1),
  media_habits: z.array(z.string().min(1)).min(1),
  pain_points: z.array(z.string().min(1)).min(1),
  motivations: z.array(z.string().min(1)).min(1),
});
export type Demographic = z.infer<typeof Demographic>;

export const Platform = z.object({
  id: PlatformId,
  objective: z.enum(['leads', 'sales', 'traffic', 'awareness', 'bookings', 'app-installs']),
  formats: z.array(z.string().min(1)).min(1),
  demographics: z.array(Slug).min(1),
  rationale: z.string().min(1),
  /** Share of the monthly budget, 0..1; the shares of all platforms sum to 1. */
  budget_share: z.number().min(0).max(1),
});
export type Platform = z.infer<typeof Platform>;

/** A forecast figure: the median outcome and the range that holds the forecast's coverage of outcomes. */
const ForecastRange = z
  .object({ low: z.number().min(0), expected: z.number().min(0), high: z.number().min(0) })
  .refine((range) => range.low <= range.expected && range.expected <= range.high, 'low ≤ expected ≤ high');

/** What a month's spend buys, from the platform benchmarks the sandbox market uses too (whole spend, tests included). */
export const ResultsForecast = z.object({
  clicks: ForecastRange,
  results: ForecastRange,
  /** Spend ÷ results; `high` (and `expected`) null when that end of the range has no result. */
  cost_per_result: z.object({
    low: z.number().min(0),
    expected: z.number().min(0).nullable(),
    high: z.number().min(0).nullable(),
  }),
});
export type ResultsForecast = z.infer<typeof ResultsForecast>;

export const BudgetLine = z.object({
  platform: PlatformId,
  share: z.number().min(0).max(1),
  /** Whole currency units; core + test = monthly. */
  monthly: z.number().int().min(0),
  core_monthly: z.number().int().min(0),
  test_monthly: z.number().int().min(0),
  daily: z.number().min(0),
  forecast: ResultsForecast.optional(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Budget = z.object({
  currency: z.string().length(3),
  monthly_total: z.number().int().positive(),
  daily_total: z.number().positive(),
  /** Share of the budget kept for learning and tests (DESIGN §5: 15%). */
  test_allocation: z.object({ share: z.number().min(0).max(1), monthly: z.number().int().min(0) }),
  allocation: z.array(BudgetLine).min(1),
  /** The month's results for the whole budget, drawn jointly (not the sum of the lines' ranges). */
  forecast: ResultsForecast.extend({
    /** What one result is: a lead, a booking or a purchase. */
    result: z.enum(['lead', 'booking', 'purchase']),
    /** Share of outcomes inside each range (0.98: the 1st to the 99th percentile). */
    coverage: z.number().gt(0).lt(1),
    /** The period forecast, in days (a planned month is 30.4). */
    days: z.number().positive(),
  }).optional(),
});

export const GeoZone = z.object({
  id: Slug,
  name: z.string().min(1),
  kind: z.enum(['radius', 'city', 'region', 'country']),
  center: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  radius_km: z.number().positive().nullable(),
  /** `city`/`region`/`country` zones name the place; radius zones name their centre. */
  place: z.object({
    city: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
  }),
  priority: z.enum(['primary', 'secondary', 'tertiary']),
  budget_share: z.number().min(0).max(1),
});

/** `brand-config.json`: the one contract every later agent reads. */
export const BrandConfig = z
  .object({
    schema_version: z.literal(1),
    brand_id: Slug,
    brand_name: z.string().min(1),
    tagline: z.string().nullable(),
    website: z.string().nullable(),
    industry: z.object({ key: z.string().min(1), label: z.string().min(1) }),
    business_model: BusinessModel,
    timezone: z.string().min(1),
    locale: z.string().min(2),
    contact: z.object({
      phone: z.string().nullable(),
      email: z.string().email().nullable(),
      address: z
        .object({
          street: z.string().nullable(),
          city: z.string().nullable(),
          region: z.string().nullable(),
          postal_code: z.string().nullable(),
          country: z.string().nullable(),
        })
        .nullable(),
    }),
    brand_colors: z.object({ primary: Hex, secondary: Hex, accent: Hex, background: Hex, text: Hex }),
    brand_voice: z.object({
      tone: z.array(z.string().min(1)).min(1),
      personality: z.array(z.string().min(1)).min(1),
      avoid: z.array(z.string().min(1)).min(1),
    }),
    offerings: z
      .array(
        z.object({
          name: z.string().min(1),
          description: z.string().nullable(),
          price: z.string().nullable(),
        }),
      )
      .min(1),
    demographics: z.object({ primary: Demographic, secondary: Demographic, tertiary: Demographic }),
    platforms: z.array(Platform).min(1),
    budget: Budget,
    campaign_goals: z.object({
      primary_kpi: z.enum(['cost_per_lead', 'roas', 'cost_per_booking', 'cost_per_acquisition']),
      secondary_kpis: z.array(z.string().min(1)),
      targets: z.object({
        monthly_leads: z.number().int().min(0).nullable(),
        cost_per_lead: z.number().positive().nullable(),
        roas: z.number().positive().nullable(),
        monthly_revenue: z.number().min(0).nullable(),
      }),
      rationale: z.string().min(1),
    }),
    geographic_strategy: z.object({
      zones: z.array(GeoZone).min(1),
      rationale: z.string().min(1),
    }),
    tracking: z.object({
      google_ads_customer_id: z.literal(''),
      google_analytics_id: z.literal(''),
      meta_pixel_id: z.literal(''),
      linkedin_partner_id: z.literal(''),
      tiktok_pixel_id: z.literal(''),
    }),
  })
  .superRefine((config, ctx) => {
    const { budget, platforms } = config;
    const sum = budget.allocation.reduce((total, line) => total + line.monthly, 0);
    if (sum !== budget.monthly_total) {
      ctx.addIssue({
        code: 'custom',
        path: ['budget', 'allocation'],
        message: `allocation sums to ${sum}, not the monthly total ${budget.monthly_total}`,
      });
    }
    for (const [index, line] of budget.allocation.entries()) {
      if (line.core_monthly + line.test_monthly !== line.monthly) {
        ctx.addIssue({
          code: 'custom',
          path: ['budget', 'allocation', index],
          message: `core ${line.core_monthly} + test ${line.test_monthly} is not ${line.monthly}`,
        });
      }
      if (!platforms.some((platform) => platform.id === line.platform)) {
        ctx.addIssue({
          code: 'custom',
          path: ['budget', 'allocation', index, 'platform'],
          message: `allocation names platform "${line.platform}" that is not in platforms`,
        });
      }
    }
    const testSum = budget.allocation.reduce((total, line) => total + line.test_monthly, 0);
    if (testSum !== budget.test_allocation.monthly) {
      ctx.addIssue({
        code: 'custom',
        path: ['budget', 'test_allocation'],
        message: `test lines sum to ${testSum}, not ${budget.test_allocation.monthly}`,
      });
    }
    const shareSum = platforms.reduce((total, platform) => total + platform.budget_share, 0);
    if (Math.abs(shareSum - 1) > 1e-6) {
      ctx.addIssue({
        code: 'custom',
        path: ['platforms'],
        message: `budget shares sum to ${shareSum}, not 1`,
      });
    }
    const ids = new Set([
      config.demographics.primary.id,
      config.demographics.secondary.id,
      config.demographics.tertiary.id,
    ]);
    for (const [index, platform] of platforms.entries()) {
      for (const demographic of platform.demographics) {
        if (!ids.has(demographic)) {
          ctx.addIssue({
            code: 'custom',
            path: ['platforms', index, 'demographics'],
            message: `platform "${platform.id}" targets unknown demographic "${demographic}"`,
          });
        }
      }
    }
  });
export type BrandConfig = z.infer<typeof BrandConfig>;
