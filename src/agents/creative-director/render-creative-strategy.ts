import type { AdCopy } from '../../schemas/ad-copy.ts';
import type { CreativePlan } from '../../schemas/creative-brief.ts';
import type { CreativeInput } from './creative-input.ts';
import { list, table } from './markdown.ts';
import { PLATFORM_LABELS } from './platform-formats.ts';
import { proofPoints } from './proof-points.ts';

/** `creative/creative-strategy.md`: the direction the whole system follows, in plain language. */
export function renderCreativeStrategy(plan: CreativePlan, adCopy: AdCopy, input: CreativeInput): string {
  const nameOf = new Map(input.demographics.map((item) => [item.id, item.name]));
  const audiences = (ids: string[]) => ids.map((id) => nameOf.get(id) ?? id).join(', ');
  const [bigIdea, ...themes] = plan.themes;
  const sections = [
    `# Creative strategy: ${input.brand.name}`,
    `${input.industry.label} · ${input.business_model} · voice: ${input.voice.tone.join(', ')}`,
    '## Big idea',
    bigIdea ?? '',
    ...(themes.length > 0 ? ['### Themes', list(themes)] : []),
    '## What we build on',
    buildingOn(input),
    '## Messaging pillars',
    ...plan.pillars.map((pillar) =>
      [
        `### ${pillar.name}`,
        '',
        `**For:** ${audiences(pillar.demographics)}`,
        '',
        pillar.message,
        '',
        '**Proof (from research):**',
        list(pillar.proof),
      ].join('\n'),
    ),
    '## Pillars per audience',
    table(
      ['Audience', 'Pillars', 'Platforms'],
      ['---', '---', '---'],
      input.demographics.map((demographic) => [
        demographic.name,
        plan.pillars
          .filter((pillar) => pillar.demographics.includes(demographic.id))
          .map((pillar) => pillar.name)
          .join(', ') || '—',
        input.platforms
          .filter((platform) => platform.demographics.includes(demographic.id))
          .map((platform) => PLATFORM_LABELS[platform.id])
          .join(', ') || 'not targeted by paid media',
      ]),
    ),
    '## Visual direction',
    list([
      `**Palette:** ${plan.visual_direction.palette.map((hex) => `\`${hex}\``).join(', ')}`,
      `**Typography:** ${plan.visual_direction.typography}`,
      `**Imagery:** ${plan.visual_direction.imagery}`,
    ]),
    '## Verbal direction',
    list([
      `**Tone:** ${input.voice.tone.join(', ')}`,
      `**Personality:** ${input.voice.personality.join(', ')}`,
      'Claims come only from research: the proof above is the whole list of what the brand can say about itself.',
    ]),
    '## What to avoid',
    avoidList(plan.avoid, input),
    '## Briefs',
    table(
      ['#', 'Brief', 'Audience', 'Platform', 'Format', 'Duration'],
      ['---:', '---', '---', '---', '---', '---:'],
      plan.briefs.map((brief, index) => [
        String(index + 1),
        `[${brief.title}](briefs/${brief.id}.md)`,
        nameOf.get(brief.demographic) ?? brief.demographic,
        PLATFORM_LABELS[brief.platform],
        brief.format,
        brief.duration_seconds > 0 ? `${brief.duration_seconds} s` : 'static',
      ]),
    ),
    '## Ad copy',
    adCopySummary(adCopy, input),
  ];
  return `${sections.join('\n\n')}\n`;
}

function avoidList(avoid: string[], input: CreativeInput): string {
  const words = avoid.filter((item) => input.voice.avoid.includes(item));
  const rest = avoid.filter((item) => !input.voice.avoid.includes(item));
  return [
    `**Never say:** ${words.map((word) => `“${word}”`).join(', ')}`,
    ...(rest.length > 0 ? ['**Never show or imply:**', list(rest)] : []),
  ].join('\n\n');
}

function buildingOn(input: CreativeInput): string {
  const differentiation = input.competition?.differentiation ?? [];
  const lines = differentiation.map(({ point, evidence }) => `**${point}** — evidence: ${evidence}`);
  for (const point of proofPoints(input)) {
    if (point.kind === 'differentiation' || point.kind === 'offering') continue;
    lines.push(`${point.text} — ${point.evidence}`);
  }
  for (const { gap, evidence } of input.competition?.gaps ?? [])
    lines.push(`Gap in the market: ${gap} (${evidence})`);
  if (lines.length === 0) {
    return 'Research found no differentiation or proof beyond the offerings; the briefs show the work itself, and the client should supply testimonials and credentials.';
  }
  return (
    (input.competition
      ? ''
      : 'No competitive landscape was available; this rests on the brand profile alone.\n\n') + list(lines)
  );
}

function adCopySummary(adCopy: AdCopy, input: CreativeInput): string {
  const nameOf = new Map(input.demographics.map((item) => [item.id, item.name]));
  const rows = input.platforms.flatMap((platform) =>
    platform.demographics.map((id) => [
      PLATFORM_LABELS[platform.id],
      nameOf.get(id) ?? id,
      String(
        adCopy.variants.filter((variant) => variant.platform === platform.id && variant.demographic === id)
          .length,
      ),
    ]),
  );
  const parts = [
    `${adCopy.variants.length} variants in \`creative/ad-copy.json\`, every line within its platform's limits.`,
    table(['Platform', 'Audience', 'Variants'], ['---', '---', '---:'], rows),
  ];
  if (adCopy.rejected.length > 0) {
    parts.push(
      `Dropped by the copy rules:\n\n${list(adCopy.rejected.map((item) => `\`${item.id}\`: ${item.reason}`))}`,
    );
  }
  return parts.join('\n\n');
}
