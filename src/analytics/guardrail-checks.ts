import type { Policy } from '../schemas/policy.ts';
import type { BudgetProposal, BudgetState, GuardrailRule } from './guardrails.ts';

export interface GuardrailViolation {
  rule: GuardrailRule;
  detail: string;
}

/** Budgets (dollars) and statuses after a decision; campaigns missing are taken as unchanged. */
export interface BudgetMove {
  budgets: Record<string, number>;
  statuses: Record<string, 'active' | 'paused'>;
}

/** Float noise in dollars. */
const TOLERANCE = 1e-6;

/**
 * Which guardrails a move from `state` to `after` breaks: an independent check of
 * `applyGuardrails` (it shares no code with it) and an audit for any decision. Works in dollars on
 * the plain definitions:
 *
 * - learning_phase: a campaign with days_live < learning_phase_days changed budget or status.
 * - pacing: the active total is above max(cap, current total − max shift), the cap being
 *   min(daily × (1 + alert_over), money left this month ÷ days left).
 * - platform_minimum: a platform with an active campaign has less than the minimum in total.
 * - exploration: an active campaign outside its learning phase has less than
 *   exploration_share × total ÷ active campaigns.
 * - max_shift: Σ increases or Σ decreases of the day's spend exceed max_shift × daily. When the
 *   current budgets break a hard constraint, a move may exceed it by what the smallest repair
 *   needs, computed here by linear programming (plus a cent or so per campaign for rounding).
 * - total (only when `proposal` is given): the active total is above both the current total and
 *   the least total that gives every campaign its proposed budget (unnamed ones their current)
 *   while meeting the floors.
 */
export function findGuardrailViolations(
  budget: Policy['budget'],
  state: BudgetState,
  after: BudgetMove,
  proposal?: BudgetProposal,
): GuardrailViolation[] {
  const rules = rulesOf(budget, state);
  const before = state.campaigns.map((campaign) => ({
    id: campaign.campaign_id,
    platform: campaign.platform,
    learning: campaign.days_live < budget.learning_phase_days,
    active: campaign.status === 'active',
    budget: campaign.daily_budget,
  }));
  const moved = before.map((campaign) => ({
    ...campaign,
    active: (after.statuses[campaign.id] ?? (campaign.active ? 'active' : 'paused')) === 'active',
    budget: after.budgets[campaign.id] ?? campaign.budget,
  }));
  const currentTotal = totalOf(before);
  const violations: GuardrailViolation[] = [];

  before.forEach((campaign, index) => {
    const next = moved[index]!;
    if (!campaign.learning) return;
    if (next.active !== campaign.active || Math.abs(next.budget - campaign.budget) > TOLERANCE) {
      violations.push({
        rule: 'learning_phase',
        detail: `${campaign.id} is in its learning phase but went from ${describe(campaign)} to ${describe(next)}`,
      });
    }
  });

  const capToday = Math.max(rules.cap, currentTotal - rules.shiftLimit);
  violations.push(...hardBreaches(rules, moved, capToday));

  const spendBefore = before.map((campaign) => (campaign.active ? campaign.budget : 0));
  const spendAfter = moved.map((campaign) => (campaign.active ? campaign.budget : 0));
  let up = 0;
  let down = 0;
  spendAfter.forEach((spend, index) => {
    const change = spend - spendBefore[index]!;
    if (change > 0) up += change;
    else down -= change;
  });
  if (up > rules.shiftLimit + TOLERANCE || down > rules.shiftLimit + TOLERANCE) {
    const stateIsFine = hardBreaches(rules, before, rules.cap).length === 0;
    let allowed = rules.shiftLimit;
    let reason = '';
    if (!stateIsFine) {
      const learningStatuses = before.map((campaign, index) =>
        campaign.learning ? campaign.active : moved[index]!.active,
      );
      const repair = Math.min(
        repairExcess(
          rules,
          before,
          before.map((campaign) => campaign.active),
          capToday,
        ),
        repairExcess(rules, before, learningStatuses, capToday),
      );
      allowed += repair + 0.01 * (3 * before.length + 3);
      reason = ` (the current budgets break a hard constraint; the repair may add ${dollars(repair)})`;
    }
    if (up > allowed + TOLERANCE || down > allowed + TOLERANCE) {
      violations.push({
        rule: 'max_shift',
        detail: `moved ${dollars(up)} up and ${dollars(down)} down; at most ${dollars(allowed)} each way${reason}`,
      });
    }
  }

  if (proposal) {
    const wishes = before.map((campaign) => {
      const asked = proposal.budgets[campaign.id];
      const valid = typeof asked === 'number' && Number.isFinite(asked) && asked >= 0;
      return valid && !campaign.learning ? asked : campaign.active ? campaign.budget : 0;
    });
    const statuses = before.map((campaign, index) =>
      campaign.learning ? campaign.active : moved[index]!.active,
    );
    const raised = leastTotalWith(rules, before, statuses, wishes);
    const executed = totalOf(moved);
    const bound = Math.max(currentTotal, raised) + 0.01 * (3 * before.length + 3);
    if (executed > bound + TOLERANCE) {
      violations.push({
        rule: 'total',
        detail:
          `the day's total ${dollars(executed)} is above both the current ${dollars(currentTotal)} and ` +
          `the ${dollars(raised)} the proposal needs with its floors`,
      });
    }
  }
  return violations;
}

