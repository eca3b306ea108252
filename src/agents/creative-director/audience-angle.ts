import type { Demographic } from '../../schemas/brand-config.ts';
import type { NarrativeElement, ToneTag } from './taxonomy-types.ts';

/** The creative angle an audience responds to, read from how the strategy describes it. */
export type AudienceAngle = 'reassurance' | 'value' | 'aspiration' | 'convenience' | 'expertise';

interface AngleRule {
  angle: AudienceAngle;
  pattern: RegExp;
  /** Narratives to try first for this audience, best first. */
  narratives: Array<NarrativeElement>;
  tone: ToneTag;
  /** Why the angle should work: the hypothesis's rationale starts here. */
  because: string;
}

// Order breaks ties: reassurance first, because an audience that worries converts on nothing else.
export const ANGLE_RULES: AngleRule[] = [
  {
    angle: 'reassurance',
    pattern: /fear|anxi|nervous|reassur|scepti|skepti|risk|trust|worr|secur|review|judge?ment/g,
    narratives: ['testimonial', 'social-proof', 'how-it-works', 'myth-busting'],
    tone: 'reassuring',
    because: 'they need reassurance before they act, so proof comes before the ask',
  },
  {
    angle: 'value',
    pattern: /cost|price|budget|value|afford|deal|payback|\broi\b|spend/g,
    narratives: ['offer-reveal', 'how-it-works', 'problem-solution'],
    tone: 'down-to-earth',
    because: 'they weigh what they get for the money, so the offer is shown plainly',
  },
  {
    angle: 'aspiration',
    pattern: /confiden|appearance|look|style|image|event|result|transform|gift|home/g,
    narratives: ['transformation', 'day-in-the-life', 'offer-reveal'],
    tone: 'inspirational',
    because: 'they buy the outcome, so the story shows life after',
  },
  {
    angle: 'convenience',
    pattern: /time|busy|convenien|evening|weekend|quick|manual|schedul|around work|hassle|spreadsheet/g,
    narratives: ['day-in-the-life', 'problem-solution', 'how-it-works'],
    tone: 'energetic',
    because: 'their problem is time and effort, so the story starts from that friction',
  },
  {
    angle: 'expertise',
    pattern: /docs|documentation|technical|evaluat|integrat|setup|\bapi\b|compare|detail|quality/g,
    narratives: ['how-it-works', 'myth-busting', 'problem-solution'],
    tone: 'authoritative',
    because: 'they judge on substance, so the story shows how it works',
  },
];

/** The angle whose words occur most in the audience's description, pains and motivations. */
export function audienceAngle(demographic: Demographic): AngleRule {
  const text = [
    demographic.name,
    demographic.description,
    ...demographic.psychographics,
    ...demographic.pain_points,
    ...demographic.motivations,
  ]
    .join(' ')
    .toLowerCase();
  let best = ANGLE_RULES[0]!;
  let bestScore = -1;
  for (const rule of ANGLE_RULES) {
    const score = text.match(rule.pattern)?.length ?? 0;
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}
