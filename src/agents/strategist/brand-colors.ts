import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { ColorUse } from '../../schemas/brand-profile.ts';
import { contrastRatio, mix } from './contrast-ratio.ts';

export type BrandColors = BrandConfig['brand_colors'];
type ColorRole = keyof BrandColors;

/** Body text must pass WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** Calm, industry-neutral colours for roles the site did not reveal; they pass AA as text on background. */
export const NEUTRAL_PALETTE: BrandColors = {
  primary: '#1f4e79',
  secondary: '#4a6572',
  accent: '#e07a2f',
  background: '#ffffff',
  text: '#1f2933',
};

const ROLES: ColorRole[] = ['primary', 'secondary', 'accent', 'background', 'text'];

export interface BrandColorChoice {
  colors: BrandColors;
  /** Roles filled from the neutral palette, said plainly: they are assumptions until the client confirms. */
  notes: string[];
  /** Colours changed for legibility: decisions, not assumptions. */
  fixes: string[];
}

/**
 * The brand palette from the colours research found, the heaviest colour per role winning.
 * Missing roles take the neutral palette (said so in a note); text is darkened (or lightened on a
 * dark background) until it reads at AA contrast, since every generated page uses this pair.
 */
export function chooseBrandColors(found: readonly ColorUse[]): BrandColorChoice {
  const notes: string[] = [];
  const colors = { ...NEUTRAL_PALETTE };
  const missing: ColorRole[] = [];
  for (const role of ROLES) {
    const candidates = found.filter((color) => color.role === role);
    const heaviest = candidates.reduce<ColorUse | null>(
      (best, color) => (best === null || color.weight > best.weight ? color : best),
      null,
    );
    if (heaviest) colors[role] = heaviest.hex.toLowerCase();
    else missing.push(role);
  }
  if (missing.length === ROLES.length) {
    notes.push(
      'The site revealed no brand colours, so an industry-neutral palette is used until the client supplies one.',
    );
  } else if (missing.length > 0) {
    notes.push(
      `No ${missing.join(', ')} colour was found on the site; the neutral palette fills those roles.`,
    );
  }

  const fixes: string[] = [];
  const original = colors.text;
  colors.text = readableText(colors.text, colors.background);
  if (colors.text !== original) {
    fixes.push(
      `Text colour ${original} had too little contrast on ${colors.background}; adjusted to ${colors.text} ` +
        `(${contrastRatio(colors.text, colors.background).toFixed(2)}:1, WCAG AA needs ${MIN_TEXT_CONTRAST}:1).`,
    );
  }
  return { colors, notes, fixes };
}

/** The nearest colour to `text`, towards black or white, that reaches AA contrast on `background`. */
export function readableText(text: string, background: string): string {
  if (contrastRatio(text, background) >= MIN_TEXT_CONTRAST) return text;
  const extreme =
    contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
  for (let step = 1; step <= 20; step += 1) {
    const candidate = mix(text, extreme, step / 20);
    if (contrastRatio(candidate, background) >= MIN_TEXT_CONTRAST) return candidate;
  }
  return extreme;
}