interface Rules {
  cap: number;
  shiftLimit: number;
  platformMin: number;
  share: number;
}

interface Campaign {
  id: string;
  platform: string;
  learning: boolean;
  active: boolean;
  budget: number;
}

function rulesOf(budget: Policy['budget'], state: BudgetState): Rules {
  const daysLeft = Math.max(1, state.days_in_month - state.days_elapsed);
  const pace = Math.max(0, (budget.monthly_total - state.month_to_date_spend) / daysLeft);
  return {
    // In whole cents, rounded down: a budget cannot be a fraction of a cent under the pace.
    cap: Math.floor(Math.min(budget.daily_total * (1 + budget.pacing.alert_over), pace) * 100 + 1e-9) / 100,
    shiftLimit: budget.max_shift_per_cycle * budget.daily_total,
    platformMin: budget.per_platform_daily_min,
    share: budget.exploration_share,
  };
}

/** The hard constraints that do not depend on the move: pacing, platform minimum, exploration. */
function hardBreaches(rules: Rules, campaigns: Campaign[], cap: number): GuardrailViolation[] {
  const breaches: GuardrailViolation[] = [];
  const active = campaigns.filter((campaign) => campaign.active);
  const total = totalOf(campaigns);
  if (total > cap + TOLERANCE) {
    breaches.push({ rule: 'pacing', detail: `the day's total ${dollars(total)} is above ${dollars(cap)}` });
  }
  const platforms = new Map<string, number>();
  for (const campaign of active) {
    platforms.set(campaign.platform, (platforms.get(campaign.platform) ?? 0) + campaign.budget);
  }
  for (const [platform, spend] of platforms) {
    if (spend < rules.platformMin - TOLERANCE) {
      breaches.push({
        rule: 'platform_minimum',
        detail: `${platform} has ${dollars(spend)} a day, under the ${dollars(rules.platformMin)} minimum`,
      });
    }
  }
  const floor = active.length > 0 ? (rules.share * total) / active.length : 0;
  for (const campaign of active) {
    if (!campaign.learning && campaign.budget < floor - TOLERANCE) {
      breaches.push({
        rule: 'exploration',
        detail: `${campaign.id} has ${dollars(campaign.budget)} a day, under the exploration floor of ${dollars(floor)}`,
      });
    }
  }
  return breaches;
}

/**
 * The least amount beyond the shift limit that some move from the current budgets to `statuses`
 * meeting every hard constraint needs (Infinity when none meets them). As a linear programme over
 * the free budgets x, increases u, decreases v and the excess t: minimise t subject to the floors,
 * the platform minimums, the cap, u ≥ x − current, v ≥ current − x, Σu ≤ limit + t and
 * Σv + (spend of campaigns paused) ≤ limit + t.
 */
