import { z } from 'zod';
import { AdCopy } from '../../schemas/ad-copy.ts';
import { CreativePlan } from '../../schemas/creative-brief.ts';

/** What the creative director produces, offline or by model: the plan with its briefs, and the ad copy. */
export const CreativeOutput = z.object({
  plan: CreativePlan,
  adCopy: AdCopy,
});
export type CreativeOutput = z.infer<typeof CreativeOutput>;
