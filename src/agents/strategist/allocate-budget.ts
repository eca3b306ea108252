import { formatAmount } from '../../proposal/format-amount.ts';
import type { BrandConfig, PlatformId } from '../../schemas/brand-config.ts';
import { splitByLargestRemainder } from './largest-remainder.ts';

export type Budget = BrandConfig['budget'];

/** DESIGN §5 guardrails: the month the optimiser plans with, the exploration share, the per-platform floor. */
export const DAYS_PER_MONTH = 30.4;
export const TEST_SHARE_BASIS_POINTS = 1500;
export const MIN_DAILY_PER_PLATFORM = 50;

const BASIS_POINTS = 10_000;

export interface BudgetLineRequest {
  platform: PlatformId;
  /** Relative weight, a whole number; shares follow from the weights of the platforms kept. */
  weight: number;
}

export interface AllocateBudgetOptions {
  monthlyTotal: number;
  currency?: string;
  /** Highest priority first: the last ones are dropped first when the budget is too small. */
  lines: readonly BudgetLineRequest[];
  testShareBasisPoints?: number;
  minDailyPerPlatform?: number;
}

export interface BudgetAllocation {
  budget: Budget;
  /** Platforms left out because the budget cannot fund them at the minimum daily spend. */
  dropped: PlatformId[];
  /** Plain sentences explaining drops and shortfalls, for the plan and the build context. */
  notes: string[];
}

/**
 * Turns platform weights into whole-dollar monthly lines that sum exactly to the total, with the
 * exploration share carved out of every line (Σ test = round(15% of total)). Platforms are dropped
 * from the lowest priority while any line would get less than the minimum daily spend, because a
 * starved campaign never leaves its learning phase; one platform always stays.
 *
 * @example allocateBudget({ monthlyTotal: 5000, lines: [{ platform: 'google', weight: 60 }, { platform: 'meta', weight: 40 }] })
 */
export function allocateBudget(options: AllocateBudgetOptions): BudgetAllocation {
  const settings = {
    currency: 'USD',
    testShareBasisPoints: TEST_SHARE_BASIS_POINTS,
    minDailyPerPlatform: MIN_DAILY_PER_PLATFORM,
    ...options,
  } satisfies Required<AllocateBudgetOptions>;
  const { monthlyTotal, lines } = settings;
  const formatMoney = (amount: number) => formatAmount(amount, settings.currency);
  if (!Number.isInteger(monthlyTotal) || monthlyTotal <= 0) {
    throw new Error(`monthly total must be a positive whole number, got ${monthlyTotal}`);
  }
  if (lines.length === 0) throw new Error('at least one platform is needed to allocate a budget');

  const minMonthly = Math.ceil(settings.minDailyPerPlatform * DAYS_PER_MONTH);
  let kept = [...lines];
  let split = splitLines(monthlyTotal, kept);
  while (kept.length > 1 && split.monthly.some((amount) => amount < minMonthly)) {
    kept = kept.slice(0, -1);
    split = splitLines(monthlyTotal, kept);
  }
  const dropped = lines.slice(kept.length).map((line) => line.platform);

  const testMonthly = roundHalfUp((monthlyTotal * settings.testShareBasisPoints) / BASIS_POINTS);
  const tests = splitByLargestRemainder(testMonthly, split.monthly);
  const allocation = kept.map((line, index) => {
    const monthly = split.monthly[index] ?? 0;
    const test = tests[index] ?? 0;
    return {
      platform: line.platform,
      share: (split.basisPoints[index] ?? 0) / BASIS_POINTS,
      monthly,
      core_monthly: monthly - test,
      test_monthly: test,
      daily: toCents(monthly / DAYS_PER_MONTH),
    };
  });

  const notes: string[] = [];
  if (dropped.length > 0) {
    notes.push(
      `Dropped ${dropped.join(', ')}: ${formatMoney(monthlyTotal)} a month cannot give every platform at least ` +
        `${formatMoney(settings.minDailyPerPlatform)} a day (${formatMoney(minMonthly)} a month), so the budget is concentrated ` +
        `on the higher-priority ${kept.map((line) => line.platform).join(', ')}.`,
    );
  }
  const short = allocation.filter((line) => line.monthly < minMonthly);
  for (const line of short) {
    notes.push(
      `${line.platform} gets ${formatMoney(line.monthly)} a month (about ${formatMoney(line.daily)} a day), below the ` +
        `${formatMoney(settings.minDailyPerPlatform)}/day minimum; expect slower learning until the budget grows.`,
    );
  }

  return {
    budget: {
      currency: settings.currency,
      monthly_total: monthlyTotal,
      daily_total: toCents(monthlyTotal / DAYS_PER_MONTH),
      test_allocation: { share: settings.testShareBasisPoints / BASIS_POINTS, monthly: testMonthly },
      allocation,
    },
    dropped,
    notes,
  };
}

function splitLines(total: number, lines: readonly BudgetLineRequest[]) {
  const basisPoints = splitByLargestRemainder(
    BASIS_POINTS,
    lines.map((line) => line.weight),
  );
  return { basisPoints, monthly: splitByLargestRemainder(total, basisPoints) };
}

// The numerator is a whole number over 10,000, so halves are exact in binary and round up as on paper.
function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5);
}

function toCents(value: number): number {
  return Math.round(value * 100) / 100;
}
