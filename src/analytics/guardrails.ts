import type { Policy } from '../schemas/policy.ts';
import { formatMoney } from '../text/format-money.ts';

export { findGuardrailViolations } from './guardrail-checks.ts';

/**
 * The budget guardrails of `automation/policy.json` (DESIGN §5), applied last to every budget
 * decision, whoever proposed it: an optimiser, a rule, a language model or a person approving.
 * Numbers are the policy's; defaults in parentheses.
 *
 * - learning_phase: a campaign with `days_live < learning_phase_days` (7) keeps its budget and its
 *   status, whatever the proposal.
 * - pacing: the day's cap is min(daily_total × (1 + alert_over), max(0, money left this month ÷ days
 *   left including today)). The executed total of active campaigns stays ≤ the cap, except that a
 *   cut is limited by max_shift: ≤ max(cap, current total − max_shift_per_cycle × daily_total).
 * - total: the proposal's total (campaigns it does not name at their current budgets) is raised only
 *   by what the floors below force, and scaled down to the cap. Campaigns the proposal names absorb
 *   the change first; the others keep their budgets unless that is not enough.
 * - platform_minimum: every platform with an active campaign gets ≥ per_platform_daily_min (50) a
 *   day across its active campaigns; a shortfall raises its lowest campaigns to a common level.
 * - exploration: every active campaign outside its learning phase gets ≥ exploration_share (0.15) ×
 *   the day's total ÷ the number of active campaigns. A paused campaign has no floor, so a
 *   proposal of 0 (an explicit pause) is allowed.
 * - max_shift: Σ increases and Σ decreases of the day's spend (new − current; pausing is a decrease,
 *   resuming an increase) are each ≤ max_shift_per_cycle (0.30) × daily_total.
 *
 * How a decision is made, in cents:
 * 1. Status changes (pause, resume) are executed whole or not at all: all together when they fit
 *    the shift limit, else one by one (pauses first), keeping those that fit.
 * 2. The target is the proposal corrected by the hard constraints (learning phase, floors, cap).
 * 3. The budgets move from the current ones toward the target as far as max_shift allows (the
 *    largest λ of current + λ·(target − current)), then are rounded to cents in a way that keeps
 *    every floor and the cap.
 * 4. When the current budgets themselves break a hard constraint, the hard constraints win: the move
 *    starts from the smallest repair (least money moved either way), and may exceed max_shift only by
 *    what that repair needs; the max_shift check says so.
 * 5. When the hard constraints cannot all be met, neither with the current statuses nor with the
 *    proposal's, nothing changes and the result is blocked, with a check naming the conflict.
 *
 * Proposal entries that name no campaign of the state, or hold something other than a number ≥ 0,
 * are ignored and listed in the total check.
 */
export function applyGuardrails(
  budget: Policy['budget'],
  state: BudgetState,
  proposal: BudgetProposal,
): GuardrailResult {
  const day = readDay(budget, state, proposal);
  const now = day.lines.map((line) => line.active);
  const wanted = day.lines.map((line) =>
    line.learning || line.asked === null ? line.active : line.asked > 0,
  );
  const changes = day.lines
    .map((line, index) => ({ index, pause: line.active }))
    .filter(({ index }) => wanted[index] !== now[index])
    .sort((a, b) => Number(b.pause) - Number(a.pause) || a.index - b.index)
    .map(({ index }) => index);

  const plans = new Map<string, Planned>();
  const planOf = (active: boolean[]): Planned => {
    const key = active.map(Number).join('');
    let planned = plans.get(key);
    if (!planned) {
      planned = planFor(day, active);
      plans.set(key, planned);
    }
    return planned;
  };

  const base = planOf(now);
  let chosen: Planned = base;
  if (base.ok && changes.length > 0) {
    const acceptable = (planned: Planned): planned is Planned & { ok: true } =>
      planned.ok && planned.plan.excess <= base.plan.excess + EPS;
    const full = planOf(wanted);
    if (acceptable(full)) chosen = full;
    else {
      const active = [...now];
      for (const index of changes) {
        const candidate = active.map((value, position) => (position === index ? !value : value));
        const planned = planOf(candidate);
        if (acceptable(planned)) {
          active[index] = candidate[index]!;
          chosen = planned;
        }
      }
    }
  } else if (!base.ok && changes.length > 0) {
    const pausesOnly = now.map((value, index) => (changes.includes(index) && value ? false : value));
    chosen = [planOf(wanted), planOf(pausesOnly)].find((planned) => planned.ok) ?? base;
  }

  if (!chosen.ok) {
    const tried = changes.length > 0 ? '; the statuses the proposal asks for do not resolve it either' : '';
    return blockedResult(state, day, { ...chosen, detail: chosen.detail + tried });
  }
  const plan = chosen.plan;
  const values = execute(day, plan);
  const declined = changes.filter((index) => plan.active[index] === now[index]);
  return resultOf(day, plan, values, declined);
}

