import type { AgentRunContext } from '../builder-agent.ts';
import { joinWords, unique } from './copy-text.ts';
import type { CreativeInput } from './creative-input.ts';
import type { CreativeOutput } from './creative-output.ts';
import { industryCreative, UNIVERSAL_DONTS } from './industry-creative.ts';
import { planBriefs } from './plan-briefs.ts';
import { planPillars } from './plan-pillars.ts';
import { planThemes } from './plan-themes.ts';
import { PLATFORM_LABELS } from './platform-formats.ts';
import { type ProofPoint, proofPoints } from './proof-points.ts';
import { usableFacts } from './usable-facts.ts';
import { planVisualDirection } from './visual-direction.ts';
import { writeAdCopy } from './write-ad-copy.ts';

/**
 * The deterministic creative director: pillars from the audiences and the brand's proof, briefs
 * spread over platforms and audiences, and ad copy written from the brand's own words and checked
 * by the copy rules. Nothing is random and nothing is invented: every claim is a research sentence.
 */
export function directCreative(given: CreativeInput, context: AgentRunContext): CreativeOutput {
  const input = usableFacts(given);
  const points = proofPoints(input);
  if (points.length === 0) {
    // Every offering name used a word the brand avoids; the first one still names what is sold.
    points.push({
      text: input.offerings[0]!.name,
      kind: 'offering',
      evidence: 'offering listed on the site',
    });
  }
  const pillars = planPillars(input, points);
  const briefs = planBriefs(input, pillars, points);
  const { adCopy, warnings } = writeAdCopy(input, pillars);

  context.note(
    'decision',
    `Messaging pillars: ${pillars.map((item) => `${item.pillar.name} (${item.pillar.demographics.join(', ')})`).join('; ')}; ` +
      `proof from research only: ${describeProof(points)}.`,
  );
  context.note(
    'decision',
    `${briefs.length} briefs: ${briefs.map((brief) => `${brief.id} (${brief.demographic}, ${brief.format})`).join('; ')}.`,
  );
  context.note(
    'decision',
    `Ad copy: ${adCopy.variants.length} variants kept over ${joinWords(input.platforms.map((platform) => PLATFORM_LABELS[platform.id]))}` +
      `, offer-, proof- and need-led for each audience; landing pages ${joinWords(unique(adCopy.variants.map((variant) => variant.final_url_path)))}.`,
  );
  if (adCopy.rejected.length > 0) {
    context.note(
      'warning',
      `${adCopy.rejected.length} ad variants were dropped by the copy rules: ` +
        adCopy.rejected.map((item) => `${item.id} (${item.reason})`).join('; '),
    );
  }
  if (warnings.length > 0) {
    context.note('warning', `Ad copy past a recommended length (kept): ${warnings.slice(0, 5).join('; ')}`);
  }

  return {
    plan: {
      schema_version: 1,
      brand_id: input.brand.id,
      themes: planThemes(input, pillars, points),
      pillars: pillars.map((item) => item.pillar),
      visual_direction: planVisualDirection(input),
      avoid: unique([
        ...input.voice.avoid,
        ...industryCreative(input.industry.key).donts,
        ...UNIVERSAL_DONTS,
      ]),
      briefs,
    },
    adCopy,
  };
}

function describeProof(points: ProofPoint[]): string {
  return unique(points.map((point) => point.kind)).join(', ');
}
