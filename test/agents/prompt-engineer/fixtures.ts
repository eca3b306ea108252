import { promptEngineerInputFrom } from '../../../src/agents/prompt-engineer/distill.ts';
import type { PromptEngineerInput } from '../../../src/agents/prompt-engineer/prompt-engineer-input.ts';
import { planStrategy } from '../../../src/agents/strategist/offline.ts';
import type { BrandConfig } from '../../../src/schemas/brand-config.ts';
import type { BrandProfile } from '../../../src/schemas/brand-profile.ts';
import type { CompetitiveLandscape } from '../../../src/schemas/competitive-landscape.ts';
import type { CreativeBrief, CreativePlan } from '../../../src/schemas/creative-brief.ts';
import { dentalInput, dentalProfile, landscapeFor, shopInput, shopProfile } from '../strategist/fixtures.ts';

const SILENT = { note: () => {} };

/** A real brand config: the strategist's offline engine run on its own test fixtures. */
export const dentalConfig = (monthly = 5000): BrandConfig =>
  planStrategy(dentalInput(monthly), SILENT).config;
export const shopConfig = (monthly = 6000): BrandConfig => planStrategy(shopInput(monthly), SILENT).config;

export const dentalLandscape = (): CompetitiveLandscape =>
  landscapeFor('Bellingham Family Dental', 'Dental practice', 'Evening appointments on weekdays');

/** A creative plan as the creative director would write it to creative/briefs/briefs.json. */
export function creativePlanFor(config: BrandConfig): CreativePlan {
  const demographic = config.demographics.primary.id;
  const brief = (index: number): CreativeBrief => ({
    id: `brief-${index}`,
    title: `Brief ${index}`,
    strategic_purpose: 'Show the evening appointments.',
    demographic,
    platform: config.platforms[0]!.id,
    format: 'Reels',
    duration_seconds: 15,
    pillar: index % 2 === 0 ? 'after-work-care' : 'gentle-hands',
    scenes: [
      { number: 1, seconds: 5, visual: 'Reception at dusk', audio: 'Calm voice', on_screen_text: null },
    ],
    tone: ['reassuring'],
    aesthetic: ['natural-light'],
    composition: ['wide-establishing'],
    narrative: ['problem-solution'],
    call_to_action: 'Book an evening visit',
    hypothesis: {
      metric: 'ctr',
      expectation: 'Higher CTR than generic ads',
      compared_to: 'account average',
      rationale: 'Evenings answer a real constraint.',
    },
  });
  return {
    schema_version: 1,
    brand_id: config.brand_id,
    themes: ['Care that fits the working day'],
    pillars: [
      {
        id: 'after-work-care',
        name: 'After-work care',
        message: 'Appointments after work.',
        proof: ['Evening appointments on weekdays'],
        demographics: [demographic],
      },
      {
        id: 'gentle-hands',
        name: 'Gentle hands',
        message: 'Calm, unhurried visits.',
        proof: ['ADA member'],
        demographics: [demographic],
      },
    ],
    visual_direction: { palette: ['#0a7ea4', '#ffffff'], typography: 'Sans', imagery: 'Real patients' },
    avoid: ['drill close-ups'],
    briefs: [1, 2, 3, 4, 5].map(brief),
  };
}

export function dentalEngineerInput(
  options: { monthly?: number; landscape?: boolean; creative?: boolean } = {},
): PromptEngineerInput {
  const config = dentalConfig(options.monthly ?? 5000);
  return promptEngineerInputFrom(
    config,
    dentalProfile,
    options.landscape === false ? null : dentalLandscape(),
    options.creative ? creativePlanFor(config) : null,
  );
}

export function shopEngineerInput(): PromptEngineerInput {
  const profile: BrandProfile = shopProfile;
  return promptEngineerInputFrom(shopConfig(), profile, null, null);
}