export type GuardrailRule =
  | 'total'
  | 'pacing'
  | 'learning_phase'
  | 'platform_minimum'
  | 'exploration'
  | 'max_shift';

export interface GuardrailCampaign {
  campaign_id: string;
  platform: string;
  status: 'active' | 'paused';
  daily_budget: number;
  days_live: number;
}

export interface BudgetState {
  /** Local date the decision is for. */
  as_of: string;
  month_to_date_spend: number;
  /** Days of this month before today. */
  days_elapsed: number;
  days_in_month: number;
  campaigns: GuardrailCampaign[];
}

/**
 * Target daily budget per campaign id; 0 means pause it; a positive budget for a paused campaign
 * resumes it. Campaigns missing keep their current budget.
 */
export interface BudgetProposal {
  budgets: Record<string, number>;
}

export interface GuardrailCheck {
  rule: GuardrailRule;
  outcome: 'passed' | 'adjusted' | 'blocked';
  /** Plain words with the numbers. */
  detail: string;
}

export interface GuardrailResult {
  blocked: boolean;
  /** Every campaign of the state, in dollars rounded to the cent (learning-phase and untouched paused campaigns as they were). */
  budgets: Record<string, number>;
  statuses: Record<string, 'active' | 'paused'>;
  /** Executed total of the active campaigns. */
  dayTotal: number;
  checks: GuardrailCheck[];
}

/** Float noise, in cents: far below a cent, far above rounding error. */
const EPS = 1e-7;

/** A campaign as the guardrails see it; money in cents. */
interface Line {
  id: string;
  platform: string;
  learning: boolean;
  daysLive: number;
  active: boolean;
  /** Daily budget in the state, in cents and as given (dollars). */
  budget: number;
  dollars: number;
  /** What it spends today if nothing changes: its budget when active, else 0. */
  spend: number;
  /** The proposal's budget in whole cents; null when the proposal does not name it. */
  asked: number | null;
}

interface Day {
  lines: Line[];
  daily: number;
  shiftShare: number;
  /** Largest sum of increases (and of decreases) in one cycle. */
  limit: number;
  platformMin: number;
  share: number;
  learningDays: number;
  alertOver: number;
  ceiling: number;
  left: number;
  daysLeft: number;
  pace: number;
  cap: number;
  /** The current total of active campaigns. */
  current: number;
  /** The cap as enforced today: a cut is limited by max_shift. */
  capToday: number;
  ignored: string[];
}

/** Campaigns of one platform whose budgets may change, and the least they must add up to. */
interface Group {
  platform: string;
  /** Positions in `Plan.free`. */
  members: number[];
  need: number;
  learningSpend: number;
}

/** Everything fixed once the statuses after the decision are chosen. */
interface Plan {
  active: boolean[];
  /** Indices of the lines active after the decision and outside their learning phase. */
  free: number[];
  /** Active campaigns after the decision. */
  count: number;
  /** Daily budgets of the active campaigns in their learning phase. */
  learningSpend: number;
  /** Spend of the campaigns this decision pauses. */
  pausedSpend: number;
  share: number;
  groups: Group[];
  /** Current spend of each free campaign (0 for one being resumed). */
  spends: number[];
  desires: number[];
  named: boolean[];
  /** Least and most the free campaigns may spend together today. */
  least: number;
  most: number;
  target: number[];
  start: number[];
  /** How far the start (the repair) exceeds the shift limit; 0 when the current budgets are fine. */
  excess: number;
}

type Planned = { ok: true; plan: Plan } | { ok: false; rule: GuardrailRule; detail: string };

