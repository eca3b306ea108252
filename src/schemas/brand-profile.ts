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
  social_links: z.array(foundItem(SocialLink)),
  industry: finding(Industry),
  business_model: finding(BusinessModel),
  /** Field names that could not be determined, said plainly. */
  unknowns: z.array(z.string()),
});
export type BrandProfile = z.infer<typeof BrandProfile>;
