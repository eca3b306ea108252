import { contrastRatio, mix, relativeLuminance } from '../agents/strategist/contrast-ratio.ts';
import type { BrandConfig } from '../schemas/brand-config.ts';

/** WCAG AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

/** The colours the proposal is drawn with: brand colours, adjusted where text would not read at AA. */
export interface ProposalTheme {
  paper: string;
  text: string;
  muted: string;
  heading: string;
  band: string;
  bandText: string;
  accent: string;
  tint: string;
  /** Every text colour with the background it sits on, so the AA claim can be checked. */
  pairs: Array<{ name: string; foreground: string; background: string; ratio: number }>;
}

/**
 * Chooses the proposal's colours from the brand palette. The page stays light (it is printed), the
 * header band uses the primary colour, and any text colour that would fall below AA on its
 * background moves towards black or white until it passes.
 */
export function proposalTheme(colors: BrandConfig['brand_colors']): ProposalTheme {
  const paper = relativeLuminance(colors.background) >= 0.6 ? colors.background : '#ffffff';
  const tint = mix(colors.primary, paper, 0.9);
  // Body text and headings appear both on the page and on tinted cards, so they must pass on both.
  const text = readableOn(readableOn(colors.text, paper), tint);
  const heading = readableOn(readableOn(colors.primary, paper), tint);
  const muted = readableOn(mix(text, paper, 0.2), paper);
  const band = bandColour(colors.primary);
  const bandText = contrastRatio('#ffffff', band) >= contrastRatio('#111111', band) ? '#ffffff' : '#111111';
  const pairs = [
    { name: 'body text', foreground: text, background: paper },
    { name: 'body text on cards', foreground: text, background: tint },
    { name: 'muted text', foreground: muted, background: paper },
    { name: 'headings and links', foreground: heading, background: paper },
    { name: 'headings on cards', foreground: heading, background: tint },
    { name: 'header band', foreground: bandText, background: band },
  ].map((pair) => ({ ...pair, ratio: contrastRatio(pair.foreground, pair.background) }));
  return { paper, text, muted, heading, band, bandText, accent: colors.accent, tint, pairs };
}

/** The nearest colour to `foreground`, towards black or white, that reads at AA on `background`. */
export function readableOn(foreground: string, background: string, minimum = MIN_CONTRAST): string {
  if (contrastRatio(foreground, background) >= minimum) return foreground;
  const extreme =
    contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
  for (let step = 1; step <= 20; step += 1) {
    const candidate = mix(foreground, extreme, step / 20);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return extreme;
}

/** The primary colour, darkened or lightened just enough that white or near-black text reads on it. */
function bandColour(primary: string): string {
  const best = (colour: string) =>
    Math.max(contrastRatio('#ffffff', colour), contrastRatio('#111111', colour));
  if (best(primary) >= MIN_CONTRAST) return primary;
  for (let step = 1; step <= 20; step += 1) {
    const darker = mix(primary, '#000000', step / 20);
    if (contrastRatio('#ffffff', darker) >= MIN_CONTRAST) return darker;
  }
  return '#000000';
}