function readDay(budget: Policy['budget'], state: BudgetState, proposal: BudgetProposal): Day {
  const known = new Set(state.campaigns.map((campaign) => campaign.campaign_id));
  const asked = new Map<string, number>();
  const ignored: string[] = [];
  for (const [id, value] of Object.entries(proposal.budgets)) {
    if (!known.has(id)) ignored.push(`${id} is not a campaign of this account`);
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      ignored.push(`${id}: ${String(value)} is not a daily budget`);
    } else asked.set(id, Math.round(value * 100 + 1e-9));
  }
  const lines = state.campaigns.map((campaign): Line => {
    const active = campaign.status === 'active';
    const budgetCents = centsOf(campaign.daily_budget);
    return {
      id: campaign.campaign_id,
      platform: campaign.platform,
      learning: campaign.days_live < budget.learning_phase_days,
      daysLive: campaign.days_live,
      active,
      budget: budgetCents,
      dollars: campaign.daily_budget,
      spend: active ? budgetCents : 0,
      asked: asked.get(campaign.campaign_id) ?? null,
    };
  });
  const daily = budget.daily_total * 100;
  const limit = budget.max_shift_per_cycle * daily;
  const ceiling = daily * (1 + budget.pacing.alert_over);
  const daysLeft = Math.max(1, state.days_in_month - state.days_elapsed);
  const left = (budget.monthly_total - state.month_to_date_spend) * 100;
  const pace = Math.max(0, left / daysLeft);
  // Budgets are whole cents, so is the cap: rounded down, never a fraction of a cent above the pace.
  const cap = Math.floor(Math.min(ceiling, pace) + 1e-9);
  const current = sum(lines.map((line) => line.spend));
  return {
    lines,
    daily,
    shiftShare: budget.max_shift_per_cycle,
    limit,
    platformMin: budget.per_platform_daily_min * 100,
    share: budget.exploration_share,
    learningDays: budget.learning_phase_days,
    alertOver: budget.pacing.alert_over,
    ceiling,
    left,
    daysLeft,
    pace,
    cap,
    current,
    capToday: Math.max(cap, current - limit),
    ignored,
  };
}

/** Dollars to cents, snapping float noise (12.34 × 100 = 1233.9999…) to the whole cent. */
function centsOf(dollars: number): number {
  const cents = dollars * 100;
  const whole = Math.round(cents);
  return Math.abs(cents - whole) < 1e-6 ? whole : cents;
}

// ── The hard constraints for one choice of statuses ─────────────────────────────────────────────

function planFor(day: Day, active: boolean[]): Planned {
  const free: number[] = [];
  const learningByPlatform = new Map<string, number>();
  const platforms = new Map<string, number[]>();
  let count = 0;
  let learningSpend = 0;
  let pausedSpend = 0;
  day.lines.forEach((line, index) => {
    if (!active[index]) {
      pausedSpend += line.spend;
      return;
    }
    count += 1;
    if (!platforms.has(line.platform)) platforms.set(line.platform, []);
    if (line.learning) {
      learningSpend += line.budget;
      learningByPlatform.set(line.platform, (learningByPlatform.get(line.platform) ?? 0) + line.budget);
    } else {
      platforms.get(line.platform)!.push(free.length);
      free.push(index);
    }
  });

  const groups: Group[] = [];
  for (const [platform, members] of platforms) {
    const learning = learningByPlatform.get(platform) ?? 0;
    if (members.length === 0) {
      if (learning < day.platformMin - EPS) {
        const names = day.lines
          .filter((line, index) => active[index] && line.platform === platform)
          .map((line) => `${line.id} ${money(line.budget)}`)
          .join(', ');
        return {
          ok: false,
          rule: 'platform_minimum',
          detail:
            `${platform} has only campaigns in their learning phase (${names}), ${money(learning)} a day, ` +
            `below the ${money(day.platformMin)} platform minimum, and they may not change yet`,
        };
      }
      continue;
    }
    const need = Math.max(0, Math.ceil(day.platformMin - learning - EPS));
    groups.push({ platform, members, need, learningSpend: learning });
  }

  const most = Math.floor(day.capToday - learningSpend + 1e-6);
  const spends = free.map((index) => day.lines[index]!.spend);
  const frame = { count, learningSpend, share: day.share, groups, most, free };
  if (most < 0) {
    return {
      ok: false,
      rule: 'learning_phase',
      detail:
        `campaigns in their learning phase spend ${money(learningSpend)} a day, above the day's cap of ` +
        `${money(day.capToday)}, and may not change yet`,
    };
  }
  const least = free.length === 0 ? 0 : leastFixedPoint((total) => needAt(frame, total));
  if (least === null) {
    return {
      ok: false,
      rule: 'exploration',
      detail: `the exploration floors (${percent(day.share)} shared by ${count} active campaigns) cannot all be met`,
    };
  }
  if (least > most) {
    return {
      ok: false,
      rule: 'pacing',
      detail:
        `the platform minimums (${money(day.platformMin)} for each of ${platforms.size} active platforms) ` +
        `and exploration floors (${percent(day.share)} shared by ${count} active campaigns) need ` +
        `${money(least + learningSpend)} a day, above the day's cap of ${money(day.capToday)}`,
    };
  }

  const named = free.map((index) => day.lines[index]!.asked !== null);
  const desires = free.map((index) => day.lines[index]!.asked ?? Math.round(day.lines[index]!.spend));
  const base = { ...frame, active, pausedSpend, spends, desires, named, least };
  const target = targetOf(day, base);
  const targetShift = worstShift(base, target);
  let start = target;
  if (targetShift > day.limit + EPS) {
    const repair = repairOf(base, sum(target));
    if (worstShift(base, repair) < targetShift) start = repair;
  }
  const excess = Math.max(0, worstShift(base, start) - day.limit);
  return { ok: true, plan: { ...base, target, start, excess } };
}

