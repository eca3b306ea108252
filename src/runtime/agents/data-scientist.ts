import { type CurvePosterior, fitResponseCurve } from '../../analytics/fit-response-curve.ts';
import { optimiseAllocation } from '../../analytics/optimise-allocation.ts';
import { daysBetween } from '../../calendar/calendar-days.ts';
import type { BudgetSituation } from './budget-situation.ts';

/**
 * The Data Scientist (DESIGN §5): fits each campaign's response curve (spend → conversions, or
 * revenue for an online store) from observed days, with its uncertainty, and finds the allocation
 * that maximises the expected result at equal marginal return. It computes; it does not decide.
 */

export const DATA_SCIENTIST_MODEL = 'hill-grid-posterior-v1';

/**
 * Share of a day's conversions already reported, by the day's age (1 = yesterday): platforms
 * report conversions under the click day and most arrive within three days. Recent days are
 * scaled up by it and weighted down, so a half-reported yesterday does not look like a bad day.
 */
const REPORTED_BY_AGE = [0.5, 0.75, 0.9, 0.95, 0.98];

export interface FittedCampaign {
  campaign_id: string;
  posterior: CurvePosterior;
  /** Revenue per conversion (1 when optimising conversions). */
  value_per_conversion: number;
  data_points: number;
}

export function fitCampaignCurves(
  situation: BudgetSituation,
  objective: 'conversions' | 'revenue',
): Map<string, FittedCampaign> {
  const fitted = new Map<string, FittedCampaign>();
  for (const campaign of situation.campaigns) {
    const days = situation.history.filter((row) => row.campaign_id === campaign.campaign_id && row.spend > 0);
    if (days.length === 0) continue;
    const points = days.map((row) => {
      const age = daysBetween(row.date, situation.as_of);
      const reported = REPORTED_BY_AGE[age - 1] ?? 1;
      return { spend: row.spend, conversions: row.conversions / reported, weight: reported };
    });
    const spends = points.map((point) => point.spend).sort((a, b) => a - b);
    const median = spends[Math.floor(spends.length / 2)] ?? campaign.daily_budget;
    const conversions = days.reduce((sum, row) => sum + row.conversions, 0);
    const revenue = days.reduce((sum, row) => sum + row.revenue, 0);
    fitted.set(campaign.campaign_id, {
      campaign_id: campaign.campaign_id,
      posterior: fitResponseCurve(points, { prior: { halfMedian: Math.max(median, 1) } }),
      value_per_conversion: objective === 'revenue' && conversions > 0 ? revenue / conversions : 1,
      data_points: points.length,
    });
  }
  return fitted;
}

/** Expected value per day of a budget under a fitted curve (conversions, or revenue). */
export function expectedValue(fitted: FittedCampaign | undefined, spend: number): number {
  if (!fitted || spend <= 0) return 0;
  return fitted.posterior.expectedAt(spend) * fitted.value_per_conversion;
}

export interface AllocationBounds {
  campaign_id: string;
  platform: string;
  min: number;
  max: number;
}

/**
 * The allocation of `total` over `bounds` that maximises expected value at equal marginal return,
 * with each platform's campaigns together at least `platformMinimum`. A campaign without data is
 * held where it is (min = max = its budget) by the caller.
 */
export function allocateAtEqualMarginalReturn(
  fitted: Map<string, FittedCampaign>,
  bounds: AllocationBounds[],
  total: number,
  platformMinimum: number,
): Record<string, number> {
  if (bounds.length === 0) return {};
  const platforms = new Set(bounds.map((bound) => bound.platform));
  const groupMinimums = Object.fromEntries([...platforms].map((platform) => [platform, platformMinimum]));
  const result = optimiseAllocation({
    total,
    items: bounds.map((bound) => {
      const curve = fitted.get(bound.campaign_id);
      const value = curve?.value_per_conversion ?? 1;
      return {
        id: bound.campaign_id,
        group: bound.platform,
        min: bound.min,
        max: bound.max,
        expected: (spend: number) => (curve ? curve.posterior.expectedAt(spend) * value : 0),
        marginal: (spend: number) => (curve ? curve.posterior.marginalAt(spend) * value : 0),
      };
    }),
    groupMinimums,
  });
  return result.allocation;
}

/** A short, serialisable view of the fitted curves for the decision ledger. */
export function describeCurves(fitted: Map<string, FittedCampaign>, budgets: Record<string, number>) {
  return [...fitted.values()].map((curve) => {
    const spend = budgets[curve.campaign_id] ?? 0;
    const interval = curve.posterior.interval(spend);
    const marginal = curve.posterior.marginalAt(spend) * curve.value_per_conversion;
    return {
      campaign_id: curve.campaign_id,
      data_points: curve.data_points,
      r_squared: round(curve.posterior.rSquared, 3),
      expected_at_budget: round(curve.posterior.expectedAt(spend) * curve.value_per_conversion, 2),
      interval_80: [
        round(interval.low * curve.value_per_conversion, 2),
        round(interval.high * curve.value_per_conversion, 2),
      ],
      marginal_cost_per_result: marginal > 0 ? round(1 / marginal, 2) : null,
    };
  });
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
