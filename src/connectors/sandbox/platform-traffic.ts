import type { PlatformId } from '../../schemas/brand-config.ts';
import type { ClickIds } from '../../schemas/tracking-event.ts';

export interface PlatformTraffic {
  /** `utm_medium` of the platform's ads: `cpc` for search, `paid_social` for social, `paid_video` for video. */
  medium: 'cpc' | 'paid_social' | 'paid_video';
  /** The click id the platform appends to a landing URL, when the tracking script reads it. */
  clickIdParam: keyof ClickIds | null;
  /** How the platform's own click ids start, so they look like the real ones. */
  clickIdPrefix: string;
  /** `document.referrer` a visitor from the platform usually arrives with. */
  referrer: string;
}

/** How a visitor from each platform arrives (LinkedIn's li_fat_id and Pinterest's epik are not read by the site's script). */
export const PLATFORM_TRAFFIC = {
  google: {
    medium: 'cpc',
    clickIdParam: 'gclid',
    clickIdPrefix: 'Cj0KCQ',
    referrer: 'https://www.google.com/',
  },
  microsoft: { medium: 'cpc', clickIdParam: 'msclkid', clickIdPrefix: '', referrer: 'https://www.bing.com/' },
  meta: {
    medium: 'paid_social',
    clickIdParam: 'fbclid',
    clickIdPrefix: 'IwAR',
    referrer: 'https://l.facebook.com/',
  },
  tiktok: {
    medium: 'paid_social',
    clickIdParam: 'ttclid',
    clickIdPrefix: 'E.C.P.',
    referrer: 'https://www.tiktok.com/',
  },
  linkedin: {
    medium: 'paid_social',
    clickIdParam: null,
    clickIdPrefix: '',
    referrer: 'https://www.linkedin.com/',
  },
  pinterest: {
    medium: 'paid_social',
    clickIdParam: null,
    clickIdPrefix: '',
    referrer: 'https://www.pinterest.com/',
  },
  youtube: {
    medium: 'paid_video',
    clickIdParam: 'gclid',
    clickIdPrefix: 'EAIaIQ',
    referrer: 'https://www.youtube.com/',
  },
} as const satisfies Record<PlatformId, PlatformTraffic>;