type Frame = Pick<Plan, 'count' | 'learningSpend' | 'share' | 'groups' | 'most' | 'free'>;

/** The exploration floor, in whole cents, when the free campaigns spend `total` together. */
function floorAt(frame: Frame, total: number): number {
  if (frame.count === 0) return 0;
  return Math.max(0, Math.ceil((frame.share * (total + frame.learningSpend)) / frame.count - EPS));
}

/** Least the free campaigns must spend together when their total is `total`. */
function needAt(frame: Frame, total: number): number {
  const floor = floorAt(frame, total);
  return sum(frame.groups.map((group) => Math.max(group.need, group.members.length * floor)));
}

/** Same, with every campaign also at least at its wish. */
function needWith(frame: Frame, total: number, wishes: number[]): number {
  const floor = floorAt(frame, total);
  return sum(
    frame.groups.map((group) =>
      Math.max(group.need, sum(group.members.map((member) => Math.max(floor, wishes[member]!)))),
    ),
  );
}

function fits(frame: Frame, total: number): boolean {
  if (frame.free.length === 0) return total === 0;
  return total >= 0 && total <= frame.most && needAt(frame, total) <= total;
}

/** The least whole total that covers its own needs (the needs grow with the total, slower than it). */
function leastFixedPoint(needs: (total: number) => number): number | null {
  let total = 0;
  for (let step = 0; step < 100_000; step += 1) {
    const need = needs(total);
    if (need <= total) return total;
    total = need;
  }
  return null;
}

/**
 * The whole total nearest `total` within [low, high] at which the floors can be met in whole cents.
 * Near the least total, rounding every floor up to the cent can leave a gap of a few cents.
 */
function nearestFitting(
  frame: Frame,
  total: number,
  low: number,
  high: number,
  preferDown: boolean,
): number | null {
  const reach = 8 * frame.free.length + 16;
  for (let distance = 0; distance <= reach; distance += 1) {
    const order = preferDown ? [total - distance, total + distance] : [total + distance, total - distance];
    for (const candidate of order) {
      if (candidate >= low && candidate <= high && fits(frame, candidate)) return candidate;
    }
  }
  return null;
}

// ── Target, repair and move ──────────────────────────────────────────────────────────────────────

/**
 * The proposal corrected by the hard constraints: its total raised by what the floors force, capped
 * at the day's cap (never below the least the floors need), then split.
 */
function targetOf(day: Day, plan: Omit<Plan, 'target' | 'start' | 'excess'>): number[] {
  const raised = leastFixedPoint((total) => needWith(plan, total, plan.desires)) ?? plan.most;
  const capped = Math.floor(day.cap - plan.learningSpend + 1e-6);
  const wanted = Math.max(plan.least, Math.min(raised, capped));
  const total = nearestFitting(plan, wanted, plan.least, plan.most, true) ?? plan.least;
  return toCents(plan, total, split(plan, total, plan.desires, plan.named));
}

/**
 * The smallest repair: the budgets that meet the hard constraints with the least money moved either
 * way (max of Σ increases, Σ decreases). For a total S the least increase is the floors' shortfall
 * or the growth S − current, whichever is larger, so the best S is the current total clamped to what
 * the constraints allow; among equally small repairs it takes the one nearest the target total.
 */
function repairOf(plan: Omit<Plan, 'target' | 'start' | 'excess'>, targetTotal: number): number[] {
  const current = sum(plan.spends);
  const worstAt = (total: number) => {
    const floor = floorAt(plan, total);
    const shortfall = sum(
      plan.groups.map((group) => {
        const spends = group.members.map((member) => plan.spends[member]!);
        return Math.max(group.need, sum(spends.map((spend) => Math.max(spend, floor)))) - sum(spends);
      }),
    );
    const increase = Math.max(shortfall, total - current);
    const decrease = increase - (total - current) + plan.pausedSpend;
    return Math.max(increase, decrease);
  };
  const home = clamp(Math.round(current + plan.pausedSpend), plan.least, plan.most);
  const best = worstAt(home) + EPS;
  // Repairs only grow with the distance from `home`, so those as small as it form one run of
  // totals: take the end of that run nearest the target total.
  let total = home;
  if (targetTotal !== home) {
    const end = targetTotal > home ? Math.min(targetTotal, plan.most) : Math.max(targetTotal, plan.least);
    if (worstAt(end) <= best) total = end;
    else {
      let bad = end;
      while (Math.abs(bad - total) > 1) {
        const middle = Math.round((total + bad) / 2);
        if (worstAt(middle) <= best) total = middle;
        else bad = middle;
      }
    }
  }
  const fitting = nearestFitting(plan, total, plan.least, plan.most, total > home) ?? plan.least;
  return toCents(plan, fitting, split(plan, fitting, plan.spends));
}

