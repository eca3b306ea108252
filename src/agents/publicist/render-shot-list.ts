import type { CreativeBrief } from '../../schemas/creative-brief.ts';
import { joinWords } from './join-words.ts';
import { audienceName, isPhotoBrief, lengthOf } from './piece-facts.ts';
import { describeShape, PLATFORM_GUIDES, shapeFor } from './platform-guides.ts';
import { propsNeeded } from './props-needed.ts';
import type { PublicistInput } from './publicist-input.ts';
import { sentence } from './sentence.ts';
import { shotFraming } from './shot-framing.ts';

// Extra seconds to film at each end of a shot, so it can be trimmed cleanly.
const MARGIN_SECONDS = 2;

const AESTHETIC_WORDS: Record<CreativeBrief['aesthetic'][number], string> = {
  'natural-light': 'natural light',
  studio: 'a clean, simple background',
  documentary: 'real moments, not posed',
  lifestyle: 'everyday life',
  'bold-graphic': 'bold text and colour',
  minimal: 'few things in the frame',
  'warm-palette': 'warm colours',
  'cool-palette': 'cool colours',
  'brand-colour-led': 'your brand colours',
  'user-generated': 'filmed the way a customer would film it',
  'behind-the-scenes': 'behind the scenes',
};

/** `shot-lists/<brief-id>.md`: the brief's scenes as a checklist the client can tick off while filming. */
export function renderShotList(brief: CreativeBrief, input: PublicistInput): string {
  const { brand } = input;
  const guide = PLATFORM_GUIDES[brief.platform];
  const shape = shapeFor(brief.format, brief.platform);
  const pillar = input.creative.pillars.find((candidate) => candidate.id === brief.pillar);
  const photos = isPhotoBrief(brief);
  const lines: string[] = [
    `# Shot list: ${brief.title}`,
    '',
    photos
      ? `A photo set for ${brand.name} on ${guide.label}.`
      : `A ${lengthOf(brief).replace(/ (second|minute)s$/, '-$1')} video for ${brand.name} on ${guide.label}.`,
    '',
    '## At a glance',
    '',
    `- **Where it goes**: ${guide.label}, ${brief.format}.`,
    `- **Shape**: ${describeShape(shape)} (${shape.hold}).`,
    `- **Length in total**: ${lengthOf(brief)}.`,
    `- **Who it speaks to**: ${audienceName(input, brief.demographic)}.`,
  ];
  if (pillar) lines.push(`- **What it should say**: ${pillar.name}. ${sentence(pillar.message)}`);
  lines.push(
    `- **The feel**: ${joinWords(brief.tone)}; ${joinWords(brief.aesthetic.map((tag) => AESTHETIC_WORDS[tag]))}.`,
    '',
    '## Shots',
    '',
  );
  // A shot list says a thing once: a framing like the shot before refers back, and photos' length is said above.
  if (photos)
    lines.splice(
      lines.indexOf('## Shots') + 1,
      0,
      '',
      'Each shot is one photo: take three or four of it and send them all.',
    );
  let previous: { framing: string; shot: number } | null = null;
  for (const [index, scene] of brief.scenes.entries()) {
    const framing = `${shotFraming(brief, index)}, ${describeShape(shape)}`;
    const sameAsBefore = previous !== null && previous.framing === framing;
    lines.push(
      `- [ ] **Shot ${index + 1}**: ${sentence(scene.visual)}`,
      sameAsBefore ? `  - Framing: as shot ${previous!.shot}.` : `  - Framing: ${framing}.`,
      ...(photos
        ? []
        : [
            `  - Length: ${seconds(scene.seconds)} (film about ${seconds(scene.seconds + 2 * MARGIN_SECONDS)}).`,
          ]),
      photos ? `  - Notes: ${sentence(scene.audio)}` : `  - Sound: ${sentence(scene.audio)}`,
    );
    if (scene.on_screen_text) lines.push(`  - Text we add on screen: "${scene.on_screen_text}"`);
    if (!sameAsBefore) previous = { framing, shot: index + 1 };
  }
  lines.push('', '## Props and people', '');
  for (const need of propsNeeded(brief, input)) lines.push(`- ${need}`);

  lines.push('', '## On-screen text', '');
  const texts = brief.scenes.filter((scene) => scene.on_screen_text);
  for (const [index, scene] of brief.scenes.entries()) {
    if (scene.on_screen_text) lines.push(`- Shot ${index + 1}: "${scene.on_screen_text}"`);
  }
  lines.push(`- Ending: "${brief.call_to_action}"`);
  lines.push(
    '',
    texts.length > 0
      ? 'We add this text when we edit; you do not need to write it on anything while filming.'
      : 'We add the ending text when we edit; nothing needs writing while filming.',
    '',
    '## Done when',
    '',
    photos
      ? `Done when ${every(brief.scenes.length)} are taken ${shape.name} (${shape.ratio}), sharp and well lit, everyone in them has signed a release, and the files are sent, named \`${brief.id}-shot-1\`, \`${brief.id}-shot-2\` and so on.`
      : `Done when ${every(brief.scenes.length)} are filmed ${shape.name} (${shape.ratio}), each a little longer than listed, the sound is clear, everyone on camera has signed a release, and the files are sent, named \`${brief.id}-shot-1\`, \`${brief.id}-shot-2\` and so on.`,
    '',
  );
  return lines.join('\n');
}

function every(count: number): string {
  if (count === 1) return 'the one shot';
  return count === 2 ? 'both shots' : `all ${count} shots`;
}

function seconds(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'second' : 'seconds'}`;
}
