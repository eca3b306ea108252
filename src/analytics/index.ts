/** Pure analytics for the runtime agents: response curves, budget allocation, creative rotation and fatigue. */
export type { DailyDelivery, FatigueAssessment, FatigueRule } from './detect-fatigue.ts';
export { detectFatigue } from './detect-fatigue.ts';
export type {
  CredibleInterval,
  CurvePosterior,
  FitResponseCurveOptions,
  SpendConversionsPoint,
  WeightedCurve,
} from './fit-response-curve.ts';
export { fitResponseCurve } from './fit-response-curve.ts';
export type { Allocation, AllocationInput, AllocationItem } from './optimise-allocation.ts';
export { optimiseAllocation } from './optimise-allocation.ts';
export type { Random } from './random.ts';
export { randomFrom, streamFor } from './random.ts';
export type { HillCurve } from './response-curve.ts';
export { expectedAt, hillFraction, hillFractionSlope, marginalAt } from './response-curve.ts';
export type { AdCandidate, AdCounts, AdPrior, BetaPrior, ThompsonChoice } from './thompson.ts';
export { chooseByThompson, priorFrom } from './thompson.ts';
