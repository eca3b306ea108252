import type { PlatformId } from '../../schemas/brand-config.ts';

/** How an account manager names each platform to a client. */
export const PLATFORM_LABELS: Record<PlatformId, string> = {
  google: 'Google Ads',
  meta: 'Meta (Facebook and Instagram)',
  linkedin: 'LinkedIn Ads',
  tiktok: 'TikTok Ads',
  youtube: 'YouTube',
  microsoft: 'Microsoft Advertising',
  pinterest: 'Pinterest Ads',
};
