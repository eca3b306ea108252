import type { AdFields } from '../schemas/ad-copy.ts';
import type { PlatformId } from '../schemas/brand-config.ts';

export type AdKind = AdFields['kind'];
/** The text fields of one kind of ad (every field but the `kind` tag). */
export type TextFieldOf<K extends AdKind> = Exclude<keyof Extract<AdFields, { kind: K }>, 'kind'>;

export interface FieldLimit {
  /** Characters the platform refuses to exceed; null when it documents none. */
  hard: number | null;
  /** Characters shown before truncation in common placements; past it is a warning, not a rejection. */
  recommended: number | null;
  /** For list fields (RSA headlines, descriptions): how many assets the platform accepts. */
  countMin?: number;
  countMax?: number;
  /** The platform shows nothing when the field is empty, so empty is allowed. */
  optional?: boolean;
  /** The platform documentation page that states the numbers. */
  source: string;
}

type LimitsTable = { readonly [K in AdKind]: Readonly<Record<TextFieldOf<K>, FieldLimit>> };

const GOOGLE_RSA = 'Google Ads Help: About responsive search ads (answer 7684791)';
const MICROSOFT_RSA = 'Microsoft Advertising: ResponsiveSearchAd Data Object (Campaign Management API)';
const META = 'Meta Business Help: Meta Ads Guide, text recommendations for feed placements';
const LINKEDIN = 'LinkedIn Help: Single image ads advertising specifications (a426534)';
const TIKTOK = 'TikTok Ads Manager Help: In-Feed ads specifications, ad text';
const YOUTUBE = 'Google Ads Help: About video action campaigns / responsive video ad text assets';
const PINTEREST = 'Pinterest Business Help: Pinterest product specs';

/**
 * Character limits per ad kind and field, with the page each number comes from. Hard limits reject
 * a variant; recommended lengths only warn, because the platform accepts the text and truncates it.
 */
export const PLATFORM_LIMITS = {
  'google-rsa': {
    headlines: { hard: 30, recommended: null, countMin: 3, countMax: 15, source: GOOGLE_RSA },
    descriptions: { hard: 90, recommended: null, countMin: 2, countMax: 4, source: GOOGLE_RSA },
    path1: { hard: 15, recommended: null, optional: true, source: GOOGLE_RSA },
    path2: { hard: 15, recommended: null, optional: true, source: GOOGLE_RSA },
  },
  'microsoft-rsa': {
    headlines: { hard: 30, recommended: null, countMin: 3, countMax: 15, source: MICROSOFT_RSA },
    descriptions: { hard: 90, recommended: null, countMin: 2, countMax: 4, source: MICROSOFT_RSA },
    path1: { hard: 15, recommended: null, optional: true, source: MICROSOFT_RSA },
    path2: { hard: 15, recommended: null, optional: true, source: MICROSOFT_RSA },
  },
  meta: {
    primary_text: { hard: 2200, recommended: 125, source: META },
    headline: { hard: null, recommended: 40, source: META },
    description: { hard: null, recommended: 30, optional: true, source: META },
  },
  linkedin: {
    intro: { hard: 600, recommended: 150, source: LINKEDIN },
    headline: { hard: 200, recommended: 70, source: LINKEDIN },
  },
  tiktok: {
    ad_text: { hard: 100, recommended: null, source: TIKTOK },
  },
  youtube: {
    headline: { hard: 15, recommended: null, source: YOUTUBE },
    long_headline: { hard: 90, recommended: null, source: YOUTUBE },
    description: { hard: 70, recommended: null, source: YOUTUBE },
    call_to_action: { hard: 10, recommended: null, source: YOUTUBE },
  },
  pinterest: {
    title: { hard: 100, recommended: 40, source: PINTEREST },
    description: { hard: 500, recommended: null, source: PINTEREST },
  },
} as const satisfies LimitsTable;

/** The one ad kind each platform's copy is written in. */
export const PLATFORM_KIND = {
  google: 'google-rsa',
  microsoft: 'microsoft-rsa',
  meta: 'meta',
  linkedin: 'linkedin',
  tiktok: 'tiktok',
  youtube: 'youtube',
  pinterest: 'pinterest',
} as const satisfies Record<PlatformId, AdKind>;

/** Google Ads (search and video) and Microsoft Advertising both count a double-width character as 2. */
const DOUBLE_WIDTH_KINDS: ReadonlySet<AdKind> = new Set(['google-rsa', 'microsoft-rsa', 'youtube']);

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Characters as the platform counts them: user-perceived characters (an emoji with modifiers, or a
 * letter with combining accents, is one), and double-width East Asian characters as 2 for the kinds
 * whose platform documents that.
 *
 * @example countChars('Café ☕', 'meta') // 6
 * @example countChars('東京のパン', 'google-rsa') // 10
 */
export function countChars(text: string, kind?: AdKind): number {
  const doubleWidth = kind !== undefined && DOUBLE_WIDTH_KINDS.has(kind);
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    count += doubleWidth && isDoubleWidth(segment.codePointAt(0) ?? 0) ? 2 : 1;
  }
  return count;
}

/**
 * East Asian Wide and Fullwidth letters (CJK ideographs, kana, hangul, fullwidth forms). Emoji are
 * left out on purpose: they are one user-perceived character, and Google disallows most of them anyway.
 */
function isDoubleWidth(codePoint: number): boolean {
  return DOUBLE_WIDTH_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

const DOUBLE_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1b000, 0x1b16f], // Kana supplement and extensions
  [0x20000, 0x2fffd], // CJK extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G–H
];
