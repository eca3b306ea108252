import { BRAND_CONFIG, BUDGET_ALLOCATION } from '../qa-artifacts.ts';
import { type QaContext, rawJson } from '../qa-context.ts';
import { checkOf, notAvailable, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

type Loose = Record<string, unknown>;

const LINE_FIELDS = ['share', 'monthly', 'core_monthly', 'test_monthly', 'daily'] as const;
const TOTAL_FIELDS = ['currency', 'monthly_total', 'daily_total'] as const;

/**
 * Money must agree everywhere: each budget adds up to its monthly total, and the budget allocation
 * file says what brand-config.json says. Read from the raw JSON, so a file whose schema check fails
 * still gets the plain arithmetic explained.
 */
export function checkBudget(context: QaContext): QaCheck[] {
  const { slug } = context;
  const configBudget = asObject(asObject(rawJson(context, BRAND_CONFIG))?.budget);
  const fileBudget = asObject(rawJson(context, BUDGET_ALLOCATION));

  const sums: string[] = [];
  if (configBudget) sums.push(...sumProblems(configBudget).map((what) => problem(slug, BRAND_CONFIG, what)));
  if (fileBudget) sums.push(...sumProblems(fileBudget).map((what) => problem(slug, BUDGET_ALLOCATION, what)));

  return [
    checkOf(
      'budget-sums',
      'Budget allocations add up to the monthly total',
      'blocking',
      configBudget || fileBudget ? sums : notAvailable(BRAND_CONFIG, 'missing'),
    ),
    checkOf(
      'budget-agreement',
      `${BUDGET_ALLOCATION} equals the budget of ${BRAND_CONFIG}`,
      'blocking',
      !configBudget
        ? notAvailable(BRAND_CONFIG, 'missing')
        : !fileBudget
          ? notAvailable(BUDGET_ALLOCATION, context.files[BUDGET_ALLOCATION] ? 'invalid' : 'missing')
          : agreementProblems(configBudget, fileBudget).map((what) => problem(slug, BUDGET_ALLOCATION, what)),
    ),
  ];
}

function sumProblems(budget: Loose): string[] {
  const problems: string[] = [];
  const total = budget.monthly_total;
  const lines = lineList(budget);
  if (typeof total !== 'number') return ['budget has no numeric monthly_total'];
  if (lines.length === 0) return ['budget has no allocation lines'];
  const sum = lines.reduce((acc, line) => acc + num(line.monthly), 0);
  if (sum !== total) {
    problems.push(
      `budget allocation sums to ${sum}, not the monthly total ${total} (lines: ${lines
        .map((line) => `${String(line.platform)} ${num(line.monthly)}`)
        .join(', ')})`,
    );
  }
  for (const line of lines) {
    const monthly = num(line.monthly);
    const parts = num(line.core_monthly) + num(line.test_monthly);
    if (parts !== monthly) {
      problems.push(
        `budget line ${String(line.platform)}: core + test = ${parts}, not its monthly ${monthly}`,
      );
    }
  }
  const shares = lines.reduce((acc, line) => acc + num(line.share), 0);
  if (Math.abs(shares - 1) > 1e-6) problems.push(`budget line shares sum to ${round(shares)}, not 1`);
  const test = asObject(budget.test_allocation);
  const testSum = lines.reduce((acc, line) => acc + num(line.test_monthly), 0);
  if (test && typeof test.monthly === 'number' && test.monthly !== testSum) {
    problems.push(`test lines sum to ${testSum}, not the test allocation ${test.monthly}`);
  }
  return problems;
}

function agreementProblems(config: Loose, file: Loose): string[] {
  const problems: string[] = [];
  for (const field of TOTAL_FIELDS) {
    if (config[field] !== file[field]) {
      problems.push(`${field} is ${show(file[field])} but brand-config.json says ${show(config[field])}`);
    }
  }
  const configTest = asObject(config.test_allocation);
  const fileTest = asObject(file.test_allocation);
  if (configTest?.monthly !== fileTest?.monthly || configTest?.share !== fileTest?.share) {
    problems.push('test_allocation differs from brand-config.json');
  }
  const configLines = lineList(config);
  const fileLines = lineList(file);
  for (const line of configLines) {
    const other = fileLines.find((candidate) => candidate.platform === line.platform);
    if (!other) {
      problems.push(`has no line for ${String(line.platform)}, which brand-config.json funds`);
      continue;
    }
    for (const field of LINE_FIELDS) {
      if (line[field] !== other[field]) {
        problems.push(
          `${String(line.platform)} ${field} is ${show(other[field])} but brand-config.json says ${show(line[field])}`,
        );
      }
    }
  }
  for (const line of fileLines) {
    if (!configLines.some((candidate) => candidate.platform === line.platform)) {
      problems.push(`has a line for ${String(line.platform)}, which brand-config.json does not fund`);
    }
  }
  return problems;
}

function lineList(budget: Loose): Loose[] {
  return Array.isArray(budget.allocation)
    ? budget.allocation.map(asObject).filter((line): line is Loose => line !== null)
    : [];
}

function asObject(value: unknown): Loose | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : null;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function show(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}
