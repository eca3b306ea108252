import { z } from 'zod';
import { Demographic, PlatformId } from '../schemas/brand-config.ts';
import { BusinessModel } from '../schemas/business-model.ts';

/**
 * The schema of one `data/industries/<key>.yaml` file: everything the factory knows about an
 * industry before it looks at a brand. The file name is the industry key; the objects are strict,
 * so a misspelt field is an error rather than a silently ignored line.
 */

const Text = z.string().trim().min(1);
const TextList = z.array(Text).min(1);

/** Positioning axes competitive intelligence can place a brand on (see positioning-axes.ts). */
export const AxisKey = z.enum(['scale', 'price', 'breadth', 'touch', 'tradition', 'selling']);
export type AxisKey = z.infer<typeof AxisKey>;

/** The side of an axis a brand can stand on; category players name the sides they are weak at. */
export const BrandSide = z.enum([
  'local',
  'national',
  'value',
  'premium',
  'specialist',
  'broad',
  'high-touch',
  'convenient',
  'established',
  'innovative',
  'self-serve',
  'guided',
]);
export type BrandSide = z.infer<typeof BrandSide>;

/** How an industry announces itself on a website: schema.org types (strong) and words in the copy. */
export const IndustrySignal = z.strictObject({
  /** Whether customers come to a place (or the business comes to them) rather than being served online. */
  local: z.boolean(),
  /**
   * Whether the business earns by selling goods (a shop, a food producer), so that one clear sign of
   * a checkout already makes it a shop; service industries need several.
   */
  sellsProducts: z.boolean().default(false),
  /** schema.org types, as written in JSON-LD `@type` (`Dentist`, `LodgingBusiness`). */
  schemaTypes: z.array(z.string().regex(/^[A-Z][A-Za-z]+$/, 'a schema.org type such as LodgingBusiness')),
  /**
   * Lowercase words or phrases, matched as whole words (a plural `s` or `es` also matches); end
   * one with `*` to match every word that starts with it (`orthodont*`).
   */
  keywords: z
    .array(
      z
        .string()
        .min(2)
        .refine((word) => word === word.trim().toLowerCase(), 'lowercase, without surrounding spaces')
        .refine((word) => !word.slice(0, -1).includes('*'), 'a `*` may only end a keyword'),
    )
    .min(3),
});
export type IndustrySignal = z.infer<typeof IndustrySignal>;

const AudienceIndex = z.literal([0, 1, 2]);

export const PlaybookPlatform = z.strictObject({
  id: PlatformId,
  /**
   * `conversion` platforms take the business model's objective; `awareness` ones keep building
   * reach; `retargeting` ones convert people who already visited.
   */
  role: z.enum(['conversion', 'awareness', 'retargeting']),
  formats: TextList,
  /** Relative weight of the budget; a whole number. */
  weight: z.number().int().positive(),
  /** Indexes into the playbook's audiences (0 primary, 1 secondary, 2 tertiary). */
  audiences: z
    .array(AudienceIndex)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'each audience index once'),
  rationale: Text,
});
export type PlaybookPlatform = z.infer<typeof PlaybookPlatform>;

const Audience = z
  .strictObject(Demographic.shape)
  .refine((audience) => audience.age_range.min <= audience.age_range.max, {
    message: 'age_range.min is above age_range.max',
    path: ['age_range'],
  });

/** What an experienced media planner knows about an industry before looking at the brand. */
export const IndustryPlaybook = z
  .strictObject({
    /** Audience archetypes, primary first; their ids become the demographic ids in brand-config. */
    audiences: z.tuple([Audience, Audience, Audience]),
    /** Highest priority first: the last ones are dropped first when the budget is small. */
    platforms: z.array(PlaybookPlatform).min(1),
    /** Typical distance customers travel to the business. */
    radiusKm: z.number().positive().max(20_000),
    /** The business model to assume when research could not tell. */
    defaultBusinessModel: BusinessModel,
    /** True where the conversion is a booking (table, appointment, room) rather than an enquiry. */
    bookings: z.boolean(),
    kpi: z.strictObject({
      /** Typical cost per lead (or booking) in USD on paid search and social. */
      costPerLead: z
        .strictObject({ low: z.number().positive(), high: z.number().positive() })
        .refine((range) => range.low <= range.high, 'low is above high'),
      /** A sensible first-quarter return on ad spend when the business sells online. */
      roas: z.number().positive(),
      /** Typical order value in USD, used for revenue targets when research has no prices. */
      averageOrderValue: z.number().positive(),
    }),
    tone: TextList,
    personality: TextList,
    /** Claims that are unverifiable, regulated or off-putting in this industry. */
    avoid: TextList,
  })
  .superRefine((playbook, ctx) => {
    const ids = playbook.audiences.map((audience) => audience.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['audiences'],
        message: `audience ids repeat: ${ids.join(', ')}`,
      });
    }
    // Budgets are allocated by platform id, so a platform appears once.
    const seen = new Set<string>();
    playbook.platforms.forEach((platform, index) => {
      if (seen.has(platform.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['platforms', index, 'id'],
          message: `${platform.id} is listed twice; give it one entry`,
        });
      }
      seen.add(platform.id);
    });
    if (!playbook.platforms.some((platform) => platform.role === 'conversion')) {
      ctx.addIssue({
        code: 'custom',
        path: ['platforms'],
        message: 'needs at least one conversion platform',
      });
    }
  });
export type IndustryPlaybook = z.infer<typeof IndustryPlaybook>;

/** A kind of business a customer of the category compares the brand with. */
export const CategoryPlayer = z.strictObject({
  archetype: Text,
  how_they_compete: Text,
  /** Well-known national or global examples; empty where no example is safe to name. */
  examples: z.array(Text),
  /** Where this kind of player is typically weak, by the side of an axis the brand may stand on. */
  weak_at: z
    .partialRecord(BrandSide, Text)
    .refine((weak) => Object.keys(weak).length > 0, 'name at least one side'),
});
export type CategoryPlayer = z.infer<typeof CategoryPlayer>;

export const CategoryLandscape = z.strictObject({
  /** The positioning axes that matter most in the category, most important first. */
  axes: z
    .array(AxisKey)
    .min(1)
    .refine((axes) => new Set(axes).size === axes.length, 'each axis once'),
  players: z.array(CategoryPlayer).min(2).max(4),
});
export type CategoryLandscape = z.infer<typeof CategoryLandscape>;

export const IndustryFile = z.strictObject({
  /** How the industry is named to people ("Dental practice"). */
  label: Text,
  /** Absent only for `other`, the fallback that is never detected. */
  detection: IndustrySignal.optional(),
  playbook: IndustryPlaybook,
  /** The typical players of the category: what stands in for researched rivals offline. */
  category: CategoryLandscape,
});
export type IndustryFile = z.infer<typeof IndustryFile>;
