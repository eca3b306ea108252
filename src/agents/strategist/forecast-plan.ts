import { type ForecastResult, forecastResults } from '../../analytics/forecast-results.ts';
import { AD_MARKET_ASSUMPTIONS, PLATFORM_BENCHMARKS } from '../../knowledge/platform-benchmarks.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import { type BusinessModel, conversionKindOf } from '../../schemas/business-model.ts';
import { DAYS_PER_MONTH } from './allocate-budget.ts';

type Budget = BrandConfig['budget'];
type PrimaryKpi = BrandConfig['campaign_goals']['primary_kpi'];
export type ForecastResultKind = NonNullable<Budget['forecast']>['result'];

/** The share of outcomes the plan's ranges hold: 49 months in 50 land inside. */
export const FORECAST_COVERAGE = 0.98;

/**
 * The month's clicks, results and cost per result for each budget line and for the whole budget, as
 * ranges from the platform benchmarks and spread the sandbox market draws its campaigns from. The
 * whole spend counts: the test share buys clicks and results too.
 */
export function forecastPlan(budget: Budget, businessModel: BusinessModel): ForecastResult {
  return forecastResults({
    lines: budget.allocation.map((line) => ({
      id: line.platform,
      benchmark: PLATFORM_BENCHMARKS[line.platform],
      spend: line.monthly,
    })),
    conversionKind: conversionKindOf(businessModel),
    assumptions: AD_MARKET_ASSUMPTIONS,
    coverage: FORECAST_COVERAGE,
  });
}

/** What one result is: an online store's purchase, a booking business's booking, everyone else's lead. */
export function forecastResultKind(businessModel: BusinessModel, primaryKpi: PrimaryKpi): ForecastResultKind {
  if (conversionKindOf(businessModel) === 'sales') return 'purchase';
  return primaryKpi === 'cost_per_booking' ? 'booking' : 'lead';
}

/** The budget with its forecast written in: each line's and the whole month's. */
export function withForecast(budget: Budget, forecast: ForecastResult, result: ForecastResultKind): Budget {
  return {
    ...budget,
    allocation: budget.allocation.map((line) => {
      const figures = forecast.lines[line.platform];
      return figures ? { ...line, forecast: figures } : line;
    }),
    forecast: { ...forecast.total, result, coverage: FORECAST_COVERAGE, days: DAYS_PER_MONTH },
  };
}
