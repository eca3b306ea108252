import { documentationInputFrom } from '../../../src/agents/documentation/distill.ts';
import type { DocumentationInput } from '../../../src/agents/documentation/documentation-input.ts';
import { planStrategy } from '../../../src/agents/strategist/offline.ts';
import type { StrategistInput } from '../../../src/agents/strategist/strategist-input.ts';
import type { BrandConfig } from '../../../src/schemas/brand-config.ts';
import type { CreativePlan } from '../../../src/schemas/creative-brief.ts';
import { dentalInput, recordingContext, saasInput, shopInput } from '../strategist/fixtures.ts';

export { dentalProfile, recordingContext } from '../strategist/fixtures.ts';

/** A real brand-config.json, produced by running the strategist offline on a research fixture. */
export async function configFrom(input: StrategistInput): Promise<BrandConfig> {
  return (await planStrategy(input, recordingContext())).config;
}

export const dentalConfig = () => configFrom(dentalInput(5000));
export const shopConfig = () => configFrom(shopInput(6000));
export const saasConfig = () => configFrom(saasInput(4321));

/** The documentation agent's input for a config alone (no profile, creative plan or policy yet). */
export function inputFor(
  config: BrandConfig,
  files: Parameters<typeof documentationInputFrom>[1] = {},
): DocumentationInput {
  return documentationInputFrom(config, files);
}

/** A valid creative plan with five briefs, as the creative director writes it. */
export function creativePlanFor(config: BrandConfig): CreativePlan {
  const demographic = config.demographics.primary.id;
  const platform = config.platforms[0]!.id;
  const brief = (number: number) => ({
    id: `brief-${number}-first-visit`,
    title: `First visit, part ${number}`,
    strategic_purpose: 'Show what a first visit looks like.',
    demographic,
    platform,
    format: 'Vertical video 9:16',
    duration_seconds: 15,
    pillar: 'gentle-care',
    scenes: [
      { number: 1, seconds: 3, visual: 'Reception, smiling', audio: 'Room tone', on_screen_text: null },
    ],
    tone: ['warm' as const],
    aesthetic: ['natural-light' as const],
    composition: ['talking-head' as const],
    narrative: ['day-in-the-life' as const],
    call_to_action: 'Book a visit',
    hypothesis: {
      metric: 'ctr' as const,
      expectation: 'Higher click-through than stock imagery',
      compared_to: 'stock photo ads',
      rationale: 'Real faces build trust.',
    },
  });
  return {
    schema_version: 1,
    brand_id: config.brand_id,
    themes: ['Gentle care'],
    pillars: [
      {
        id: 'gentle-care',
        name: 'Gentle care',
        message: 'No judgement',
        proof: ['Site says so'],
        demographics: [demographic],
      },
      {
        id: 'evenings',
        name: 'Evenings',
        message: 'Open late',
        proof: ['Site says so'],
        demographics: [demographic],
      },
    ],
    visual_direction: { palette: ['#0a7ea4', '#ffffff'], typography: 'Sans', imagery: 'Real team, daylight' },
    avoid: ['stock smiles'],
    briefs: [1, 2, 3, 4, 5].map(brief),
  };
}