function repairExcess(rules: Rules, campaigns: Campaign[], statuses: boolean[], cap: number): number {
  const shape = shapeOf(rules, campaigns, statuses);
  const size = shape.free.length;
  const width = 3 * size + 1;
  const row = (entries: [number, number][]) => {
    const coefficients = new Array<number>(width).fill(0);
    for (const [column, value] of entries) coefficients[column] = (coefficients[column] ?? 0) + value;
    return coefficients;
  };
  const constraints: Constraint[] = [...shape.floorRows(width)];
  constraints.push({
    coefficients: row(shape.free.map((_, position) => [position, 1])),
    relation: '<=',
    bound: cap - shape.learningSpend,
  });
  shape.free.forEach((campaign, position) => {
    const current = campaign.active ? campaign.budget : 0;
    constraints.push({
      coefficients: row([
        [size + position, 1],
        [position, -1],
      ]),
      relation: '>=',
      bound: -current,
    });
    constraints.push({
      coefficients: row([
        [2 * size + position, 1],
        [position, 1],
      ]),
      relation: '>=',
      bound: current,
    });
  });
  constraints.push({
    coefficients: row([
      ...shape.free.map((_, position): [number, number] => [size + position, 1]),
      [3 * size, -1],
    ]),
    relation: '<=',
    bound: rules.shiftLimit,
  });
  constraints.push({
    coefficients: row([
      ...shape.free.map((_, position): [number, number] => [2 * size + position, 1]),
      [3 * size, -1],
    ]),
    relation: '<=',
    bound: rules.shiftLimit - shape.pausedSpend,
  });
  const objective = row([[3 * size, 1]]);
  return minimise(objective, constraints) ?? Number.POSITIVE_INFINITY;
}

/** The least day total meeting the floors with every free campaign at least at its wish. */
function leastTotalWith(rules: Rules, campaigns: Campaign[], statuses: boolean[], wishes: number[]): number {
  const shape = shapeOf(rules, campaigns, statuses);
  const width = shape.free.length;
  const constraints: Constraint[] = [...shape.floorRows(width)];
  shape.free.forEach((campaign, position) => {
    const coefficients = new Array<number>(width).fill(0);
    coefficients[position] = 1;
    constraints.push({ coefficients, relation: '>=', bound: wishes[campaigns.indexOf(campaign)]! });
  });
  const least = minimise(new Array<number>(width).fill(1), constraints);
  return (least ?? Number.POSITIVE_INFINITY) + shape.learningSpend;
}

/** The free campaigns of a choice of statuses, and the floor and platform rows over their budgets. */
function shapeOf(rules: Rules, campaigns: Campaign[], statuses: boolean[]) {
  const active = campaigns.filter((_, index) => statuses[index]);
  const free = active.filter((campaign) => !campaign.learning);
  const learning = active.filter((campaign) => campaign.learning);
  const learningSpend = totalOf(learning);
  const pausedSpend = campaigns
    .filter((campaign, index) => campaign.active && !statuses[index])
    .reduce((total, campaign) => total + campaign.budget, 0);
  const floorRows = (width: number): Constraint[] => {
    const rows: Constraint[] = [];
    // Exploration: count · x_c − share · Σx ≥ share · learning spend.
    free.forEach((_, position) => {
      const coefficients = new Array<number>(width).fill(0);
      free.forEach((__, other) => {
        coefficients[other] = -rules.share;
      });
      coefficients[position] = active.length - rules.share;
      rows.push({ coefficients, relation: '>=', bound: rules.share * learningSpend });
    });
    for (const platform of new Set(active.map((campaign) => campaign.platform))) {
      const coefficients = new Array<number>(width).fill(0);
      free.forEach((campaign, position) => {
        if (campaign.platform === platform) coefficients[position] = 1;
      });
      const learningHere = totalOf(learning.filter((campaign) => campaign.platform === platform));
      rows.push({ coefficients, relation: '>=', bound: rules.platformMin - learningHere });
    }
    return rows;
  };
  return { free, learningSpend, pausedSpend, floorRows };
}

interface Constraint {
  coefficients: number[];
  relation: '<=' | '>=' | '=';
  bound: number;
}

/**
 * Minimises objective · x subject to the constraints and x ≥ 0; null when infeasible, -Infinity when
 * unbounded. A dense two-phase simplex with Bland's rule (no cycling); sizes here are tiny.
 */
