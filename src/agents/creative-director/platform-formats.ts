import type { PlatformId } from '../../schemas/brand-config.ts';
import type { CreativePlatform } from './creative-input.ts';
import type { NarrativeElement } from './taxonomy-types.ts';

/** The format a brief is made in: what the platform shows, and for how long. */
export interface FormatChoice {
  format: string;
  /** 0 for static formats (images, search ads). */
  duration: number;
  video: boolean;
  /** 9:16 and 16:9 video is framed differently: vertical close, horizontal wide. */
  vertical: boolean;
}

export const PLATFORM_LABELS: Record<PlatformId, string> = {
  google: 'Google Search',
  meta: 'Meta (Facebook and Instagram)',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  microsoft: 'Microsoft Advertising (Bing)',
  pinterest: 'Pinterest',
};

// Stories that need time to land (a customer speaking, a process shown) get the longer cut.
const LONG_NARRATIVES = new Set<NarrativeElement>([
  'testimonial',
  'how-it-works',
  'day-in-the-life',
  'transformation',
  'founder-story',
]);

/**
 * A platform-appropriate format for the nth brief on a platform: the first is the platform's
 * strongest format, the next alternates (static after video, video after static) so each
 * platform tests both where it runs both. Durations sit inside each platform's recommended range.
 */
export function chooseFormat(
  platform: CreativePlatform,
  narrative: NarrativeElement,
  nth: number,
): FormatChoice {
  const long = LONG_NARRATIVES.has(narrative);
  const offers = (pattern: RegExp) => platform.formats.some((format) => pattern.test(format));
  const video = (format: string, duration: number, vertical: boolean): FormatChoice => ({
    format,
    duration,
    video: true,
    vertical,
  });
  const still = (format: string): FormatChoice => ({ format, duration: 0, video: false, vertical: false });
  switch (platform.id) {
    case 'google':
    case 'microsoft':
      return still('Responsive search ad + image assets (1.91:1 and 1:1)');
    case 'meta':
      if (offers(/reel|video|stor/i) && nth % 2 === 0)
        return video('Reels and Stories video (9:16)', long ? 30 : 20, true);
      return still(offers(/carousel/i) ? 'Carousel, 3–5 cards (1:1)' : 'Single image (1:1 and 4:5)');
    case 'tiktok':
      return video('In-feed video (9:16)', long ? 30 : 21, true);
    case 'youtube':
      if (offers(/short/i) && nth % 2 === 1) return video('YouTube Shorts (9:16)', 20, true);
      return video('Skippable in-stream video (16:9)', long ? 30 : 15, false);
    case 'linkedin':
      if (nth % 2 === 0) return still('Single image ad (1.91:1)');
      return offers(/document/i) && !long
        ? still('Document ad, 4–6 pages (1:1)')
        : video('Video ad (1:1)', long ? 45 : 30, false);
    case 'pinterest':
      if (nth % 2 === 1) return video('Video pin (9:16)', 15, true);
      return still('Standard pin (2:3)');
  }
}
