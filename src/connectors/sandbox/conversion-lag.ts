import type { Random } from '../../analytics/random.ts';

/** The longest a conversion can take to be reported after its click day. */
export const MAX_LAG_DAYS = 7;

/**
 * Share of a click day's conversions reported 0, 1, … 7 days later: 55% the same day, 25% the next,
 * 12% the day after, and the last 8% spread over days 3–7 (the usual shape of a 7-day click window).
 */
export const LAG_SHARES = [0.55, 0.25, 0.12, 0.016, 0.016, 0.016, 0.016, 0.016] as const;

export function drawLag(random: Random): number {
  return random.pick(LAG_SHARES);
}