function minimise(objective: number[], constraints: Constraint[]): number | null {
  const epsilon = 1e-9;
  const variables = objective.length;
  const rows = constraints.map((constraint) =>
    constraint.bound < 0
      ? {
          coefficients: constraint.coefficients.map((value) => -value),
          relation: constraint.relation === '<=' ? '>=' : constraint.relation === '>=' ? '<=' : '=',
          bound: -constraint.bound,
        }
      : constraint,
  );
  let width = variables;
  const slackOf = rows.map((row) => (row.relation === '=' ? -1 : width++));
  const artificialOf = rows.map((row) => (row.relation === '<=' ? -1 : width++));
  const artificial = new Set(artificialOf.filter((column) => column >= 0));
  const table = rows.map((row, index) => {
    const line = new Array<number>(width + 1).fill(0);
    row.coefficients.forEach((value, column) => {
      line[column] = value;
    });
    if (slackOf[index]! >= 0) line[slackOf[index]!] = row.relation === '<=' ? 1 : -1;
    if (artificialOf[index]! >= 0) line[artificialOf[index]!] = 1;
    line[width] = row.bound;
    return line;
  });
  const basis = rows.map((row, index) => (row.relation === '<=' ? slackOf[index]! : artificialOf[index]!));

  const pivot = (pivotRow: number, column: number) => {
    const line = table[pivotRow]!;
    const scale = line[column]!;
    for (let j = 0; j <= width; j += 1) line[j]! /= scale;
    table.forEach((other, index) => {
      if (index === pivotRow) return;
      const factor = other[column]!;
      if (factor === 0) return;
      for (let j = 0; j <= width; j += 1) other[j]! -= factor * line[j]!;
    });
    basis[pivotRow] = column;
  };

  const run = (cost: number[], allowed: (column: number) => boolean): number => {
    for (let iteration = 0; iteration < 50_000; iteration += 1) {
      let entering = -1;
      for (let column = 0; column < width && entering < 0; column += 1) {
        if (!allowed(column) || basis.includes(column)) continue;
        let reduced = cost[column] ?? 0;
        table.forEach((line, index) => {
          reduced -= (cost[basis[index]!] ?? 0) * line[column]!;
        });
        if (reduced < -epsilon) entering = column;
      }
      if (entering < 0) break;
      let leaving = -1;
      let best = Number.POSITIVE_INFINITY;
      table.forEach((line, index) => {
        if (line[entering]! <= epsilon) return;
        const ratio = line[width]! / line[entering]!;
        if (
          ratio < best - epsilon ||
          (Math.abs(ratio - best) <= epsilon && basis[index]! < basis[leaving]!)
        ) {
          best = ratio;
          leaving = index;
        }
      });
      if (leaving < 0) return Number.NEGATIVE_INFINITY;
      pivot(leaving, entering);
    }
    return table.reduce((total, line, index) => total + (cost[basis[index]!] ?? 0) * line[width]!, 0);
  };

  if (artificial.size > 0) {
    const cost = new Array<number>(width).fill(0);
    for (const column of artificial) cost[column] = 1;
    const infeasibility = run(cost, () => true);
    const scale = 1 + rows.reduce((total, row) => total + Math.abs(row.bound), 0);
    if (infeasibility > 1e-9 * scale) return null;
    basis.forEach((column, index) => {
      if (!artificial.has(column)) return;
      const line = table[index]!;
      for (let j = 0; j < width; j += 1) {
        if (!artificial.has(j) && Math.abs(line[j]!) > epsilon) {
          pivot(index, j);
          return;
        }
      }
    });
  }
  return run(objective, (column) => !artificial.has(column));
}

function totalOf(campaigns: readonly { active: boolean; budget: number }[]): number {
  return campaigns.reduce((total, campaign) => total + (campaign.active ? campaign.budget : 0), 0);
}

function describe(campaign: { active: boolean; budget: number }): string {
  return `${dollars(campaign.budget)} ${campaign.active ? 'active' : 'paused'}`;
}

function dollars(amount: number): string {
  return `$${amount.toFixed(2)}`;
}
