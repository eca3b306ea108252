import { streamFor } from '../../analytics/random.ts';
import { weekdayOf } from '../../calendar/calendar-days.ts';
import type { Day } from '../ad-platform.ts';

// Monday … Sunday: conversions per click peak early in the week and dip on Saturday (the common shape of
// lead-gen and search accounts); every seed varies it a little.
const WEEKLY_SHAPE = [1.05, 1.08, 1.06, 1.03, 0.97, 0.88, 0.93] as const;

/** Day-of-week multipliers of the conversion rate, the same for every campaign, averaging exactly 1. */
export function drawSeasonality(seed: number): number[] {
  const random = streamFor(seed, 'seasonality');
  const raw = WEEKLY_SHAPE.map((value) => value * random.logNormal(1, 0.03));
  const mean = raw.reduce((sum, value) => sum + value, 0) / raw.length;
  return raw.map((value) => value / mean);
}

export function seasonalityOn(seasonality: readonly number[], day: Day): number {
  return seasonality[weekdayOf(day)]!;
}
