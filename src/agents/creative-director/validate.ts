import { avoidedWords } from '../../creative/avoided-words.ts';
import { checkAdVariant, PLATFORM_KIND } from '../../creative/index.ts';
import type { CreativeInput } from './creative-input.ts';
import type { CreativeOutput } from './creative-output.ts';

/**
 * Checks the schema cannot make: every brief and variant names an audience, platform and pillar
 * that exist, every platform has copy, no kept variant breaks a hard copy rule, and the palette is
 * the brand's. A model answer that fails here is retried, then replaced by the offline engine.
 */
export function validateCreative(output: CreativeOutput, input: CreativeInput): string[] {
  const { plan, adCopy } = output;
  const problems: string[] = [];
  const brandId = input.brand.id;
  if (plan.brand_id !== brandId) problems.push(`plan brand_id "${plan.brand_id}" is not "${brandId}"`);
  if (adCopy.brand_id !== brandId) problems.push(`ad copy brand_id "${adCopy.brand_id}" is not "${brandId}"`);

  const demographicIds = new Set(input.demographics.map((demographic) => demographic.id));
  const platforms = new Map(input.platforms.map((platform) => [platform.id, platform]));
  const pillarIds = new Set(plan.pillars.map((pillar) => pillar.id));
  const reach = (kind: string, id: string, demographic: string, platformId: string) => {
    const platform = platforms.get(platformId as never);
    if (!demographicIds.has(demographic))
      problems.push(`${kind} ${id} is for unknown demographic "${demographic}"`);
    if (!platform)
      problems.push(`${kind} ${id} is for platform "${platformId}", which brand-config does not run`);
    else if (demographicIds.has(demographic) && !platform.demographics.includes(demographic)) {
      problems.push(`${kind} ${id} is for "${demographic}", whom ${platformId} does not target`);
    }
  };

  for (const pillar of plan.pillars) {
    for (const id of pillar.demographics) {
      if (!demographicIds.has(id)) problems.push(`pillar ${pillar.id} names unknown demographic "${id}"`);
    }
  }
  duplicates(
    plan.pillars.map((pillar) => pillar.id),
    'pillar',
    problems,
  );
  duplicates(
    plan.briefs.map((brief) => brief.id),
    'brief',
    problems,
  );
  duplicates(
    adCopy.variants.map((variant) => variant.id),
    'ad variant',
    problems,
  );

  for (const brief of plan.briefs) {
    reach('brief', brief.id, brief.demographic, brief.platform);
    if (!pillarIds.has(brief.pillar))
      problems.push(`brief ${brief.id} uses unknown pillar "${brief.pillar}"`);
    const seconds = brief.scenes.reduce((sum, scene) => sum + scene.seconds, 0);
    if (brief.duration_seconds > 0 && Math.abs(seconds - brief.duration_seconds) > 0.01) {
      problems.push(`brief ${brief.id}: scenes last ${seconds} s, not its ${brief.duration_seconds} s`);
    }
    const text = [
      brief.title,
      brief.strategic_purpose,
      brief.call_to_action,
      ...brief.scenes.flatMap((scene) => [scene.visual, scene.audio, scene.on_screen_text ?? '']),
    ].join('\n');
    for (const word of avoidedWords(text, input.voice.avoid))
      problems.push(`brief ${brief.id} says "${word}"`);
  }
  for (const platform of input.platforms) {
    if (!plan.briefs.some((brief) => brief.platform === platform.id))
      problems.push(`platform ${platform.id} has no brief`);
  }

  const rules = { avoid: input.voice.avoid, sourceText: input.source_text };
  for (const variant of adCopy.variants) {
    reach('ad variant', variant.id, variant.demographic, variant.platform);
    if (!pillarIds.has(variant.pillar))
      problems.push(`ad variant ${variant.id} uses unknown pillar "${variant.pillar}"`);
    const platform = platforms.get(variant.platform);
    if (platform && variant.objective !== platform.objective) {
      problems.push(
        `ad variant ${variant.id} serves "${variant.objective}", not ${platform.id}'s "${platform.objective}"`,
      );
    }
    if (variant.fields.kind !== PLATFORM_KIND[variant.platform]) {
      problems.push(`ad variant ${variant.id} has ${variant.fields.kind} fields on ${variant.platform}`);
    }
    for (const problem of checkAdVariant(variant, rules)) {
      if (problem.severity === 'hard')
        problems.push(`ad variant ${variant.id} ${problem.field}: ${problem.message}`);
    }
  }
  for (const platform of input.platforms) {
    for (const demographic of platform.demographics) {
      if (
        !adCopy.variants.some(
          (variant) => variant.platform === platform.id && variant.demographic === demographic,
        )
      ) {
        problems.push(`platform ${platform.id} has no ad copy for "${demographic}"`);
      }
    }
  }

  const brandHexes = new Set(Object.values(input.colors));
  const palette = plan.visual_direction.palette;
  for (const hex of palette) {
    if (!brandHexes.has(hex)) problems.push(`palette colour ${hex} is not a brand colour`);
  }
  if (!palette.includes(input.colors.primary))
    problems.push(`palette leaves out the brand primary ${input.colors.primary}`);
  return problems;
}

function duplicates(ids: string[], kind: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${kind} id "${id}" is used twice`);
    seen.add(id);
  }
}
