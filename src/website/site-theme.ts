import { z } from 'zod';
import { contrastRatio, mix } from '../agents/strategist/contrast-ratio.ts';
import { MIN_CONTRAST, readableOn } from '../proposal/proposal-theme.ts';
import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { fontStack } from './font-stack.ts';
import { hueDistance } from './hue-distance.ts';
import { type SiteLogo, SitePicture } from './site-picture.ts';

const Hex = z.string().regex(/^#[0-9a-f]{6}$/);

export const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** `website/theme.json`: the colour roles, fonts and scale the templates are drawn with. */
export const SiteTheme = z.object({
  colors: z.object({
    background: Hex,
    text: Hex,
    muted: Hex,
    heading: Hex,
    link: Hex,
    surface: Hex,
    button: Hex,
    buttonText: Hex,
    band: Hex,
    bandText: Hex,
    accent: Hex,
    focus: Hex,
    error: Hex,
  }),
  /** Every text colour with its background and WCAG ratio; all ≥ 4.5. */
  pairs: z.array(z.object({ name: z.string(), foreground: Hex, background: Hex, ratio: z.number() })),
  /** Brand colours that failed AA and the accessible shade used instead. */
  adjusted: z.array(z.object({ role: z.string(), brand: Hex, used: Hex })),
  fonts: z.object({ body: z.string().min(1), heading: z.string().min(1), brand_font: z.string().nullable() }),
  scale: z.object({ base_px: z.number(), ratio: z.number(), radius_rem: z.number(), space_rem: z.number() }),
  logo: z.string().nullable(),
  /** The logo's drawn size, so pages reserve its space (themes written before it read as null). */
  logo_size: z.object({ width: z.number().int(), height: z.number().int() }).nullable().default(null),
  /** The brand's photos as the pages draw them; landing pages read their hero from here. */
  pictures: z.array(SitePicture).default([]),
});
export type SiteTheme = z.infer<typeof SiteTheme>;

/**
 * The site's theme from the brand colours. Text colours that would fall below WCAG AA on their
 * background move to the nearest shade that passes (src/proposal's `readableOn`), and the change
 * is recorded; the focus ring keeps at least 3:1 (non-text contrast).
 */
export function siteTheme(
  brandColors: BrandConfig['brand_colors'],
  profile: BrandProfile | null = null,
  assets: ThemeAssets = { logo: null, pictures: [], palette: [] },
): SiteTheme {
  const colors = { ...brandColors, primary: identityPrimary(brandColors, assets.palette) };
  const background = colors.background;
  const surface = mix(colors.primary, background, 0.9);
  const onBoth = (colour: string) => readableOn(readableOn(colour, background), surface);
  const text = onBoth(colors.text);
  const heading = onBoth(colors.primary);
  const muted = onBoth(mix(text, background, 0.25));
  const link = heading;
  const buttonText =
    contrastRatio('#ffffff', colors.primary) >= contrastRatio('#111111', colors.primary)
      ? '#ffffff'
      : '#111111';
  const button = readableOn(colors.primary, buttonText);
  const bandText =
    contrastRatio('#ffffff', colors.secondary) >= contrastRatio('#111111', colors.secondary)
      ? '#ffffff'
      : '#111111';
  const band = readableOn(colors.secondary, bandText);
  const focus = readableOn(colors.accent, background, 3);
  const error = onBoth('#b00020');
  const pairs = [
    { name: 'body text', foreground: text, background },
    { name: 'body text on cards', foreground: text, background: surface },
    { name: 'muted text', foreground: muted, background },
    { name: 'muted text on cards', foreground: muted, background: surface },
    { name: 'headings and links', foreground: heading, background },
    { name: 'headings and links on cards', foreground: heading, background: surface },
    { name: 'button label', foreground: buttonText, background: button },
    { name: 'footer and banner text', foreground: bandText, background: band },
    { name: 'form errors', foreground: error, background },
  ].map((pair) => ({ ...pair, ratio: round(contrastRatio(pair.foreground, pair.background)) }));
  const adjusted = [
    { role: "primary (the logo's main colour)", brand: brandColors.primary, used: colors.primary },
    { role: 'text', brand: colors.text, used: text },
    { role: 'primary (headings, links)', brand: colors.primary, used: heading },
    { role: 'primary (buttons)', brand: colors.primary, used: button },
    { role: 'secondary (footer)', brand: colors.secondary, used: band },
    { role: 'accent (focus ring)', brand: colors.accent, used: focus },
  ].filter((entry) => entry.brand !== entry.used);
  const brandFont = safeFontName(profile?.fonts[0]?.value ?? null);
  const body = brandFont ? fontStack(brandFont) : SYSTEM_FONTS;
  return {
    colors: {
      background,
      text,
      muted,
      heading,
      link,
      surface,
      button,
      buttonText,
      band,
      bandText,
      accent: colors.accent,
      focus,
      error,
    },
    pairs,
    adjusted,
    // A brand font is used when the visitor has it installed, else the closest system stack of
    // its kind (serif or sans): the site never downloads fonts from a third party.
    fonts: { body, heading: body, brand_font: brandFont },
    scale: { base_px: 17, ratio: 1.25, radius_rem: 0.5, space_rem: 1 },
    logo: assets.logo?.src ?? null,
    logo_size: assets.logo ? { width: assets.logo.width, height: assets.logo.height } : null,
    pictures: assets.pictures,
  };
}

export interface ThemeAssets {
  logo: SiteLogo | null;
  pictures: SitePicture[];
  /** The logo's chromatic colours, most area first. */
  palette: string[];
}

/** Hues closer than this are one brand colour in two shades. */
const SAME_HUE = 25;

/**
 * The logo is the brand's identity, stylesheets only its site's: when the logo has a colour and the
 * primary colour read from the styles is none of the logo's hues, the logo's main colour leads.
 */
function identityPrimary(colors: BrandConfig['brand_colors'], palette: string[]): string {
  const logoMain = palette[0];
  if (!logoMain) return colors.primary;
  if (palette.some((hex) => hueDistance(hex, colors.primary) < SAME_HUE)) return colors.primary;
  return logoMain;
}

/** A font family name safe inside CSS quotes (letters, digits, spaces, hyphens), or null. */
function safeFontName(name: string | null): string | null {
  if (!name) return null;
  const clean = name.replace(/[^A-Za-z0-9 -]/g, '').trim();
  return clean.length > 0 && clean.length <= 40 ? clean : null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export { MIN_CONTRAST };
