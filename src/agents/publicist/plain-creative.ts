import { findAvoided, withoutAvoided } from '../../creative/avoided-words.ts';
import type { CreativeBrief } from '../../schemas/creative-brief.ts';
import type { AgentRunContext } from '../builder-agent.ts';
import { findJargon, plainWords } from './plain-language.ts';
import type { PublicistInput } from './publicist-input.ts';

/**
 * The creative plan's words, made fit for the client: jargon replaced with plain words and the
 * brand's avoided claims taken out (the briefs should not contain them; if one slipped through,
 * the client must not be asked to film it). Each change is noted for the account manager.
 */
export function plainCreative(input: PublicistInput, context: AgentRunContext): PublicistInput['creative'] {
  const avoid = input.voice.avoid;
  const clean = (text: string, where: string, fallback: string): string => {
    const avoided = findAvoided(text, avoid);
    const jargon = findJargon(text);
    if (avoided.length === 0 && jargon.length === 0) return text;
    const result = withoutAvoided(plainWords(text), avoid);
    if (avoided.length > 0) {
      context.note(
        'warning',
        `${where} used ${avoided.map((entry) => `"${entry}"`).join(', ')}, which the brand voice avoids; left out of the client's copy.`,
      );
    }
    if (jargon.length > 0)
      context.note('decision', `${where}: replaced ${jargon.join(', ')} with plain words.`);
    return result.length > 0 ? result : fallback;
  };
  const { creative } = input;
  return {
    themes: creative.themes.map((theme, index) => clean(theme, `Theme ${index + 1}`, input.brand.name)),
    pillars: creative.pillars.map((pillar) => ({
      id: pillar.id,
      name: clean(pillar.name, `Pillar ${pillar.id}`, pillar.id.replace(/-/g, ' ')),
      message: clean(pillar.message, `Pillar ${pillar.id}`, input.brand.name),
      proof: pillar.proof.map((item) => clean(item, `Pillar ${pillar.id} proof`, input.brand.name)),
    })),
    imagery: clean(creative.imagery, 'Visual direction', 'Real people and places of the business.'),
    avoid: creative.avoid.map((item) => plainWords(item)),
    briefs: creative.briefs.map((brief) => plainBrief(brief, clean)),
  };
}

function plainBrief(
  brief: CreativeBrief,
  clean: (text: string, where: string, fallback: string) => string,
): CreativeBrief {
  const where = `Brief ${brief.id}`;
  return {
    ...brief,
    title: clean(brief.title, where, brief.id.replace(/-/g, ' ')),
    format: clean(brief.format, where, 'video'),
    call_to_action: clean(brief.call_to_action, where, 'Get in touch'),
    scenes: brief.scenes.map((scene) => ({
      ...scene,
      visual: clean(scene.visual, `${where} scene ${scene.number}`, 'Your team at work.'),
      audio: clean(scene.audio, `${where} scene ${scene.number}`, 'Natural sound.'),
      on_screen_text:
        scene.on_screen_text === null
          ? null
          : clean(scene.on_screen_text, `${where} scene ${scene.number}`, '') || null,
    })),
  };
}
