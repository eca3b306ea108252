import { describe, expect, it } from 'vitest';
import { type DailyDelivery, detectFatigue } from '../../src/analytics/detect-fatigue.ts';
import { type Random, streamFor } from '../../src/analytics/random.ts';

const rule = { ctr_drop: 0.3, window_days_min: 7, window_days_max: 14, min_data_points: 7 };

function dateOf(day: number): string {
  return new Date(Date.UTC(2026, 2, 1 + day)).toISOString().slice(0, 10);
}

function binomial(random: Random, trials: number, probability: number): number {
  let successes = 0;
  for (let trial = 0; trial < trials; trial += 1) if (random.next() < probability) successes += 1;
  return successes;
}

/** `days` days of delivery from 2026-03-01; clicks exactly as expected, or binomial when given a seed. */
function delivery(
  days: number,
  impressions: number,
  ctr: (day: number) => number,
  seed?: number,
): DailyDelivery[] {
  const random = seed === undefined ? null : streamFor(seed, 'detect-fatigue');
  return Array.from({ length: days }, (_, day) => ({
    date: dateOf(day),
    impressions,
    clicks: random ? binomial(random, impressions, ctr(day)) : Math.round(impressions * ctr(day)),
  }));
}

/** CTR falling linearly by 45% from the first day to the twelfth. */
const decaying = (day: number) => 0.03 * (1 - (0.45 * day) / 11);

describe('detectFatigue', () => {
  it('does not flag a steady ad', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = detectFatigue(
        delivery(14, 3000, () => 0.02, seed),
        rule,
        dateOf(13),
      );
      expect(result.fatigued).toBe(false);
      expect(Math.abs(result.drop)).toBeLessThan(0.15);
      expect(result.data_points).toBe(14);
      expect(result.window_days).toBe(14);
    }
  });

  it('flags an ad whose CTR fell 45% over 12 days', () => {
    const result = detectFatigue(delivery(12, 3000, decaying), rule, dateOf(11));
    // Baseline: days 1–3 (the peak), 90+86+83 clicks; recent: days 10–12, 57+53+50 clicks.
    expect(result.baseline_ctr).toBeCloseTo(259 / 9000, 10);
    expect(result.recent_ctr).toBeCloseTo(160 / 9000, 10);
    expect(result.drop).toBeCloseTo(1 - 160 / 259, 10);
    expect(result).toMatchObject({ fatigued: true, window_days: 12, data_points: 12 });
  });

  it('flags the decline through the noise of real counts at typical volume', () => {
    const seeds = Array.from({ length: 40 }, (_, seed) => seed);
    const flagged = seeds.filter(
      (seed) => detectFatigue(delivery(12, 10_000, decaying, seed), rule, dateOf(11)).fatigued,
    );
    expect(flagged.length).toBeGreaterThanOrEqual(38);
  });

  it('does not flag a real decline smaller than the policy drop', () => {
    const result = detectFatigue(
      delivery(14, 50_000, (day) => (day < 11 ? 0.02 : 0.015)),
      rule,
      dateOf(13),
    );
    expect(result.drop).toBeCloseTo(0.25, 10);
    expect(result.fatigued).toBe(false);
  });

  it('measures the drop from the peak, so a slow start does not hide a later decline', () => {
    const rampThenDecline = [0.01, 0.02, 0.03, 0.03, 0.03, 0.028, 0.026, 0.024, 0.022, 0.02, 0.019, 0.018];
    const result = detectFatigue(
      delivery(12, 3000, (day) => rampThenDecline[day]!),
      rule,
      dateOf(11),
    );
    expect(result.baseline_ctr).toBeCloseTo(0.03, 10);
    expect(result.drop).toBeCloseTo(1 - 0.019 / 0.03, 10);
    expect(result.fatigued).toBe(true);
  });

  it('needs at least the minimum number of data points', () => {
    const result = detectFatigue(
      delivery(5, 10_000, (day) => 0.03 * (1 - 0.15 * day)),
      rule,
      dateOf(4),
    );
    expect(result.data_points).toBe(5);
    expect(result.drop).toBeGreaterThan(0.3);
    expect(result.fatigued).toBe(false);
  });

  it('does not flag a noisy but flat low-volume ad', () => {
    // 100 impressions a day at ~2%: the last three days (2 clicks) look 80% down on the best three
    // (days 5–7, 10 clicks), by chance.
    const clicks = [3, 2, 4, 1, 3, 2, 5, 2, 2, 1, 2, 0, 1, 1];
    const series = clicks.map((count, day) => ({ date: dateOf(day), impressions: 100, clicks: count }));
    const result = detectFatigue(series, rule, dateOf(13));
    expect(result.drop).toBeCloseTo(1 - 2 / 10, 10);
    expect(result.fatigued).toBe(false);

    const flagged = Array.from({ length: 200 }, (_, seed) => seed).filter(
      (seed) =>
        detectFatigue(
          delivery(14, 80, () => 0.025, seed),
          rule,
          dateOf(13),
        ).fatigued,
    );
    expect(flagged.length).toBeLessThanOrEqual(2);
  });

  it('looks only at the longest window allowed, up to asOf, on days with impressions', () => {
    const series = [
      ...delivery(30, 3000, (day) => (day < 10 ? 0.05 : 0.02)),
      { date: dateOf(18), impressions: 0, clicks: 0 },
      { date: dateOf(40), impressions: 3000, clicks: 1 },
    ].filter((day) => day.date !== dateOf(17));
    const result = detectFatigue(series, rule, dateOf(29));
    // Days 16–29, less day 17 (removed) and day 18 (replaced by a duplicate row with no impressions
    // that adds nothing); day 40 is after asOf and the 5% days before day 10 are out of the window.
    expect(result.window_days).toBe(14);
    expect(result.data_points).toBe(13);
    expect(result.baseline_ctr).toBeCloseTo(0.02, 10);
    expect(result.fatigued).toBe(false);
  });

  it('counts the window from the first day with impressions', () => {
    const series = delivery(9, 3000, () => 0.02).map((day, index) =>
      index < 2 ? { ...day, impressions: 0 } : day,
    );
    const result = detectFatigue(series, rule, dateOf(10));
    expect(result.window_days).toBe(9);
    expect(result.data_points).toBe(7);
  });

  it('rejects malformed dates and rules', () => {
    expect(() => detectFatigue([], rule, '2026-02-30')).toThrow(RangeError);
    expect(() => detectFatigue([{ date: '1 March', impressions: 1, clicks: 0 }], rule, '2026-03-01')).toThrow(
      /YYYY-MM-DD/,
    );
    expect(() => detectFatigue([], { ...rule, window_days_max: 3 }, '2026-03-01')).toThrow(RangeError);
    expect(() => detectFatigue([], { ...rule, ctr_drop: 30 }, '2026-03-01')).toThrow(RangeError);
    expect(detectFatigue([], rule, '2026-03-01')).toEqual({
      baseline_ctr: 0,
      recent_ctr: 0,
      drop: 0,
      window_days: 0,
      data_points: 0,
      fatigued: false,
    });
  });
});
