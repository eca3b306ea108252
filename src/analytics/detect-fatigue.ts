/**
 * Creative fatigue: an ad whose click-through rate has fallen well below its own recent best, by
 * more than the policy's drop and by more than its volume could explain as noise.
 */

export interface DailyDelivery {
  /** `YYYY-MM-DD`. */
  date: string;
  impressions: number;
  clicks: number;
}

/** The policy's fatigue rule (`policy.json`: CTR down > 30% over a 7–14 day window, ≥ 7 data points). */
export interface FatigueRule {
  /** Fractional drop that counts, e.g. 0.3. */
  ctr_drop: number;
  window_days_min: number;
  window_days_max: number;
  /** Days with impressions needed in the window before judging at all. */
  min_data_points: number;
}

export interface FatigueAssessment {
  /** Best CTR over three consecutive data days before the recent ones (fewer if there are fewer). */
  baseline_ctr: number;
  /** CTR over the last three days with impressions. */
  recent_ctr: number;
  /** (baseline − recent) / baseline; 0 when there is no baseline. */
  drop: number;
  /** Days from the first day with impressions in the window up to `asOf`, at most `window_days_max`. */
  window_days: number;
  /** Days with impressions in the window. */
  data_points: number;
  fatigued: boolean;
}

/**
 * The ad's own baseline, when known: its delivery in its first days after it was (re)activated,
 * before any fatigue. With it, the recent CTR is the window's last `window_days_min` days pooled
 * and compared with that baseline (one test, more volume behind both sides); without it, the
 * baseline is the best three-day run inside the window.
 */
export interface FatigueOptions {
  baseline?: readonly DailyDelivery[];
}

const RECENT_DAYS = 3;
const BASELINE_DAYS = 3;
/** One-sided false-alarm rate, shared (Bonferroni) across the candidate baseline windows. */
const FALSE_ALARM_RATE = 0.05;
const MS_PER_DAY = 86_400_000;

/**
 * Judges whether an ad's CTR has fatigued as of a date.
 *
 * The window is the last `window_days_max` days up to and including `asOf`; only days with
 * impressions count. Recent CTR is the impression-weighted CTR of the last three such days; baseline
 * is the best impression-weighted CTR over three consecutive such days before those (the ad's peak,
 * so a ramp-up after launch does not hide a later decline). The ad is fatigued when:
 * - there are at least `min_data_points` days with impressions (and at least six: three to compare
 *   against three), spanning at least `window_days_min` days;
 * - the drop exceeds `ctr_drop`; and
 * - the fall is more than noise: a one-sided normal test rejects "recent CTR ≥ baseline ×
 *   (1 − ctr_drop / 2)" at 5%, with the variances of both the recent and baseline CTR, and the 5%
 *   divided among the candidate baseline windows because the best of several noisy windows is
 *   biased upwards.
 *
 * @example
 * const rule = { ctr_drop: 0.3, window_days_min: 7, window_days_max: 14, min_data_points: 7 };
 * detectFatigue(adDailyDelivery, rule, '2026-03-14').fatigued;
 */
export function detectFatigue(
  series: readonly DailyDelivery[],
  rule: FatigueRule,
  asOf: string,
  options: FatigueOptions = {},
): FatigueAssessment {
  assertRule(rule);
  const lastDay = dayNumber(asOf);
  const firstDay = lastDay - rule.window_days_max + 1;
  const byDay = new Map<number, { impressions: number; clicks: number }>();
  for (const entry of series) {
    if (!(entry.impressions >= 0 && entry.clicks >= 0 && Number.isFinite(entry.impressions + entry.clicks))) {
      throw new RangeError(`impressions and clicks must be finite counts ≥ 0, got ${JSON.stringify(entry)}`);
    }
    const day = dayNumber(entry.date);
    if (day < firstDay || day > lastDay) continue;
    const total = byDay.get(day) ?? { impressions: 0, clicks: 0 };
    total.impressions += entry.impressions;
    total.clicks += entry.clicks;
    byDay.set(day, total);
  }
  const days = [...byDay.entries()]
    .filter(([, total]) => total.impressions > 0)
    .sort(([a], [b]) => a - b)
    .map(([day, total]) => ({
      day,
      impressions: total.impressions,
      clicks: Math.min(total.clicks, total.impressions),
    }));

  const dataPoints = days.length;
  const windowDays = dataPoints === 0 ? 0 : lastDay - days[0]!.day + 1;
  if (options.baseline) return againstOwnBaseline(days, options.baseline, rule, lastDay, windowDays);
  const recent = pool(days.slice(-RECENT_DAYS));
  const earlier = days.slice(0, Math.max(0, dataPoints - RECENT_DAYS));
  // With fewer than three earlier days there is no judgement, but the drop is still worth reporting.
  const windows = rollingPools(earlier, Math.min(BASELINE_DAYS, earlier.length));
  const baseline = windows.reduce<Pooled | null>(
    (best, window) => (best === null || window.ctr > best.ctr ? window : best),
    null,
  );
  const baselineCtr = baseline?.ctr ?? recent.ctr;
  const drop = baselineCtr > 0 ? (baselineCtr - recent.ctr) / baselineCtr : 0;

  const enoughData =
    dataPoints >= rule.min_data_points &&
    dataPoints >= RECENT_DAYS + BASELINE_DAYS &&
    windowDays >= rule.window_days_min;
  const fatigued =
    enoughData &&
    baseline !== null &&
    drop > rule.ctr_drop &&
    fallIsBeyondNoise(baseline, recent, rule.ctr_drop, FALSE_ALARM_RATE / windows.length);

  return {
    baseline_ctr: baselineCtr,
    recent_ctr: recent.ctr,
    drop,
    window_days: windowDays,
    data_points: dataPoints,
    fatigued,
  };
}