/** Moves from the start toward the target as far as the shift limit (plus any repair excess) allows. */
function execute(day: Day, plan: Plan): number[] {
  const allowed = day.limit + plan.excess;
  if (worstShift(plan, plan.target) <= allowed + EPS) return plan.target;
  const startTotal = sum(plan.start);
  const targetTotal = sum(plan.target);
  const [low, high] = startTotal <= targetTotal ? [startTotal, targetTotal] : [targetTotal, startTotal];
  // Rounding to cents moves each budget by a cent or two; leave that much room when it matters.
  const room = 2 * plan.free.length + 2;
  for (const margin of [0, room, 2 * room, 4 * room]) {
    const step = largestStep(plan, allowed - margin);
    if (step <= 0) break;
    const mixed = plan.start.map((value, position) => value + step * (plan.target[position]! - value));
    const mixedTotal = sum(mixed);
    const guess = startTotal <= targetTotal ? Math.floor(mixedTotal + EPS) : Math.ceil(mixedTotal - EPS);
    const total = nearestFitting(plan, clamp(guess, low, high), low, high, startTotal <= targetTotal);
    if (total === null) continue;
    const values = toCents(plan, total, split(plan, total, mixed));
    if (worstShift(plan, values) <= allowed + EPS) return values;
  }
  return plan.start;
}

/** The largest λ in [0, 1] whose point start + λ·(target − start) moves at most `allowed` each way. */
function largestStep(plan: Plan, allowed: number): number {
  const at = (step: number) =>
    worstShift(
      plan,
      plan.start.map((value, position) => value + step * (plan.target[position]! - value)),
    );
  if (at(0) > allowed + EPS) return 0;
  // The money moved is convex in λ, so the allowed steps are one interval from 0.
  let low = 0;
  let high = 1;
  for (let round = 0; round < 60; round += 1) {
    const middle = (low + high) / 2;
    if (at(middle) <= allowed) low = middle;
    else high = middle;
  }
  return low;
}

function shiftOf(plan: Pick<Plan, 'spends' | 'pausedSpend'>, values: number[]) {
  let up = 0;
  let down = plan.pausedSpend;
  values.forEach((value, position) => {
    const change = value - plan.spends[position]!;
    if (change > 0) up += change;
    else down -= change;
  });
  return { up, down };
}

function worstShift(plan: Pick<Plan, 'spends' | 'pausedSpend'>, values: number[]): number {
  const { up, down } = shiftOf(plan, values);
  return Math.max(up, down);
}

// ── Splitting a total ───────────────────────────────────────────────────────────────────────────

/**
 * Splits `total` among the free campaigns as close to `wishes` as the floors allow: each gets
 * max(floor, its wish scaled); a platform short of its minimum scales its own campaigns back toward
 * their wishes, then raises its lowest ones to a common level. One parameter θ scales the wishes:
 * θ in [0, 1] scales the campaigns the proposal does not name (the named ones at 0), θ in [1, 2]
 * the named ones (the others whole), θ > 2 all of them up. So a cut falls on the named campaigns first; with none named, all scale together.
 */
function split(frame: Frame, total: number, wishes: number[], named: boolean[] = []): number[] {
  if (wishes.length === 0) return [];
  const floor = floorAt(frame, total);
  const weights = wishes.some((wish) => wish > 0) ? wishes : wishes.map(() => 1);
  const wishAt = (position: number, theta: number): number => {
    const wish = wishes[position]!;
    if (theta <= 1) return named[position] ? 0 : wish * theta;
    if (theta <= 2) return named[position] ? wish * (theta - 1) : wish;
    return wish + weights[position]! * (theta - 2);
  };
  const totalAt = (theta: number) =>
    sum(
      frame.groups.map((group) =>
        Math.max(group.need, sum(group.members.map((member) => Math.max(floor, wishAt(member, theta))))),
      ),
    );
  let theta = 2;
  if (totalAt(2) > total + EPS) theta = leastReaching(0, 2, (at) => totalAt(at) >= total);
  else if (totalAt(2) < total - EPS) {
    let high = 3;
    for (let round = 0; round < 200 && totalAt(high) < total; round += 1) high = 2 + (high - 2) * 2;
    theta = leastReaching(2, high, (at) => totalAt(at) >= total);
  }
  const values = wishes.map(() => 0);
  for (const group of frame.groups) {
    const groupAt = (at: number) => group.members.map((member) => Math.max(floor, wishAt(member, at)));
    // A platform short of its minimum first takes back its own share of the cut, then raises its
    // lowest campaigns: moving money inside a platform would move more than the minimum needs.
    let at = theta;
    if (sum(groupAt(theta)) < group.need) {
      at =
        theta < 2 && sum(groupAt(2)) >= group.need
          ? leastReaching(theta, 2, (next) => sum(groupAt(next)) >= group.need)
          : Math.max(theta, 2);
    }
    let groupValues = groupAt(at);
    if (sum(groupValues) < group.need) {
      const level = waterLevel(groupValues, group.need);
      groupValues = groupValues.map((value) => Math.max(value, level));
    }
    group.members.forEach((member, index) => {
      values[member] = groupValues[index]!;
    });
  }
  return values;
}

