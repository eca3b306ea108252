import type { AgentRunContext } from '../builder-agent.ts';
import {
  COPY_TEMPLATES_PATH,
  FILMING_GUIDE_PATH,
  MONTHLY_PLAN_PATH,
  README_PATH,
  shotListPath,
} from './content-request-paths.ts';
import { platformsInPlan } from './piece-facts.ts';
import { plainCreative } from './plain-creative.ts';
import { planMonth } from './plan-month.ts';
import type { PublicistInput } from './publicist-input.ts';
import type { PublicistOutput } from './publicist-output.ts';
import { renderCopyTemplates } from './render-copy-templates.ts';
import { renderFilmingGuide } from './render-filming-guide.ts';
import { renderMonthlyPlan } from './render-monthly-plan.ts';
import { renderReadme } from './render-readme.ts';
import { renderShotList } from './render-shot-list.ts';

/**
 * The deterministic publicist: the creative plan's briefs, made plain, become a four-week plan, a
 * filming guide, a shot list per brief and copy templates. No clock, no randomness: the same input
 * gives the same files.
 */
export function writeContentRequests(input: PublicistInput, context: AgentRunContext): PublicistOutput {
  const plain: PublicistInput = { ...input, creative: plainCreative(input, context) };
  const month = planMonth({
    monthly: input.budget.monthly,
    platforms: platformsInPlan(plain),
    briefs: plain.creative.briefs,
  });
  context.note(
    'decision',
    `Content plan: ${month.perWeek} pieces a week for four weeks (the budget alone asks for ${month.budgetPerWeek}).`,
  );
  return {
    files: [
      { path: README_PATH, markdown: renderReadme(plain, month) },
      { path: MONTHLY_PLAN_PATH, markdown: renderMonthlyPlan(plain, month) },
      { path: FILMING_GUIDE_PATH, markdown: renderFilmingGuide(plain) },
      { path: COPY_TEMPLATES_PATH, markdown: renderCopyTemplates(plain) },
      ...plain.creative.briefs.map((brief) => ({
        path: shotListPath(brief.id),
        markdown: renderShotList(brief, plain),
      })),
    ],
  };
}
