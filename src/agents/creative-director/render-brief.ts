import type { CreativeBrief, CreativePlan } from '../../schemas/creative-brief.ts';
import type { CreativeInput } from './creative-input.ts';
import { landingPath } from './landing-path.ts';
import { list, table } from './markdown.ts';
import { NARRATIVE_STYLES } from './narrative-styles.ts';
import { PLATFORM_LABELS } from './platform-formats.ts';

/** `creative/briefs/<id>.md`: one brief as the person filming or designing it reads it. */
export function renderBrief(brief: CreativeBrief, plan: CreativePlan, input: CreativeInput): string {
  const demographic = input.demographics.find((item) => item.id === brief.demographic);
  const platform = input.platforms.find((item) => item.id === brief.platform);
  const pillar = plan.pillars.find((item) => item.id === brief.pillar);
  const video = brief.duration_seconds > 0;
  const audience = demographic
    ? `${demographic.name} (${demographic.age_range.min}–${demographic.age_range.max}): ${demographic.description}`
    : brief.demographic;
  const sections = [
    `# ${brief.title}`,
    `Brief \`${brief.id}\` · ${input.brand.name}`,
    '## Purpose',
    brief.strategic_purpose,
    '## Essentials',
    list([
      `**Audience:** ${audience}`,
      ...(demographic ? [`**They struggle with:** ${demographic.pain_points.join('; ')}`] : []),
      `**Platform and format:** ${PLATFORM_LABELS[brief.platform]}, ${brief.format}`,
      `**Duration:** ${video ? `${brief.duration_seconds} seconds` : 'static (no running time)'}`,
      `**Pillar:** ${pillar ? `${pillar.name} — ${pillar.message}` : brief.pillar}`,
      `**Call to action:** ${brief.call_to_action}${platform ? ` → \`${landingPath(platform)}\`` : ''}`,
    ]),
    video ? '## Scenes' : '## Frames',
    video
      ? table(
          ['#', 'Seconds', 'Visual', 'Audio and voice-over', 'On-screen text'],
          ['---:', '---:', '---', '---', '---'],
          brief.scenes.map((scene) => [
            String(scene.number),
            String(scene.seconds),
            scene.visual,
            scene.audio,
            scene.on_screen_text ?? '—',
          ]),
        )
      : table(
          ['#', 'Visual', 'On-screen text'],
          ['---:', '---', '---'],
          brief.scenes.map((scene) => [String(scene.number), scene.visual, scene.on_screen_text ?? '—']),
        ),
    '## Creative tags',
    list([
      `**Tone:** ${brief.tone.join(', ')}`,
      `**Aesthetic:** ${brief.aesthetic.join(', ')}`,
      `**Composition:** ${brief.composition.join(', ')}`,
      `**Narrative:** ${brief.narrative.map((item) => `${item} (${NARRATIVE_STYLES[item].label.toLowerCase()})`).join(', ')}`,
    ]),
    '## Hypothesis',
    list([
      `**Metric:** ${brief.hypothesis.metric}`,
      `**We expect:** ${brief.hypothesis.expectation}`,
      `**Compared to:** ${brief.hypothesis.compared_to}`,
      `**Why:** ${brief.hypothesis.rationale}`,
    ]),
    '## Do not',
    list(plan.avoid.map((item) => item)),
  ];
  return `${sections.join('\n\n')}\n`;
}
