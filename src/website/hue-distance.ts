import { converter } from 'culori';

const toHsl = converter('hsl');

/** Degrees between two colours' hues on the colour wheel (0–180); greys count as hue 0. */
export function hueDistance(a: string, b: string): number {
  const ha = toHsl(a)?.h ?? 0;
  const hb = toHsl(b)?.h ?? 0;
  const d = Math.abs(ha - hb) % 360;
  return d > 180 ? 360 - d : d;
}