function againstOwnBaseline(
  days: readonly { day: number; impressions: number; clicks: number }[],
  baselineSeries: readonly DailyDelivery[],
  rule: FatigueRule,
  lastDay: number,
  windowDays: number,
): FatigueAssessment {
  const recentFrom = lastDay - rule.window_days_min + 1;
  const recent = pool(days.filter((day) => day.day >= recentFrom));
  const baseline = pool(
    baselineSeries.map((day) => ({
      impressions: day.impressions,
      clicks: Math.min(day.clicks, day.impressions),
    })),
  );
  const drop = baseline.ctr > 0 ? (baseline.ctr - recent.ctr) / baseline.ctr : 0;
  const enoughData =
    days.length >= rule.min_data_points && windowDays >= rule.window_days_min && baseline.impressions > 0;
  return {
    baseline_ctr: baseline.ctr,
    recent_ctr: recent.ctr,
    drop,
    window_days: windowDays,
    data_points: days.length,
    fatigued:
      enoughData &&
      recent.impressions > 0 &&
      drop > rule.ctr_drop &&
      fallIsBeyondNoise(baseline, recent, rule.ctr_drop, FALSE_ALARM_RATE),
  };
}

interface Pooled {
  impressions: number;
  clicks: number;
  ctr: number;
}

function pool(days: readonly { impressions: number; clicks: number }[]): Pooled {
  const impressions = days.reduce((sum, day) => sum + day.impressions, 0);
  const clicks = days.reduce((sum, day) => sum + day.clicks, 0);
  return { impressions, clicks, ctr: impressions > 0 ? clicks / impressions : 0 };
}

function rollingPools(days: readonly { impressions: number; clicks: number }[], size: number): Pooled[] {
  if (size === 0) return [];
  return Array.from({ length: Math.max(0, days.length - size + 1) }, (_, start) =>
    pool(days.slice(start, start + size)),
  );
}

/**
 * One-sided test of "recent CTR ≥ baseline × (1 − drop / 2)": a fall to below halfway to the rule's
 * threshold, which a noisy day or two at low volume cannot fake. Variance of the recent CTR is taken
 * at the hypothesised rate (so zero recent clicks still has a variance).
 */
function fallIsBeyondNoise(baseline: Pooled, recent: Pooled, ctrDrop: number, alpha: number): boolean {
  const factor = 1 - ctrDrop / 2;
  const hypothesised = baseline.ctr * factor;
  const variance =
    (hypothesised * (1 - hypothesised)) / recent.impressions +
    (factor ** 2 * baseline.ctr * (1 - baseline.ctr)) / baseline.impressions;
  if (!(variance > 0)) return false;
  const z = (hypothesised - recent.ctr) / Math.sqrt(variance);
  return normalUpperTail(z) < alpha;
}

/** Numerical Recipes' Chebyshev fit of erfc (fractional error < 1.2e-7), lowest power first. */
const ERFC_COEFFICIENTS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
];

/** P(Z > z) for a standard normal. */
function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const polynomial = ERFC_COEFFICIENTS.reduceRight((sum, coefficient) => sum * t + coefficient, 0);
  const erfc = t * Math.exp(-x * x + polynomial);
  return z >= 0 ? 0.5 * erfc : 1 - 0.5 * erfc;
}

function assertRule(rule: FatigueRule): void {
  const { ctr_drop, window_days_min, window_days_max, min_data_points } = rule;
  if (!(ctr_drop > 0 && ctr_drop < 1))
    throw new RangeError(`ctr_drop must be between 0 and 1, got ${ctr_drop}`);
  if (!(Number.isInteger(window_days_min) && window_days_min >= 1 && Number.isInteger(window_days_max))) {
    throw new RangeError(`window_days_min and window_days_max must be whole days ≥ 1`);
  }
  if (window_days_max < window_days_min) {
    throw new RangeError(
      `window_days_max (${window_days_max}) is below window_days_min (${window_days_min})`,
    );
  }
  if (!(Number.isInteger(min_data_points) && min_data_points >= 1)) {
    throw new RangeError(`min_data_points must be a whole number ≥ 1, got ${min_data_points}`);
  }
}

function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  return time / MS_PER_DAY;
}
