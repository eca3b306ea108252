import { z } from 'zod';
import { PlatformId } from '../schemas/brand-config.ts';

export const PAGE_KEYS = ['home', 'offerings', 'about', 'contact', 'thank-you', 'privacy'] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

/** Where each core page is written (relative to website/) and served (site path). */
export const PAGE_FILES: Record<PageKey, { file: string; path: string }> = {
  home: { file: 'index.html', path: '/' },
  offerings: { file: 'offerings.html', path: '/offerings.html' },
  about: { file: 'about.html', path: '/about.html' },
  contact: { file: 'contact.html', path: '/contact.html' },
  'thank-you': { file: 'thank-you.html', path: '/thank-you.html' },
  privacy: { file: 'privacy.html', path: '/privacy.html' },
};

export const PlanSection = z.object({
  heading: z.string().min(1),
  /** Plain text paragraphs or list items; rendered escaped. */
  items: z.array(z.string().min(1)).min(1),
  /** Where the facts come from (profile field or brand-config field). */
  source: z.string().min(1),
});
export type PlanSection = z.infer<typeof PlanSection>;

export const PlannedPage = z.object({
  key: z.enum(PAGE_KEYS),
  file: z.string().min(1),
  path: z.string().startsWith('/'),
  title: z.string().min(1).max(60),
  description: z.string().min(1).max(160),
  heading: z.string().min(1),
  intro: z.string().min(1),
  goal: z.string().min(1),
  primary_cta: z.object({ label: z.string().min(1), href: z.string().startsWith('/') }),
  sections: z.array(PlanSection),
  in_sitemap: z.boolean(),
});
export type PlannedPage = z.infer<typeof PlannedPage>;

/** A campaign's landing page, reserved by the plan and built by the landing-page agent. */
export const ReservedLandingPage = z.object({
  campaign: z.string().regex(/^[a-z0-9-]+$/),
  platform: PlatformId,
  objective: z.string().min(1),
  /** The ad copy's final_url_path: `/lp/<platform>-<objective>`; served as a folder index. */
  path: z.string().startsWith('/lp/'),
  files: z.array(z.string().min(1)).min(1),
});
export type ReservedLandingPage = z.infer<typeof ReservedLandingPage>;

/** `website/site-plan.json`: which pages the site has, what each says and must achieve. */
export const SitePlan = z.object({
  schema_version: z.literal(1),
  brand_id: z.string().min(1),
  brand_name: z.string().min(1),
  lang: z.string().min(2),
  /** Public origin from brand-config.website; null means no canonical URLs and no sitemap. */
  origin: z.string().url().nullable(),
  conversion: z.enum(['lead', 'booking', 'purchase', 'purchase-and-lead']),
  pages: z.array(PlannedPage).length(PAGE_KEYS.length),
  landing_pages: z.array(ReservedLandingPage),
  sitemap: z.object({ written: z.boolean(), reason: z.string().min(1) }),
});
export type SitePlan = z.infer<typeof SitePlan>;

/** The landing page URL path of a campaign, as the creative director's ad copy links to it. */
export function landingPathOf(platform: string, objective: string): string {
  return `/lp/${platform}-${objective}`;
}
