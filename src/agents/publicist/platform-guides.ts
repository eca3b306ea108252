import type { PlatformId } from '../../schemas/brand-config.ts';

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export const WEEKDAYS: readonly Weekday[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export interface FrameShape {
  name: 'vertical' | 'square' | 'landscape' | 'tall';
  ratio: string;
  /** How to hold the phone for it. */
  hold: string;
}

export const SHAPES = {
  vertical: { name: 'vertical', ratio: '9:16', hold: 'phone upright' },
  square: { name: 'square', ratio: '1:1', hold: 'phone upright, keep the subject in the middle' },
  landscape: { name: 'landscape', ratio: '16:9', hold: 'phone on its side' },
  tall: { name: 'tall', ratio: '2:3', hold: 'phone upright' },
} as const satisfies Record<string, FrameShape>;

/** How one platform wants content, said the way a client understands it. */
export interface PlatformGuide {
  label: string;
  /** What the content becomes there, e.g. "short vertical videos (Reels and Stories)". */
  becomes: string;
  shape: FrameShape;
  /** A second shape worth shooting for the same platform, when it has one. */
  alsoShape: FrameShape | null;
  length: string;
  /** Days that usually work well, best first; ads-only platforms use them as "goes live" days. */
  days: readonly Weekday[];
  time: string;
  /** True when the platform only shows the content inside ads; nothing needs posting by hand. */
  adsOnly: boolean;
  caption: { limit: string; tips: string[] };
}

export const PLATFORM_GUIDES: Record<PlatformId, PlatformGuide> = {
  meta: {
    label: 'Facebook & Instagram',
    becomes: 'short vertical videos (Reels and Stories) and square photos for the feed',
    shape: SHAPES.vertical,
    alsoShape: SHAPES.square,
    length: '15 to 30 seconds (Reels can run to 60)',
    days: ['Tuesday', 'Thursday', 'Saturday'],
    time: '11 am to 1 pm, or 7 to 9 pm',
    adsOnly: false,
    caption: {
      limit: 'Only the first 125 characters show before "See more"; ad headlines fit in about 40 characters.',
      tips: ['Put the point in the first line.', 'Two or three hashtags at most.'],
    },
  },
  tiktok: {
    label: 'TikTok',
    becomes: 'short vertical videos',
    shape: SHAPES.vertical,
    alsoShape: null,
    length: '15 to 45 seconds',
    days: ['Tuesday', 'Thursday', 'Friday'],
    time: '6 to 9 pm',
    adsOnly: false,
    caption: {
      limit: 'Keep captions under 150 characters; the video does the talking.',
      tips: ['Start speaking in the first second.', 'Three to five hashtags, one of them local.'],
    },
  },
  youtube: {
    label: 'YouTube',
    becomes: 'landscape videos, plus vertical Shorts',
    shape: SHAPES.landscape,
    alsoShape: SHAPES.vertical,
    length: '30 seconds to 2 minutes (Shorts: under 60 seconds)',
    days: ['Thursday', 'Saturday'],
    time: '2 to 4 pm',
    adsOnly: false,
    caption: {
      limit:
        'Titles up to 100 characters (keep them under 70); the first 150 characters of the description show in search.',
      tips: ['Say what the viewer will learn in the title.', 'Put your phone number or link in line one.'],
    },
  },
  linkedin: {
    label: 'LinkedIn',
    becomes: 'square videos and photos for the feed',
    shape: SHAPES.square,
    alsoShape: SHAPES.landscape,
    length: '30 to 90 seconds',
    days: ['Tuesday', 'Wednesday', 'Thursday'],
    time: '8 to 10 am',
    adsOnly: false,
    caption: {
      limit:
        'Posts can be 3,000 characters, but only about 140 show before "see more"; ad intros fit in 150.',
      tips: ['Open with a fact from your work.', 'No more than three hashtags.'],
    },
  },
  pinterest: {
    label: 'Pinterest',
    becomes: 'tall photos and short vertical videos (pins)',
    shape: SHAPES.tall,
    alsoShape: SHAPES.vertical,
    length: '6 to 15 seconds',
    days: ['Friday', 'Saturday', 'Sunday'],
    time: '8 to 11 pm',
    adsOnly: false,
    caption: {
      limit: 'Pin titles up to 100 characters (the first 40 show); descriptions up to 500.',
      tips: ['Use the words people search for.', 'Describe what is in the picture.'],
    },
  },
  google: {
    label: 'Google',
    becomes: 'photos and short clips inside your Google ads',
    shape: SHAPES.landscape,
    alsoShape: SHAPES.square,
    length: '10 to 30 seconds',
    days: ['Monday', 'Wednesday'],
    time: 'any time: your ads pick the new pieces up the same day',
    adsOnly: true,
    caption: {
      limit: 'Headlines: 30 characters each. Descriptions: 90 characters each.',
      tips: ['Write several short headlines; Google mixes and matches them.', 'Name the place you serve.'],
    },
  },
  microsoft: {
    label: 'Microsoft Bing',
    becomes: 'photos inside your Bing ads',
    shape: SHAPES.landscape,
    alsoShape: SHAPES.square,
    length: 'photos only',
    days: ['Monday', 'Wednesday'],
    time: 'any time: your ads pick the new pieces up the same day',
    adsOnly: true,
    caption: {
      limit: 'Headlines: 30 characters each. Descriptions: 90 characters each.',
      tips: ['Reuse the Google lines that already work well.', 'Name the place you serve.'],
    },
  },
};

/**
 * The frame a brief asks for: its format names a ratio or a vertical format ("Reels 9:16",
 * "square carousel"), else the platform's usual shape.
 */
export function shapeFor(format: string, platform: PlatformId): FrameShape {
  const text = format.toLowerCase();
  if (/9\s*:\s*16|vertical|reel|stor(y|ies)|shorts|portrait/.test(text)) return SHAPES.vertical;
  if (/1\s*:\s*1|4\s*:\s*5|square|carousel/.test(text)) return SHAPES.square;
  if (/16\s*:\s*9|1\.91|landscape|horizontal|in-stream|widescreen/.test(text)) return SHAPES.landscape;
  if (/2\s*:\s*3|pin/.test(text)) return SHAPES.tall;
  return PLATFORM_GUIDES[platform].shape;
}

export function describeShape(shape: FrameShape): string {
  return `${shape.name} ${shape.ratio}`;
}
