import { z } from 'zod';
import { BrandConfig, PlatformId } from '../../schemas/brand-config.ts';
import { GoalKind } from '../../schemas/brand-profile.ts';

/** A goal the client stated, quoted word for word, and how the plan serves it. */
export const ServedGoal = z.object({
  text: z.string().min(1),
  kind: GoalKind,
  main: z.boolean(),
  served_by: z.string().min(1),
});
export type ServedGoal = z.infer<typeof ServedGoal>;

/** The words around the numbers: what the account manager reads in strategy/campaign-plan.md. */
export const StrategyPlan = z.object({
  summary: z.string().min(1),
  /** Things taken as true without evidence from research; each is shown as an assumption. */
  assumptions: z.array(z.string().min(1)),
  risks: z.array(z.string().min(1)),
  /** Why the budget is split as it is, including platforms dropped for a small budget. */
  budget_notes: z.array(z.string().min(1)),
  /** Platforms the industry would use that the budget could not fund. */
  dropped_platforms: z.array(PlatformId),
  /** The client's own goals, main first, each with how the plan serves it; none when the brief stated none. */
  client_goals: z.array(ServedGoal).default([]),
});
export type StrategyPlan = z.infer<typeof StrategyPlan>;

/** What the strategist produces, offline or by model: the brand config and its plan. */
export const StrategistOutput = z.object({
  config: BrandConfig,
  plan: StrategyPlan,
});
export type StrategistOutput = z.infer<typeof StrategistOutput>;
