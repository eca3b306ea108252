import { z } from 'zod';
import { BusinessModel } from './business-model.ts';
import { finding, foundItem } from './finding.ts';

export const PostalAddress = z.object({
  street: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const Location = z.object({
  name: z.string().nullable(),
  address: PostalAddress,
  geo: z.object({ lat: z.number(), lng: z.number() }).nullable(),
});
export type Location = z.infer<typeof Location>;

export const Offering = z.object({
  name: z.string().min(1),
  description: z.string().nullable(),
  price: z.string().nullable(),
  url: z.string().nullable(),
});
export type Offering = z.infer<typeof Offering>;

export const Testimonial = z.object({
  quote: z.string().min(1),
  author: z.string().nullable(),
});

export const ColorUse = z.object({
  hex: z.string().regex(/^#[0-9a-f]{6}$/),
  role: z.enum(['primary', 'secondary', 'accent', 'background', 'text']),
  /** How often the colour appears in the site's styles (weighted). */
  weight: z.number().min(0),
});
export type ColorUse = z.infer<typeof ColorUse>;

export const ToneOfVoice = z.object({
  descriptors: z.array(z.string()).min(1),
  formality: z.enum(['formal', 'neutral', 'casual']),
  /** Dominant grammatical person of the copy. */
  addresses: z.enum(['we-you', 'third-person', 'mixed']),
  averageSentenceWords: z.number().nullable(),
});

export const Industry = z.object({
  /** Key in the industry taxonomy (src/research/industries.ts), or `other`. */
  key: z.string().min(1),
  label: z.string().min(1),
});
export type Industry = z.infer<typeof Industry>;

export const SocialLink = z.object({
  platform: z.string().min(1),
  url: z.string().min(1),
});

export const ImageRef = z.object({
  url: z.string().min(1),
  alt: z.string().nullable(),
});

export const GoalKind = z.enum(['wholesale', 'leads', 'bookings', 'online-sales', 'awareness', 'other']);
export type GoalKind = z.infer<typeof GoalKind>;

/** A number the client put on a goal: "20 new patients a month", "$15,000 a month". */
export const GoalTarget = z.object({
  value: z.number().positive(),
  /** What is counted ("new patients", "wholesale accounts"), or an ISO currency code for money. */
  unit: z.string().min(1),
  measure: z.enum(['count', 'money']),
  period: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullable(),
});
export type GoalTarget = z.infer<typeof GoalTarget>;

/** A goal the client stated in its own words; `text` is the sentence that states it. */
export const ClientGoal = z.object({
  text: z.string().min(1),
  kind: GoalKind,
  /** True for the goal the client called the main one (or the first one stated). */
  main: z.boolean(),
  target: GoalTarget.nullable(),
  /** When, as the client said it: "in spring", "by the end of the year". */
  timing: z.string().nullable(),
  audience: z.enum(['b2b', 'b2c']).nullable(),
  /** Whom the goal is about, in the client's words: "restaurants, cafés and independent grocers". */
  customers: z.string().nullable(),
});
export type ClientGoal = z.infer<typeof ClientGoal>;

/** `research/brand-profile.json`: what the brand says about itself, every field with its source. */
export const BrandProfile = z.object({
  schema_version: z.literal(1),
  source: z.object({
    kind: z.enum(['site', 'brief']),
    url: z.string().nullable(),
    pages: z.array(z.string()),
  }),
  name: finding(z.string().min(1)),
  tagline: finding(z.string().min(1)),
  description: finding(z.string().min(1)),
  offerings: z.array(foundItem(Offering)),
  value_propositions: z.array(foundItem(z.string().min(1))),
  proof: z.object({
    testimonials: z.array(foundItem(Testimonial)),
    credentials: z.array(foundItem(z.string().min(1))),
    years_in_business: finding(z.number().int().min(0).max(300)),
  }),
  tone_of_voice: finding(ToneOfVoice),
  colors: z.array(foundItem(ColorUse)),
  fonts: z.array(foundItem(z.string().min(1))),
  logo: finding(ImageRef),
  images: z.array(foundItem(ImageRef)),
  contact: z.object({
    phones: z.array(foundItem(z.string().min(1))),
    emails: z.array(foundItem(z.string().email())),
    addresses: z.array(foundItem(PostalAddress)),
  }),
  locations: z.array(foundItem(Location)),
  /** Opening hours as the site states them, a line per day or range ("Monday: 7AM–2PM"); absent before hours were read. */
  hours: z.array(foundItem(z.string().min(1))).optional(),
  social_links: z.array(foundItem(SocialLink)),
  industry: finding(Industry),
  business_model: finding(BusinessModel),
  /** The client's own goals, main first; profiles written before goals existed read as none. */
  goals: z.array(foundItem(ClientGoal)).default([]),
  /** Field names that could not be determined, said plainly. */
  unknowns: z.array(z.string()),
});
/**
 * The profile as written and as read. The input side of the schema, so a profile (or a hand-built
 * one) without `goals` is still a profile; parsing fills them in as none.
 */
export type BrandProfile = z.input<typeof BrandProfile>;
