import { z } from 'zod';
import { PlatformId } from './brand-config.ts';
import { ToneTag } from './creative-taxonomy.ts';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const GoogleRsaFields = z.object({
  kind: z.literal('google-rsa'),
  headlines: z.array(z.string().min(1)).min(3).max(15),
  descriptions: z.array(z.string().min(1)).min(2).max(4),
  path1: z.string(),
  path2: z.string(),
});
export const MetaFields = z.object({
  kind: z.literal('meta'),
  primary_text: z.string().min(1),
  headline: z.string().min(1),
  description: z.string(),
});
export const LinkedInFields = z.object({
  kind: z.literal('linkedin'),
  intro: z.string().min(1),
  headline: z.string().min(1),
});
export const TikTokFields = z.object({
  kind: z.literal('tiktok'),
  ad_text: z.string().min(1),
});
export const YouTubeFields = z.object({
  kind: z.literal('youtube'),
  headline: z.string().min(1),
  long_headline: z.string().min(1),
  description: z.string().min(1),
  call_to_action: z.string().min(1),
});
export const PinterestFields = z.object({
  kind: z.literal('pinterest'),
  title: z.string().min(1),
  description: z.string().min(1),
});
export const MicrosoftRsaFields = GoogleRsaFields.extend({ kind: z.literal('microsoft-rsa') });
export const AdFields = z.discriminatedUnion('kind', [
  GoogleRsaFields,
  MicrosoftRsaFields,
  MetaFields,
  LinkedInFields,
  TikTokFields,
  YouTubeFields,
  PinterestFields,
]);
export type AdFields = z.infer<typeof AdFields>;

export const AdVariant = z.object({
  id: Id,
  platform: PlatformId,
  /** A demographic id of brand-config.json. */
  demographic: Id,
  /** The platform objective of brand-config.json this variant serves. */
  objective: z.string().min(1),
  /** A messaging pillar id of creative/briefs/briefs.json. */
  pillar: Id,
  tone: z.array(ToneTag).min(1),
  fields: AdFields,
  final_url_path: z.string().startsWith('/'),
});
export type AdVariant = z.infer<typeof AdVariant>;

/** `creative/ad-copy.json`: every variant already checked against the platform limits table. */
export const AdCopy = z.object({
  schema_version: z.literal(1),
  brand_id: Id,
  variants: z.array(AdVariant).min(1),
  /** Variants generated but not written, and why (over a hard limit, an avoided word, a duplicate…). */
  rejected: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type AdCopy = z.infer<typeof AdCopy>;
