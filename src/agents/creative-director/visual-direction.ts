import type { CreativePlan } from '../../schemas/creative-brief.ts';
import { joinWords } from './copy-text.ts';
import type { CreativeInput } from './creative-input.ts';
import { industryCreative } from './industry-creative.ts';
import type { AestheticTag } from './taxonomy-types.ts';

export type VisualDirection = CreativePlan['visual_direction'];

/** Palette from the brand colours, type from the site's fonts, imagery from the industry and tone. */
export function planVisualDirection(input: CreativeInput): VisualDirection {
  const { colors } = input;
  const roles = [colors.primary, colors.secondary, colors.accent, colors.background, colors.text];
  const unique = [...new Set(roles)];
  const palette = unique.length >= 2 ? unique : roles;
  const [heading, body] = input.fonts;
  const typography = heading
    ? body && body !== heading
      ? `Headlines in ${heading}, body text in ${body}: the site's own fonts, so ads and landing pages match.`
      : `${heading} for headlines and body text: the site's own font, so ads and landing pages match.`
    : `The site's fonts were not found: a clean sans-serif for on-screen text, bold for headlines, ` +
      `set in ${colors.text} on ${colors.background} or white on ${colors.primary}; confirm with the client.`;
  const subject = industryCreative(input.industry.key).subject;
  const temperature = paletteTemperature(colors.primary) === 'warm-palette' ? 'warm' : 'cool';
  const imagery =
    `Real photos and footage of ${subject}${input.geography.local && input.geography.places[0] ? ` in ${input.geography.places[0]}` : ''}; ` +
    `${joinWords(input.voice.tone.slice(0, 3))} in feel. The ${temperature} brand primary ${colors.primary} carries backgrounds, ` +
    `frames and end cards; the accent ${colors.accent} is kept for calls to action.`;
  return { palette, typography, imagery };
}

/** Warm for reds, oranges, yellows and magentas; cool for greens, blues and violets. */
export function paletteTemperature(hex: string): Extract<AestheticTag, 'warm-palette' | 'cool-palette'> {
  const r = Number.parseInt(hex.slice(1, 3), 16) / 255;
  const g = Number.parseInt(hex.slice(3, 5), 16) / 255;
  const b = Number.parseInt(hex.slice(5, 7), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return 'cool-palette';
  let hue: number;
  if (max === r) hue = ((g - b) / (max - min)) % 6;
  else if (max === g) hue = (b - r) / (max - min) + 2;
  else hue = (r - g) / (max - min) + 4;
  const degrees = (hue * 60 + 360) % 360;
  return degrees < 70 || degrees >= 300 ? 'warm-palette' : 'cool-palette';
}
