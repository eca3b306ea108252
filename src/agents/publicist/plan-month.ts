import type { PlatformId } from '../../schemas/brand-config.ts';
import type { CreativeBrief } from '../../schemas/creative-brief.ts';
import { PLATFORM_GUIDES, WEEKDAYS, type Weekday } from './platform-guides.ts';

export const WEEKS = 4;

/** One thing to make in one week: a brief, the platform it is for, and the day it goes out. */
export interface PlannedPiece {
  week: number;
  briefId: string;
  platform: PlatformId;
  /**
   * `first`: the brief as written; `adaptation`: a brief re-shot for a platform no brief covers;
   * `new-take`: the same brief again with a new person or opening, so ads do not wear out.
   */
  kind: 'first' | 'adaptation' | 'new-take';
  /** For a new take, which one of its brief (the brief as written is take 1). */
  take?: number;
  day: Weekday;
}

export interface MonthPlan {
  perWeek: number;
  /** Pieces a week the budget alone asks for, before making room for every brief and platform. */
  budgetPerWeek: number;
  weeks: PlannedPiece[][];
}

// More budget shows each piece to more people, so it tires sooner and needs replacing sooner.
const BUDGET_TIERS: ReadonlyArray<{ below: number; perWeek: number }> = [
  { below: 1500, perWeek: 2 },
  { below: 3000, perWeek: 3 },
  { below: 6000, perWeek: 4 },
  { below: 12000, perWeek: 5 },
];
const LARGEST_BUDGET_PER_WEEK = 6;

export function piecesPerWeekForBudget(monthly: number): number {
  return BUDGET_TIERS.find((tier) => monthly < tier.below)?.perWeek ?? LARGEST_BUDGET_PER_WEEK;
}

/**
 * Four weeks of pieces: every brief once, then a version for each platform no brief is written
 * for, then new takes of the briefs in turn until each week is full. Days follow each platform's
 * usual good days, spread so one platform does not get two pieces on the same day.
 */
export function planMonth(input: {
  monthly: number;
  platforms: readonly PlatformId[];
  briefs: readonly CreativeBrief[];
}): MonthPlan {
  const { briefs, platforms } = input;
  const briefPlatforms = new Set(briefs.map((brief) => brief.platform));
  const uncovered = platforms.filter((platform) => !briefPlatforms.has(platform));

  const queue: Array<Omit<PlannedPiece, 'week' | 'day'>> = briefs.map((brief) => ({
    briefId: brief.id,
    platform: brief.platform,
    kind: 'first',
  }));
  uncovered.forEach((platform, index) => {
    const brief = briefs[index % briefs.length]!;
    queue.push({ briefId: brief.id, platform, kind: 'adaptation' });
  });

  const budgetPerWeek = piecesPerWeekForBudget(input.monthly);
  const perWeek = Math.max(budgetPerWeek, Math.ceil(queue.length / WEEKS));
  for (let index = 0; queue.length < perWeek * WEEKS; index++) {
    const brief = briefs[index % briefs.length]!;
    const take = 2 + Math.floor(index / briefs.length);
    queue.push({ briefId: brief.id, platform: brief.platform, kind: 'new-take', take });
  }

  const weeks: PlannedPiece[][] = [];
  for (let week = 1; week <= WEEKS; week++) {
    const slice = queue.slice((week - 1) * perWeek, week * perWeek);
    const used = new Map<PlatformId, number>();
    const pieces = slice.map((piece) => {
      const days = PLATFORM_GUIDES[piece.platform].days;
      const count = used.get(piece.platform) ?? 0;
      used.set(piece.platform, count + 1);
      return { ...piece, week, day: days[count % days.length]! };
    });
    weeks.push(pieces.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day)));
  }
  return { perWeek, budgetPerWeek, weeks };
}
