import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/quote-untrusted.ts';
import type { AgentRunContext, ModelPrompt } from '../builder-agent.ts';
import {
  COPY_TEMPLATES_PATH,
  FILMING_GUIDE_PATH,
  MONTHLY_PLAN_PATH,
  README_PATH,
  shotListPath,
} from './content-request-paths.ts';
import { LEAVE_OUT_HEADING } from './leave-out-section.ts';
import { platformsInPlan } from './piece-facts.ts';
import { plainCreative } from './plain-creative.ts';
import { JARGON_WORDS } from './plain-language.ts';
import { planMonth } from './plan-month.ts';
import type { PublicistInput } from './publicist-input.ts';

const SILENT: AgentRunContext = { note: () => {} };

const SYSTEM = [
  'You are a publicist who works with small-business owners. You turn a creative plan into content requests',
  'the owner can act on alone: what to film, photograph and write this month, and how.',
  'Write for the owner in plain, warm language, in the second person ("you"), one action per line.',
  `Never use these words: ${JARGON_WORDS.join(', ')}; never mention how the marketing system works inside.`,
  'Spell out any abbreviation. No placeholders such as TODO, TBD, lorem or {{ }}; fill-in blanks for the owner use [square brackets].',
  'Ask only for what the business can really produce (its team, premises, products, customers who consent); never stock content.',
  "Never write a word or claim from the brand voice's avoid list, except when listing them under a heading",
  `"${LEAVE_OUT_HEADING}" so the owner knows what to leave out.`,
  'Say that people on camera must agree (signed release) and keep private information off camera.',
  UNTRUSTED_DATA_RULE,
].join('\n');

/**
 * The model path: the distilled brand facts and creative plan as quoted data, plus the month's
 * calendar computed by code (how many pieces, which brief, which platform, which day), which the
 * model writes up but does not change.
 */
export function publicistPrompt(input: PublicistInput): ModelPrompt {
  const creative = plainCreative(input, SILENT);
  const month = planMonth({
    monthly: input.budget.monthly,
    platforms: platformsInPlan({ ...input, creative }),
    briefs: creative.briefs,
  });
  const { creative: _creative, ...brand } = input;
  const paths = [
    README_PATH,
    MONTHLY_PLAN_PATH,
    FILMING_GUIDE_PATH,
    COPY_TEMPLATES_PATH,
    ...input.creative.briefs.map((brief) => shotListPath(brief.id)),
  ];
  return {
    system: SYSTEM,
    sharedContext: `Brand summary:\n${quoteUntrusted('brand', input.brand.website ?? 'brand-config', JSON.stringify(brand, null, 2))}`,
    prompt: [
      `Write the content requests for ${input.brand.name}.`,
      'The creative plan (themes, messaging pillars, visual direction, briefs with their scenes):',
      quoteUntrusted('creative-plan', 'creative direction', JSON.stringify(creative, null, 2)),
      'The calendar, computed from the budget and platforms; keep its pieces, weeks and days exactly:',
      `<calendar>\n${JSON.stringify(month, null, 2)}\n</calendar>`,
      'Return one JSON object: { "files": [{ "path", "markdown" }] } with exactly these paths:',
      paths.map((path) => `- ${path}`).join('\n'),
      [
        `Every file names ${input.brand.name}. No section may be empty.`,
        `${README_PATH}: what the folder is; how to send files (to the contact email above, or a shared-folder link for large videos); this month's checklist.`,
        `${MONTHLY_PLAN_PATH}: "## Week 1" to "## Week 4", each piece with its day, platform, shape and length, audience, why (its pillar) and its shot list; how many pieces a week and why; what happens to what the owner sends.`,
        `${FILMING_GUIDE_PATH}: phone filming (light, sound, framing per platform: 9:16, 1:1, 16:9, steadiness, length); what to film at this business (offerings, places, proof); consent for customers, staff and children; what not to film (privacy for this industry, and the "${LEAVE_OUT_HEADING}" list).`,
        'Each shot list: a checklist of the brief\'s scenes in order (shot, framing, duration, notes), props and people, the on-screen text, and a line starting "Done when".',
        `${COPY_TEMPLATES_PATH}: fill-in caption templates per platform in the brand voice with character limits, a review request, a testimonial request, a permission form and a customer story template.`,
      ].join('\n'),
    ].join('\n\n'),
  };
}