/** The level L at which Σ max(value, L) = need. */
function waterLevel(values: number[], need: number): number {
  return leastReaching(Math.min(...values), need, (level) => {
    return sum(values.map((value) => Math.max(value, level))) >= need;
  });
}

/** The least x in [low, high] (to float precision) where a nondecreasing condition starts to hold. */
function leastReaching(low: number, high: number, reaches: (x: number) => boolean): number {
  for (let round = 0; round < 200; round += 1) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (reaches(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * Rounds a split to whole cents summing to `total`: each value down (floors are whole cents, so
 * they hold), then the missing cents to the largest remainders, platforms short of their minimum
 * first. Values within float noise of a whole cent keep it.
 */
function toCents(frame: Frame, total: number, values: number[]): number[] {
  const cents = values.map((value) => {
    const whole = Math.round(value);
    return Math.abs(value - whole) < 1e-6 ? whole : Math.floor(value);
  });
  const raise = (members: number[], count: number) => {
    for (let round = 0; round < count; round += 1) {
      let best = members[0]!;
      for (const member of members) {
        if (values[member]! - cents[member]! > values[best]! - cents[best]!) best = member;
      }
      cents[best]! += 1;
    }
  };
  for (const group of frame.groups) {
    raise(group.members, group.need - sum(group.members.map((member) => cents[member]!)));
  }
  const missing = total - sum(cents);
  if (missing < 0 || missing > 4 * cents.length + 4) {
    throw new Error(`guardrails: rounding ${sum(values)} to ${total} cents left ${missing} cents`);
  }
  raise([...cents.keys()], missing);
  return cents;
}

// ── Result and checks ───────────────────────────────────────────────────────────────────────────

function resultOf(day: Day, plan: Plan, values: number[], declined: number[]): GuardrailResult {
  const budgets: Record<string, number> = {};
  const statuses: Record<string, 'active' | 'paused'> = {};
  const freeValue = new Map(plan.free.map((index, position) => [index, values[position]!]));
  day.lines.forEach((line, index) => {
    const value = freeValue.get(index);
    budgets[line.id] =
      value !== undefined
        ? value / 100
        : !line.learning && !plan.active[index] && line.asked === 0
          ? 0
          : line.dollars;
    statuses[line.id] = plan.active[index] ? 'active' : 'paused';
  });
  const executed = sum(values) + plan.learningSpend;
  const context: CheckContext = { day, plan, values, declined, executed };
  return {
    blocked: false,
    budgets,
    statuses,
    dayTotal: Math.round(executed) / 100,
    checks: [
      totalCheck(context),
      pacingCheck(context),
      learningCheck(day),
      platformCheck(context),
      explorationCheck(context),
      shiftCheck(context),
    ],
  };
}

function blockedResult(
  state: BudgetState,
  day: Day,
  conflict: { rule: GuardrailRule; detail: string },
): GuardrailResult {
  const budgets: Record<string, number> = {};
  const statuses: Record<string, 'active' | 'paused'> = {};
  for (const campaign of state.campaigns) {
    budgets[campaign.campaign_id] = campaign.daily_budget;
    statuses[campaign.campaign_id] = campaign.status;
  }
  return {
    blocked: true,
    budgets,
    statuses,
    dayTotal: Math.round(day.current) / 100,
    checks: [
      {
        rule: conflict.rule,
        outcome: 'blocked',
        detail: `nothing changed: ${conflict.detail}; a person has to decide (pause campaigns or change policy.json)`,
      },
    ],
  };
}

interface CheckContext {
  day: Day;
  plan: Plan;
  values: number[];
  declined: number[];
  executed: number;
}

function totalCheck({ day, plan, executed }: CheckContext): GuardrailCheck {
  const asked = sum(plan.desires) + plan.learningSpend;
  const planned = sum(plan.target) + plan.learningSpend;
  const ignored = day.ignored.length > 0 ? `; ignored: ${day.ignored.join('; ')}` : '';
  const today =
    Math.abs(executed - planned) >= 0.5 ? `; ${money(executed)} today, as far as max_shift allows` : '';
  if (planned < asked - 0.5) {
    return {
      rule: 'total',
      outcome: 'adjusted',
      detail: `the proposal's ${money(asked)} a day is above the day's cap of ${money(day.cap)}: scaled down to ${money(planned)}${today}${ignored}`,
    };
  }
  if (planned > asked + 0.5) {
    return {
      rule: 'total',
      outcome: 'adjusted',
      detail: `raised from the proposal's ${money(asked)} to ${money(planned)} a day, which the platform minimums and exploration floors need${today}${ignored}`,
    };
  }
  return {
    rule: 'total',
    outcome: ignored ? 'adjusted' : 'passed',
    detail: `the proposal's ${money(asked)} a day is within the day's cap of ${money(day.cap)}${today}${ignored}`,
  };
}

function pacingCheck({ day, plan, executed }: CheckContext): GuardrailCheck {
  const left =
    day.left > 0
      ? `${money(day.left)} left this month over ${day.daysLeft} ${day.daysLeft === 1 ? 'day' : 'days'}`
      : 'the monthly budget is spent';
  const cap =
    `the day's cap is ${money(day.cap)}: the lower of ${money(day.ceiling)} (the daily ${money(day.daily)} ` +
    `+ ${percent(day.alertOver)}) and ${money(day.pace)} (${left})`;
  if (day.current > day.cap + 0.5) {
    const limited = executed > day.cap + 0.5 ? ` (a cut is limited to ${money(day.limit)} a cycle)` : '';
    return {
      rule: 'pacing',
      outcome: 'adjusted',
      detail: `${cap}; the current ${money(day.current)} a day is above it: cut to ${money(executed)}${limited}`,
    };
  }
  const asked = sum(plan.desires) + plan.learningSpend;
  if (asked > day.cap + 0.5) {
    return {
      rule: 'pacing',
      outcome: 'adjusted',
      detail: `${cap}; the proposal asked for ${money(asked)}; ${money(executed)} today`,
    };
  }
  return { rule: 'pacing', outcome: 'passed', detail: `${cap}; ${money(executed)} today` };
}

function learningCheck(day: Day): GuardrailCheck {
  const learners = day.lines.filter((line) => line.learning);
  const days = `${day.learningDays} ${day.learningDays === 1 ? 'day' : 'days'}`;
  const asked = learners.filter(
    (line) =>
      line.asked !== null &&
      (line.asked === 0 ? line.active : !line.active || Math.abs(line.asked - line.budget) >= 0.5),
  );
  if (asked.length > 0) {
    return {
      rule: 'learning_phase',
      outcome: 'adjusted',
      detail: asked
        .map(
          (line) =>
            `kept ${line.id} ${line.active ? `at ${money(line.budget)}` : 'paused'} ` +
            `(${line.daysLive} of ${days} live); the proposal asked ` +
            (line.asked === 0 ? 'to pause it' : `for ${money(line.asked!)}`),
        )
        .join('; '),
    };
  }
  return {
    rule: 'learning_phase',
    outcome: 'passed',
    detail:
      learners.length === 0
        ? `no campaign is in its first ${days}`
        : `${learners.map((line) => line.id).join(', ')} in the first ${days}, unchanged`,
  };
}

function platformCheck({ day, plan, values }: CheckContext): GuardrailCheck {
  const floor = floorAt(plan, sum(plan.target));
  const raised = plan.groups.filter(
    (group) =>
      group.learningSpend + sum(group.members.map((member) => Math.max(floor, plan.desires[member]!))) <
      day.platformMin - 0.5,
  );
  const totals = new Map<string, number>();
  day.lines.forEach((line, index) => {
    if (plan.active[index]) totals.set(line.platform, (totals.get(line.platform) ?? 0) + line.budget);
  });
  for (const group of plan.groups) {
    totals.set(group.platform, group.learningSpend + sum(group.members.map((member) => values[member]!)));
  }
  const minimum = `at least ${money(day.platformMin)} per active platform`;
  if (raised.length > 0) {
    return {
      rule: 'platform_minimum',
      outcome: 'adjusted',
      detail:
        raised
          .map((group) => {
            const wished = group.learningSpend + sum(group.members.map((member) => plan.desires[member]!));
            const planned = group.learningSpend + sum(group.members.map((member) => plan.target[member]!));
            return `${group.platform} raised from ${money(wished)} to ${money(planned)}`;
          })
          .join('; ') + ` (${minimum})`,
    };
  }
  return {
    rule: 'platform_minimum',
    outcome: 'passed',
    detail:
      totals.size === 0
        ? 'no platform has an active campaign'
        : `${[...totals].map(([platform, total]) => `${platform} ${money(total)}`).join(', ')}: ${minimum}`,
  };
}

function explorationCheck({ day, plan, executed }: CheckContext): GuardrailCheck {
  const paused = day.lines.filter((line, index) => line.active && !plan.active[index]).map((line) => line.id);
  const exempt = paused.length > 0 ? `; ${paused.join(', ')} paused, so without a floor` : '';
  if (plan.count === 0) {
    return { rule: 'exploration', outcome: 'passed', detail: `no active campaign${exempt}` };
  }
  const shared = `${percent(day.share)} of ${money(executed)} shared by ${plan.count} active ${plan.count === 1 ? 'campaign' : 'campaigns'}`;
  const floor = money(Math.round((day.share * executed) / plan.count));
  const targetFloor = floorAt(plan, sum(plan.target));
  const raised = plan.free
    .map((index, position) => ({ line: day.lines[index]!, position }))
    .filter(({ position }) => plan.desires[position]! < targetFloor);
  if (raised.length > 0) {
    return {
      rule: 'exploration',
      outcome: 'adjusted',
      detail:
        raised.map(({ line, position }) => `${line.id} from ${money(plan.desires[position]!)}`).join(', ') +
        ` raised to at least the floor of ${floor} (${shared})${exempt}`,
    };
  }
  return {
    rule: 'exploration',
    outcome: 'passed',
    detail: `every active campaign outside its learning phase has at least ${floor} (${shared})${exempt}`,
  };
}

function shiftCheck({ day, plan, values, declined }: CheckContext): GuardrailCheck {
  const moved = shiftOf(plan, values);
  const asked = shiftOf(plan, plan.target);
  const limit = `${percent(day.shiftShare)} of the daily total (${money(day.limit)})`;
  const reached = values.every((value, position) => value === plan.target[position]);
  const notes: string[] = [];
  for (const index of declined) {
    const line = day.lines[index]!;
    notes.push(
      line.active
        ? `pausing ${line.id} (${money(line.spend)} a day) would move more than the limit: it is cut toward its floor instead`
        : `resuming ${line.id} would move more than the limit: it stays paused`,
    );
  }
  if (plan.excess > 0) {
    notes.push(
      `the current budgets break ${describeBreaches(day)}; the hard constraints come first, and the ` +
        `smallest repair moves ${money(day.limit + plan.excess)}, ${money(plan.excess)} beyond the limit`,
    );
  }
  const suffix = notes.length > 0 ? `; ${notes.join('; ')}` : '';
  if (reached && declined.length === 0 && plan.excess === 0) {
    return {
      rule: 'max_shift',
      outcome: 'passed',
      detail: `moved ${money(moved.up)} up and ${money(moved.down)} down; the limit is ${limit} each way`,
    };
  }
  const wanted = Math.max(asked.up, asked.down);
  const done = Math.max(moved.up, moved.down);
  const progress = reached
    ? `moved ${money(moved.up)} up and ${money(moved.down)} down`
    : `moved ${money(done)} of ${money(wanted)} (${percent(wanted > 0 ? done / wanted : 1)}): ` +
      `${money(moved.up)} up and ${money(moved.down)} down`;
  return {
    rule: 'max_shift',
    outcome: 'adjusted',
    detail: `${progress}; capped at ${limit} each way${suffix}`,
  };
}

/** What the current budgets break, in words, for the repair note. */
function describeBreaches(day: Day): string {
  const active = day.lines.filter((line) => line.active);
  const breaches: string[] = [];
  if (day.current > day.cap + 0.5) {
    breaches.push(`the day's cap (${money(day.current)} over ${money(day.cap)})`);
  }
  const byPlatform = new Map<string, number>();
  for (const line of active)
    byPlatform.set(line.platform, (byPlatform.get(line.platform) ?? 0) + line.budget);
  for (const [platform, total] of byPlatform) {
    if (total < day.platformMin - EPS) {
      breaches.push(`the platform minimum (${platform} ${money(total)} under ${money(day.platformMin)})`);
    }
  }
  const floor = active.length > 0 ? (day.share * day.current) / active.length : 0;
  const starved = active.filter((line) => !line.learning && line.budget < floor - EPS);
  if (starved.length > 0) {
    breaches.push(
      `the exploration floor of ${money(Math.round(floor))} (${starved.map((line) => `${line.id} ${money(line.budget)}`).join(', ')})`,
    );
  }
  return breaches.length > 0 ? breaches.join(' and ') : 'the hard constraints';
}

function money(cents: number): string {
  return formatMoney(Math.round(cents) / 100);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
